import { useMemo } from 'react';
import { parseMentions, parseTasks } from '../../../shared/capture/parseNote';
import { localDate } from './captureForm';
import { dayText } from './timeText';

interface Props {
  body: string;
  /** Edit mode: the note as loaded, whose "[ ]" lines are follow-ups already. */
  baselineBody: string | null;
}

/**
 * What Done will make of the note, as it is typed: who the @mentions link, and which "[ ]" lines
 * become follow-ups. The same parser as the core's, so the preview cannot disagree with it.
 */
export function NotePreview({ body, baselineBody }: Props) {
  const mentions = useMemo(() => parseMentions(body), [body]);
  const tasks = useMemo(() => {
    const all = parseTasks(body);
    if (baselineBody === null) return all;
    const before = new Set(parseTasks(baselineBody).map((t) => t.title.toLowerCase()));
    return all.filter((t) => !before.has(t.title.toLowerCase()));
  }, [body, baselineBody]);
  const today = localDate(new Date());

  if (mentions.length === 0 && tasks.length === 0) return null;
  return (
    <div className="note-preview" aria-live="polite">
      {mentions.length > 0 && (
        <p className="will-link">
          <span className="capture-preview-label">Will link:</span>{' '}
          {mentions.map((mention, index) => (
            <span key={mention.personId ?? mention.name}>
              {index > 0 && ', '}
              {mention.personId ? (
                mention.name
              ) : (
                <span
                  className="unlinked"
                  title="Linked when you press Done, if exactly one person has this name"
                >
                  {mention.name} <span className="muted">(by name)</span>
                </span>
              )}
            </span>
          ))}
        </p>
      )}
      {tasks.length > 0 && (
        <div className="task-preview">
          <span className="capture-preview-label">
            {baselineBody === null ? 'Follow-ups:' : 'New follow-ups:'}
          </span>
          <ul>
            {tasks.map((task) => (
              <li key={`${task.line}-${task.title}`}>
                <span className="task-box" aria-hidden="true" />
                {task.title}
                {task.dueOn && (
                  <span className="task-due"> · due {dayText(task.dueOn, today)}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
