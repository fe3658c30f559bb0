import { useRef } from 'react';
import { flushSync } from 'react-dom';
import { useImportStore } from '../../stores/importStore';
import { fileName, FORMAT_NAMES } from './importText';

/** The first step: which files to read. Nothing is read until Continue. */
export function ChooseStep() {
  const files = useImportStore((s) => s.files);
  const format = useImportStore((s) => s.format);
  const busy = useImportStore((s) => s.busy);
  const continueRef = useRef<HTMLButtonElement>(null);
  const chooseRef = useRef<HTMLButtonElement>(null);
  const store = useImportStore.getState;

  const choose = async () => {
    // Straight to Continue, so Enter reads the file just chosen.
    if (await store().chooseFile()) continueRef.current?.focus();
  };

  // vCard files can be read together; a CSV has columns of its own, so one at a time.
  const canAddMore = files.length === 0 || format === 'vcard';

  return (
    <>
      <div className="import-body">
        <p className="import-intro">
          Farley reads vCard files (.vcf), which Apple Contacts, Google Contacts and Outlook all
          export, and CSV files with any columns. People already in Farley are found by their email
          address; you see what would change and decide before anything is written.
        </p>
        {files.length > 0 && (
          <ul className="import-files" aria-label="Files to import">
            {files.map((path) => (
              <li key={path}>
                <span className="import-file-name">{fileName(path)}</span>
                <span className="import-file-path">{path}</span>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove ${fileName(path)}`}
                  disabled={busy !== null}
                  onClick={() => {
                    // Drawn at once, so focus can land on the button that replaces this one.
                    flushSync(() => store().removeFile(path));
                    chooseRef.current?.focus();
                  }}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        {canAddMore && (
          <button
            type="button"
            ref={chooseRef}
            data-autofocus={files.length === 0 ? true : undefined}
            disabled={busy !== null}
            onClick={() => void choose()}
          >
            {files.length === 0 ? 'Choose file…' : 'Add another vCard file…'}
          </button>
        )}
      </div>
      <footer className="import-footer">
        <p className="import-summary" role="status">
          {busy === 'reading'
            ? `Reading ${fileName(files[0] ?? '')}…`
            : format
              ? `${FORMAT_NAMES[format]}, ${files.length === 1 ? '1 file' : `${files.length} files`}`
              : ''}
        </p>
        <button type="button" disabled={busy === 'reading'} onClick={() => store().close()}>
          Cancel
        </button>
        <button
          type="button"
          ref={continueRef}
          className="primary"
          data-primary
          // Never disabled: focus moves here as a file is chosen, before the list has redrawn.
          aria-disabled={busy !== null || files.length === 0}
          onClick={() => {
            if (!store().busy) void store().continueFromFiles();
          }}
        >
          {busy === 'reading' ? 'Reading…' : 'Continue'}
        </button>
      </footer>
    </>
  );
}
