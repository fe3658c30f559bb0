import type { CaptureForm } from './captureForm';

/** One form in the capture dialog: the new note (a draft) or an interaction being edited. */
export interface CaptureSession {
  mode: 'create' | 'edit';
  /** The draft's id (chosen here, so saves never race to create it) or the interaction's. */
  id: string;
  form: CaptureForm;
  /** Edit: the form as loaded, to tell whether anything changed. */
  baseline: CaptureForm | null;
  /** Opened with a prefill (an event, a person): kept even before anything is typed. */
  prefilled: boolean;
  touched: boolean;
  changedAt: string | null;
  /** When this unfinished form was left: the "Restored your unfinished note" notice. */
  restoredFrom: string | null;
  loading: boolean;
  loadError: string | null;
}

export function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

export function session(
  mode: CaptureSession['mode'],
  id: string,
  form: CaptureForm,
): CaptureSession {
  return {
    mode,
    id,
    form,
    baseline: null,
    prefilled: false,
    touched: false,
    changedAt: null,
    restoredFrom: null,
    loading: false,
    loadError: null,
  };
}
