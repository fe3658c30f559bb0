import { useEffect, useId, useRef, useState } from 'react';
import type { BackupInfo, BackupKind, RestoreResult } from '../../../shared/domain/backups';
import { call } from '../../api';

const KIND_LABEL: Record<BackupKind, string> = {
  daily: 'Daily',
  weekly: 'Weekly',
  manual: 'Made by you',
  'pre-migration': 'Before an upgrade',
  'before-restore': 'Before a restore',
};
/** The list shows the latest few; the rest are in the folder, named by date. */
const SHOWN = 8;
/**
 * What the last restore did, kept for this window across the reload that follows it, so the
 * section can offer Undo. sessionStorage: it is forgotten when the window closes, by design.
 */
const RESTORE_NOTE_KEY = 'farley.lastRestore';

function readRestoreNote(): RestoreResult | null {
  try {
    const text = sessionStorage.getItem(RESTORE_NOTE_KEY);
    return text ? (JSON.parse(text) as RestoreResult) : null;
  } catch {
    return null;
  }
}

function fileNameOf(file: string): string {
  return file.split(/[\\/]/).at(-1) ?? file;
}

function sizeText(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(undefined, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit >= 2 ? 1 : 0,
  }).format(value);
}

const dateText = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
    Date.parse(iso),
  );

/** Asks before a restore. A native modal <dialog>: focus stays inside and Escape cancels. */
function RestoreDialog(props: {
  file: string;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={dialogRef}
      className="backup-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(e) => {
        e.preventDefault();
        if (!props.busy) props.onClose();
      }}
    >
      <h2 id={`${id}-title`}>Restore this backup?</h2>
      <p id={`${id}-text`}>
        Everything in Farley will be replaced by “{fileNameOf(props.file)}”. What you have now is
        backed up and kept aside first, so you can undo the restore afterwards.
      </p>
      {/* Cancel comes first and takes the focus: replacing everything is not a default. */}
      <div className="actions">
        <button type="button" disabled={props.busy} onClick={props.onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary danger"
          disabled={props.busy}
          onClick={props.onConfirm}
        >
          {props.busy ? 'Restoring…' : 'Restore'}
        </button>
      </div>
    </dialog>
  );
}

/**
 * Backups: the latest ones, "Back up now", restoring one (after checks in the core, with the
 * current data kept aside) and undoing that restore. After a restore or an undo the window
 * reloads, so every screen reads the new data afresh.
 */
export function BackupsSection() {
  const id = useId();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [dataDir, setDataDir] = useState('');
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'backup' | 'choose' | 'restore' | 'undo' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [restored, setRestored] = useState<RestoreResult | null>(readRestoreNote);
  const restoreButton = useRef<HTMLButtonElement>(null);

  // Bumped to read the list again: after "Back up now", or by "Try again".
  const [loadAttempt, setLoadAttempt] = useState(0);
  const reload = () => setLoadAttempt((n) => n + 1);

  useEffect(() => {
    let live = true;
    void Promise.all([call('backups.list', {}), call('app.info', {})]).then(([list, info]) => {
      if (!live) return;
      if (info.ok) setDataDir(info.data.dataDir);
      if (!list.ok) {
        setLoadError(list.error.message);
        return;
      }
      setLoadError(null);
      setBackups(list.data);
    });
    return () => {
      live = false;
    };
  }, [loadAttempt]);

  const backUpNow = async () => {
    setBusy('backup');
    setError(null);
    const result = await call('backups.create', {});
    setBusy(null);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setMessage(`Backed up: ${result.data.fileName}.`);
    reload();
  };

  const chooseBackup = async () => {
    setBusy('choose');
    setError(null);
    const answer = await call('shell.choosePath', {
      kind: 'file',
      title: 'Restore a Farley backup',
      extensions: ['db'],
    });
    setBusy(null);
    if (!answer.ok) setError(answer.error.message);
    else if (answer.data.path) setChosen(answer.data.path);
  };

  const closeDialog = () => {
    setChosen(null);
    requestAnimationFrame(() => restoreButton.current?.focus());
  };

  const restore = async (file: string) => {
    setBusy('restore');
    const result = await call('backups.restore', { path: file });
    if (!result.ok) {
      // Refused: the core changed nothing. Say why next to the button.
      setBusy(null);
      closeDialog();
      setError(result.error.message);
      return;
    }
    sessionStorage.setItem(RESTORE_NOTE_KEY, JSON.stringify(result.data));
    window.location.reload();
  };

  const undo = async () => {
    setBusy('undo');
    setError(null);
    const result = await call('backups.undoRestore', {});
    sessionStorage.removeItem(RESTORE_NOTE_KEY);
    if (!result.ok) {
      setBusy(null);
      setRestored(null);
      setError(result.error.message);
      return;
    }
    window.location.reload();
  };

  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <header className="settings-section-head">
        <h2 id={`${id}-title`}>Backups</h2>
      </header>
      <p className="settings-intro muted">
        Farley backs up your files once a day and before every upgrade, and keeps the last 7 days
        and 4 weeks. Backups stay on this computer
        {dataDir ? (
          <>
            , in{' '}
            <span className="backup-folder">
              {dataDir}
              {dataDir.includes('\\') ? '\\' : '/'}backups
            </span>
          </>
        ) : null}
        .
      </p>
      {restored && (
        <div className="backup-restored" role="status">
          <p>
            Restored “{fileNameOf(restored.restoredFrom)}”. The data you had before is kept at{' '}
            <span className="backup-folder">{restored.keptAside}</span>.
          </p>
          <button type="button" disabled={busy !== null} onClick={() => void undo()}>
            {busy === 'undo' ? 'Undoing…' : 'Undo restore'}
          </button>
        </div>
      )}
      {loadError && (
        <p className="field-error" role="alert">
          Could not list the backups: {loadError}{' '}
          <button type="button" className="link-button" onClick={reload}>
            Try again
          </button>
        </p>
      )}
      {backups && backups.length === 0 && <p className="settings-none">No backups yet.</p>}
      {backups && backups.length > 0 && (
        <ul className="backups" aria-label="Latest backups">
          {backups.slice(0, SHOWN).map((backup) => (
            <li key={backup.fileName} className="backup" title={backup.path}>
              <span className="backup-date">{dateText(backup.createdAt)}</span>
              <span className="backup-kind">{KIND_LABEL[backup.kind]}</span>
              <span className="backup-size">{sizeText(backup.bytes)}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="backup-actions">
        <button type="button" disabled={busy !== null} onClick={() => void backUpNow()}>
          {busy === 'backup' ? 'Backing up…' : 'Back up now'}
        </button>
        <button
          type="button"
          ref={restoreButton}
          disabled={busy !== null}
          onClick={() => void chooseBackup()}
        >
          Restore…
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <p className="settings-message" role="status">
        {message}
      </p>
      {chosen && (
        <RestoreDialog
          file={chosen}
          busy={busy === 'restore'}
          onConfirm={() => void restore(chosen)}
          onClose={closeDialog}
        />
      )}
    </section>
  );
}
