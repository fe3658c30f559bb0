import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useImportStore, type ImportStep } from '../../stores/importStore';
import { ChooseStep } from './ChooseStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ReportStep } from './ReportStep';
import './importContacts.css';

const STEP_NAMES: Record<ImportStep, string> = {
  choose: 'Files',
  mapping: 'Columns',
  preview: 'Review',
  report: 'Done',
};

/** Keys these handle themselves; Enter anywhere else is the step's primary action. */
function ownsEnter(target: EventTarget): boolean {
  return target instanceof HTMLElement && Boolean(target.closest('button, a[href], textarea'));
}

function Steps({ step, csv }: { step: ImportStep; csv: boolean }) {
  const steps: ImportStep[] = csv
    ? ['choose', 'mapping', 'preview', 'report']
    : ['choose', 'preview', 'report'];
  return (
    <ol className="import-steps" aria-label="Steps">
      {steps.map((s, index) => (
        <li key={s} aria-current={s === step ? 'step' : undefined}>
          <span className="import-step-number">{index + 1}</span> {STEP_NAMES[s]}
        </li>
      ))}
    </ol>
  );
}

/**
 * Importing contacts, from files to report, in a native modal dialog over the screen it was
 * started from: files, (a CSV's columns,) a preview with a decision per match, one
 * all-or-nothing import, and what it did. Escape goes back a step; Enter runs the step's primary
 * button. Mounted by each screen that offers it; the flow itself lives in the import store.
 */
export function ImportContacts() {
  const open = useImportStore((s) => s.open);
  const step = useImportStore((s) => s.step);
  const csv = useImportStore((s) => s.format === 'csv');
  const sample = useImportStore((s) => s.sample);
  const preview = useImportStore((s) => s.preview);
  const report = useImportStore((s) => s.report);
  const busy = useImportStore((s) => s.busy);
  const error = useImportStore((s) => s.error);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const store = useImportStore.getState;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog) return;
    if (!dialog.open) dialog.showModal();
    return () => dialog.close();
  }, [open]);

  // Each step starts where its work is: choosing a file, the first column, or the primary button.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog) return;
    const first =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>('[data-primary]');
    first?.focus();
  }, [open, step]);

  if (!open) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    // The app's shortcuts would change the screen behind a modal flow: they wait until it ends.
    event.stopPropagation();
    if (event.key === 'Escape') {
      // Handled here rather than on `cancel`, which the browser may force shut on a second press.
      event.preventDefault();
      store().back();
    } else if (
      event.key === 'Enter' &&
      !event.nativeEvent.isComposing &&
      !ownsEnter(event.target)
    ) {
      const primary = dialogRef.current?.querySelector<HTMLButtonElement>('[data-primary]');
      if (primary && !primary.disabled) {
        event.preventDefault();
        primary.click();
      }
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="import-dialog"
      aria-labelledby="import-title"
      aria-busy={busy === 'reading' || busy === 'importing'}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        store().back();
      }}
      onClose={() => {
        // Closed from outside the flow (the screen behind went away): the flow ends with it,
        // unless an import is under way, whose report must be seen.
        const dialog = dialogRef.current;
        if (dialog?.open) return;
        if (store().busy === 'importing') dialog?.showModal();
        else store().close();
      }}
    >
      <header className="import-header">
        <h2 id="import-title">Import contacts</h2>
        <Steps step={step} csv={csv} />
      </header>
      {error && (
        <p className="import-error" role="alert">
          {error}
        </p>
      )}
      {step === 'mapping' && sample ? (
        <MappingStep sample={sample} />
      ) : step === 'preview' && preview ? (
        <PreviewStep preview={preview} />
      ) : step === 'report' && report ? (
        <ReportStep report={report} />
      ) : (
        <ChooseStep />
      )}
    </dialog>
  );
}
