import { useId, useRef, useState } from 'react';
import type { CalendarFileStatus, CalendarSource } from '../../../shared/domain/calendar';
import { useSettingsStore } from '../../stores/settingsStore';
import { exactTime, relativeTime } from './relativeTime';

interface Props {
  source: CalendarSource;
  now: number;
  /** After a removal, where focus should go; and what to tell screen readers. */
  onRemoved: (name: string) => void;
  onSynced: (message: string) => void;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

function fileName(source: CalendarSource, file: CalendarFileStatus): string {
  return file.file || source.path.split(/[\\/]/).at(-1) || source.path;
}

/** "All 12 files read", "1 file could not be read · 2 warnings". */
function statusOf(source: CalendarSource): { text: string; tone: 'ok' | 'warning' | 'error' } {
  if (source.error) return { text: 'Could not be read', tone: 'error' };
  const failed = source.files.filter((f) => f.error).length;
  const warnings = source.files.reduce((sum, f) => sum + f.warnings.length, 0);
  const parts: string[] = [];
  if (failed) parts.push(`${plural(failed, 'file')} could not be read`);
  if (warnings) parts.push(plural(warnings, 'warning'));
  if (parts.length) return { text: parts.join(' · '), tone: failed ? 'error' : 'warning' };
  if (!source.lastReadAt) return { text: 'Not read yet', tone: 'warning' };
  if (source.kind === 'file') return { text: 'Read without problems', tone: 'ok' };
  const files = source.fileCount;
  if (files === 0) return { text: 'No .ics files in this folder', tone: 'warning' };
  return {
    text: files === 1 ? 'Its file was read' : `All ${plural(files, 'file')} read`,
    tone: 'ok',
  };
}

function FileProblems({ source }: { source: CalendarSource }) {
  const files = source.files.filter((f) => f.error || f.warnings.length > 0);
  return (
    <ul className="source-files">
      {files.map((file) => (
        <li key={file.file}>
          <span className="source-file-name">{fileName(source, file)}</span>
          <span className="muted">
            {file.error ? ' · kept as last read' : ` · ${plural(file.eventCount, 'event')}`}
          </span>
          <ul className="source-messages">
            {file.error && <li className="source-message error">{file.error}</li>}
            {file.warnings.map((warning, i) => (
              <li key={i} className="source-message warning">
                {warning}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** One calendar source: where it is, how it was read, and what can be done with it. */
export function CalendarSourceItem({ source, now, onRemoved, onSynced }: Props) {
  const nameId = useId();
  const detailsId = useId();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const syncing = useSettingsStore((s) => s.syncing === source.id || s.syncing === 'all');
  const store = useSettingsStore.getState;
  const status = statusOf(source);
  const hasProblems = source.files.some((f) => f.error || f.warnings.length > 0);

  const readAgain = async () => {
    setError(null);
    const failure = await store().syncSources(source.id);
    if (failure) setError(failure.message);
    else onSynced(`Read “${source.name}” again.`);
  };

  const keep = () => {
    setConfirming(false);
    requestAnimationFrame(() => removeButton.current?.focus());
  };

  const remove = async () => {
    setError(null);
    const failure = await store().removeSource(source.id);
    if (failure) {
      setConfirming(false);
      setError(failure.message);
    } else onRemoved(source.name);
  };

  return (
    <li className={`source tone-${status.tone}`} aria-labelledby={nameId}>
      <div className="source-head">
        <div className="source-identity">
          <span className="source-title">
            <span id={nameId} className="source-name">
              {source.name}
            </span>
            <span className="source-kind">{source.kind === 'folder' ? 'Folder' : 'File'}</span>
          </span>
          <span className="source-path" title={source.path}>
            {source.path}
          </span>
        </div>
        <div className="source-actions">
          <button type="button" disabled={syncing} onClick={() => void readAgain()}>
            {syncing ? 'Reading…' : 'Read again'}
          </button>
          <button
            type="button"
            ref={removeButton}
            disabled={confirming}
            onClick={() => setConfirming(true)}
          >
            Remove
          </button>
        </div>
      </div>
      <p className="source-status">
        <span>{plural(source.eventCount, 'event')}</span>
        {source.lastReadAt && (
          <span title={exactTime(source.lastReadAt)}>
            read {relativeTime(source.lastReadAt, now)}
          </span>
        )}
        <span className={`source-tone ${status.tone}`}>{status.text}</span>
        {hasProblems && (
          <button
            type="button"
            className="link-button"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Hide details' : 'Show details'}
          </button>
        )}
      </p>
      {source.error && <p className="source-message error">{source.error}</p>}
      {hasProblems && (
        <div id={detailsId} hidden={!open}>
          <FileProblems source={source} />
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {confirming && (
        <div
          className="source-confirm"
          role="group"
          aria-label={`Remove ${source.name}?`}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              keep();
            }
          }}
        >
          <p>
            Remove “{source.name}” from Farley?{' '}
            {source.eventCount === 0
              ? ''
              : source.eventCount === 1
                ? 'Its one event leaves your agenda. '
                : `Its ${plural(source.eventCount, 'event')} leave your agenda. `}
            {source.kind === 'folder'
              ? 'The folder and its files on disk are not touched; you can add it again at any time.'
              : 'The file on disk is not touched; you can add it again at any time.'}
          </p>
          <div className="source-confirm-actions">
            <button type="button" className="danger" onClick={() => void remove()}>
              Remove calendar
            </button>
            <button type="button" autoFocus onClick={keep}>
              Keep it
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
