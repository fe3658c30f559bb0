import { useState } from 'react';
import type { ExportFormat, ExportResult } from '../../../shared/domain/backups';
import { call } from '../../api';
import { useImportStore } from '../../stores/importStore';
import { ImportContacts } from '../importContacts/ImportContacts';
import { localDate, plural } from '../importContacts/importText';

interface ExportKind {
  format: ExportFormat;
  label: string;
  hint: string;
  /** The saved file's extension; none for markdown, which fills a folder. */
  extension: string | null;
  fileStem: string;
  /** "10 people", "42 notes": what `count` counts. */
  counted: (result: ExportResult) => string;
}

const EXPORTS: ExportKind[] = [
  {
    format: 'json',
    label: 'Export all as JSON…',
    hint: 'Everything Farley holds, in one file it can read back.',
    extension: 'json',
    fileStem: 'farley',
    counted: (r) => `everything (${plural(r.count, 'record')})`,
  },
  {
    format: 'vcard',
    label: 'Export people as vCard…',
    hint: 'For Apple Contacts, Google Contacts or Outlook.',
    extension: 'vcf',
    fileStem: 'farley-people',
    counted: (r) => plural(r.count, 'person', 'people'),
  },
  {
    format: 'csv',
    label: 'Export people as CSV…',
    hint: 'One row per person, for a spreadsheet.',
    extension: 'csv',
    fileStem: 'farley-people',
    counted: (r) => plural(r.count, 'person', 'people'),
  },
  {
    format: 'markdown',
    label: 'Export notes as Markdown…',
    hint: 'A file per logged note, call or meeting, in a new folder inside the one you choose.',
    extension: null,
    fileStem: 'farley-notes',
    counted: (r) => plural(r.count, 'note'),
  },
];

/** A folder and a name inside it, with the separator the folder's path already uses. */
function inside(folder: string, name: string): string {
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return `${folder.replace(/[\\/]+$/, '')}${separator}${name}`;
}

type Answer = { ok: true; path: string | null } | { ok: false; message: string };

/** The file to write, or the folder to put the notes' folder in; a null path when cancelled. */
async function askWhere(kind: ExportKind, date: string): Promise<Answer> {
  const answer = kind.extension
    ? await call('shell.chooseSavePath', {
        title: kind.label.replace('…', ''),
        defaultName: `${kind.fileStem}-${date}.${kind.extension}`,
        extensions: [kind.extension],
      })
    : await call('shell.choosePath', {
        kind: 'folder',
        title: 'Choose where to put the folder of notes',
        extensions: [],
      });
  return answer.ok
    ? { ok: true, path: answer.data.path }
    : { ok: false, message: answer.error.message };
}

/**
 * Writes the export. Notes go into a new folder inside the chosen one, which the core wants
 * empty: a second export on the same day gets "farley-notes-DATE-2" rather than an error.
 */
async function write(kind: ExportKind, chosen: string, date: string) {
  if (kind.extension) return call('data.export', { format: kind.format, path: chosen });
  const folder = inside(chosen, `${kind.fileStem}-${date}`);
  let result = await call('data.export', { format: kind.format, path: folder });
  for (let n = 2; n < 10 && !result.ok; n++) {
    if (result.error.issues?.[0]?.message !== 'Folder not empty') break;
    result = await call('data.export', { format: kind.format, path: `${folder}-${n}` });
  }
  return result;
}

/**
 * "Your data": bring contacts in, take everything out. Each export asks where with the system
 * dialog, writes, and says what it wrote where.
 */
export function DataSection() {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);

  const run = async (kind: ExportKind) => {
    if (busy) return;
    setBusy(kind.format);
    setError(null);
    setMessage('');
    const date = localDate(new Date());
    const where = await askWhere(kind, date);
    if (!where.ok || !where.path) {
      // A cancelled dialog is not a failure: nothing to say.
      if (!where.ok) setError(where.message);
      setBusy(null);
      return;
    }
    const result = await write(kind, where.path, date);
    setBusy(null);
    if (!result.ok) setError(result.error.message);
    else setMessage(`Exported ${kind.counted(result.data)} to ${result.data.path}.`);
  };

  return (
    <section className="settings-section" aria-labelledby="settings-data">
      <header className="settings-section-head">
        <h2 id="settings-data">Your data</h2>
      </header>
      <p className="settings-intro muted">
        Everything you keep in Farley stays on this computer, and you can take all of it out at any
        time. Imports show what they would change before writing anything.
      </p>
      <div className="data-actions">
        <div className="data-action">
          <button type="button" onClick={() => useImportStore.getState().start()}>
            Import contacts…
          </button>
          <span className="data-hint">
            vCard or CSV files, from Apple Contacts, Google Contacts, Outlook or a spreadsheet.
          </span>
        </div>
        {EXPORTS.map((kind) => (
          <div className="data-action" key={kind.format}>
            <button
              type="button"
              // Not disabled: the button keeps keyboard focus while its export runs.
              aria-disabled={busy !== null}
              aria-busy={busy === kind.format}
              onClick={() => void run(kind)}
            >
              {busy === kind.format ? 'Exporting…' : kind.label}
            </button>
            <span className="data-hint">{kind.hint}</span>
          </div>
        ))}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <p className="settings-message data-message" role="status">
        {message}
      </p>
      <ImportContacts />
    </section>
  );
}
