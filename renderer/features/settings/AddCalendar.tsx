import { useId, useState, type Ref } from 'react';
import type { AppError } from '../../../shared/result';
import { call } from '../../api';
import { useSettingsStore } from '../../stores/settingsStore';

interface Props {
  fileButtonRef: Ref<HTMLButtonElement>;
  /** Tells screen readers (and everyone) what was added. */
  onAdded: (message: string) => void;
}

type Busy = 'file' | 'folder' | 'path' | null;

function plural(count: number, one: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : `${one}s`}`;
}

/** The message for a refused path: the server's sentence, or its word on the field. */
function messageOf(error: AppError): string {
  return error.message || error.issues?.[0]?.message || 'This calendar could not be added.';
}

/**
 * Adds a calendar: an .ics file or a folder of them, chosen with the system dialog or typed.
 * The calendar is read at once; what went wrong is said next to what caused it.
 */
export function AddCalendar({ fileButtonRef, onAdded }: Props) {
  const pathId = useId();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState<Busy>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const [pathError, setPathError] = useState<string | null>(null);

  const add = async (chosen: string, via: Exclude<Busy, null>): Promise<boolean> => {
    setBusy(via);
    const result = await useSettingsStore.getState().addSource(chosen);
    setBusy(null);
    if (!result.ok) {
      if (via === 'path') setPathError(messageOf(result.error));
      else setPickError(messageOf(result.error));
      return false;
    }
    const { source, existed } = result.data;
    onAdded(
      existed
        ? `“${source.name}” was already added; it has ${plural(source.eventCount, 'event')}.`
        : `Added “${source.name}”: ${plural(source.eventCount, 'event')}.`,
    );
    return true;
  };

  const choose = async (kind: 'file' | 'folder') => {
    setPickError(null);
    setPathError(null);
    const answer = await call('shell.choosePath', {
      kind,
      title: kind === 'file' ? 'Add a calendar file' : 'Add a folder of calendar files',
      extensions: kind === 'file' ? ['ics', 'ical', 'icalendar'] : [],
    });
    if (!answer.ok) {
      setPickError(answer.error.message);
      return;
    }
    if (answer.data.path) await add(answer.data.path, kind);
  };

  const submit = async () => {
    const typed = path.trim();
    if (!typed) {
      setPathError('Type or paste the path of an .ics file or a folder.');
      return;
    }
    setPathError(null);
    if (await add(typed, 'path')) setPath('');
  };

  return (
    <div className="add-calendar">
      <div className="add-calendar-buttons">
        <button
          type="button"
          ref={fileButtonRef}
          disabled={busy !== null}
          onClick={() => void choose('file')}
        >
          {busy === 'file' ? 'Reading…' : 'Add .ics file…'}
        </button>
        <button type="button" disabled={busy !== null} onClick={() => void choose('folder')}>
          {busy === 'folder' ? 'Reading…' : 'Add folder…'}
        </button>
      </div>
      {pickError && (
        <p className="field-error" role="alert">
          {pickError}
        </p>
      )}
      <form
        className="add-calendar-path"
        aria-label="Add a calendar by its path"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label className="add-calendar-label" htmlFor={pathId}>
          Or type the path of an .ics file or folder
        </label>
        <div className="add-calendar-row">
          <input
            id={pathId}
            autoComplete="off"
            spellCheck={false}
            value={path}
            aria-invalid={Boolean(pathError)}
            aria-describedby={pathError ? `${pathId}-error` : undefined}
            onChange={(event) => {
              setPath(event.target.value);
              if (pathError) setPathError(null);
            }}
          />
          <button type="submit" disabled={busy !== null}>
            {busy === 'path' ? 'Reading…' : 'Add'}
          </button>
        </div>
        {pathError && (
          <span className="field-error" id={`${pathId}-error`} role="alert">
            {pathError}
          </span>
        )}
      </form>
    </div>
  );
}
