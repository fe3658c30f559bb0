import { create } from 'zustand';
import type { CallInput } from '../../shared/contract';
import type {
  ContactFormat,
  CsvField,
  CsvMapping,
  CsvSample,
  ImportDecision,
  ImportPreview,
  ImportReport,
  ImportRow,
} from '../../shared/domain/contacts';
import { call } from '../api';
import {
  defaultDecision,
  fileName,
  FORMAT_NAMES,
  formatOfPath,
} from '../features/importContacts/importText';
import { useBriefingStore } from './briefingStore';
import { useCalendarStore } from './calendarStore';
import { useOrganizationStore } from './organizationStore';
import { usePeopleStore } from './peopleStore';
import { usePersonStore } from './personStore';

export type ImportStep = 'choose' | 'mapping' | 'preview' | 'report';
export type ImportBusy = 'choosing' | 'reading' | 'importing' | null;

/** The core takes up to this many files in one import. */
const MAX_FILES = 100;

/** Fields that tell who a row is: without one mapped, every row would be refused. */
const IDENTIFYING: readonly CsvField[] = ['displayName', 'givenName', 'familyName', 'email'];

interface ImportState {
  open: boolean;
  step: ImportStep;
  files: string[];
  format: ContactFormat | null;
  sample: CsvSample | null;
  /** Column header → field; a column not listed is ignored. */
  mapping: CsvMapping;
  preview: ImportPreview | null;
  /** Only the choices that differ from the default, by position: what the core is sent. */
  decisions: Record<string, ImportDecision>;
  report: ImportReport | null;
  busy: ImportBusy;
  error: string | null;
  start: () => void;
  close: () => void;
  /** Escape: one step back, or out of the flow from its first and last step. */
  back: () => void;
  chooseFile: () => Promise<boolean>;
  removeFile: (path: string) => void;
  /** From the files: to the mapping step (CSV) or straight to the preview (vCard). */
  continueFromFiles: () => Promise<void>;
  mapColumn: (column: string, field: CsvField | null) => void;
  readPreview: () => Promise<void>;
  decide: (row: ImportRow, decision: ImportDecision) => void;
  /** The same choice for every row with this status. */
  decideAll: (status: 'new' | 'match', decision: ImportDecision) => void;
  runImport: () => Promise<void>;
}

const initial = {
  step: 'choose' as ImportStep,
  files: [],
  format: null,
  sample: null,
  mapping: {},
  preview: null,
  decisions: {},
  report: null,
  busy: null,
  error: null,
};

function sameMapping(a: CsvMapping, b: CsvMapping): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** Every screen that shows people, organizations or who is in a meeting may have changed. */
async function reloadAfterImport(report: ImportReport): Promise<void> {
  useCalendarStore.getState().invalidate();
  useBriefingStore.getState().invalidate();
  const openId = usePersonStore.getState().personId;
  await Promise.all([
    usePeopleStore.getState().load(),
    usePeopleStore.getState().loadTags(),
    useOrganizationStore.getState().load(),
    useOrganizationStore.getState().loadAll(),
    report.merged.some((m) => m.personId === openId)
      ? usePersonStore.getState().refresh()
      : Promise.resolve(),
  ]);
}

// A preview answered after the user went back or closed belongs to a flow that is gone.
let ticket = 0;

export const useImportStore = create<ImportState>((set, get) => {
  const source = (): CallInput<'contacts.preview'> | null => {
    const { format, files, sample, mapping } = get();
    if (!format || files.length === 0) return null;
    if (format === 'vcard' || !sample) return { format, paths: files };
    // An untouched detected layout goes by its preset, which knows more than a column list.
    if (sample.detected && sameMapping(mapping, sample.suggested)) {
      return { format, paths: files, preset: sample.detected };
    }
    return { format, paths: files, mapping };
  };

  return {
    open: false,
    ...initial,

    start() {
      if (get().open) return;
      ticket++;
      set({ open: true, ...initial });
    },

    close() {
      if (get().busy === 'importing') return;
      ticket++;
      set({ open: false, ...initial });
    },

    back() {
      const { step, format, busy } = get();
      if (busy === 'importing') return;
      ticket++;
      if (step === 'choose' || step === 'report') get().close();
      else if (step === 'preview' && format === 'csv')
        set({ step: 'mapping', busy: null, error: null });
      else set({ step: 'choose', busy: null, error: null });
    },

    async chooseFile() {
      set({ busy: 'choosing', error: null });
      const answer = await call('shell.choosePath', {
        kind: 'file',
        title: 'Choose a vCard or CSV file of contacts',
        extensions: ['vcf', 'vcard', 'csv'],
      });
      set({ busy: null });
      if (!answer.ok) {
        set({ error: answer.error.message });
        return false;
      }
      const path = answer.data.path;
      if (!path) return false;
      const { files, format } = get();
      const chosen = formatOfPath(path);
      const problem = !chosen
        ? `${fileName(path)} is not a vCard (.vcf) or CSV (.csv) file.`
        : files.includes(path)
          ? null
          : format && files.length > 0 && chosen !== format
            ? `Import ${FORMAT_NAMES[format]} and ${FORMAT_NAMES[chosen]} files one after the other.`
            : chosen === 'csv' && files.length > 0
              ? 'Import one CSV file at a time: each has columns of its own.'
              : files.length >= MAX_FILES
                ? `Import at most ${MAX_FILES} files at a time.`
                : null;
      if (problem) {
        set({ error: problem });
        return false;
      }
      if (!files.includes(path)) set({ files: [...files, path], format: chosen, sample: null });
      return true;
    },

    removeFile(path) {
      const files = get().files.filter((f) => f !== path);
      set({ files, sample: null, error: null, ...(files.length ? {} : { format: null }) });
    },

    async continueFromFiles() {
      const { files, format, sample } = get();
      const [first] = files;
      if (!first || !format) {
        set({ error: 'Choose a file to import first.' });
        return;
      }
      if (format === 'vcard') {
        await get().readPreview();
        return;
      }
      if (sample) {
        set({ step: 'mapping', error: null });
        return;
      }
      const mine = ++ticket;
      set({ busy: 'reading', error: null });
      const result = await call('contacts.csvSample', { path: first });
      if (mine !== ticket) return;
      if (!result.ok) {
        set({ busy: null, error: result.error.message });
        return;
      }
      set({
        busy: null,
        step: 'mapping',
        sample: result.data,
        mapping: { ...result.data.suggested },
      });
    },

    mapColumn(column, field) {
      const mapping = { ...get().mapping };
      if (field) mapping[column] = field;
      else delete mapping[column];
      set({ mapping, error: null });
    },

    async readPreview() {
      const input = source();
      if (!input) return;
      if (input.mapping && !Object.values(input.mapping).some((f) => IDENTIFYING.includes(f))) {
        set({
          error:
            'Choose a column for the name (full, first or last) or the email, so Farley knows who each row is.',
        });
        return;
      }
      const mine = ++ticket;
      set({ busy: 'reading', error: null });
      const result = await call('contacts.preview', input);
      if (mine !== ticket) return;
      if (!result.ok) {
        set({ busy: null, error: result.error.message });
        return;
      }
      set({ busy: null, step: 'preview', preview: result.data, decisions: {} });
    },

    decide(row, decision) {
      const decisions = { ...get().decisions };
      if (decision === defaultDecision(row)) delete decisions[row.position];
      else decisions[row.position] = decision;
      set({ decisions });
    },

    decideAll(status, decision) {
      const { preview, decisions } = get();
      if (!preview) return;
      const next = { ...decisions };
      for (const row of preview.rows) {
        if (row.status !== status) continue;
        if (decision === defaultDecision(row)) delete next[row.position];
        else next[row.position] = decision;
      }
      set({ decisions: next });
    },

    async runImport() {
      const input = source();
      if (!input || get().busy) return;
      set({ busy: 'importing', error: null });
      const result = await call('contacts.import', { ...input, decisions: get().decisions });
      if (!result.ok) {
        // Nothing was written (one transaction); the choices stay for another try.
        set({ busy: null, error: result.error.message });
        return;
      }
      await reloadAfterImport(result.data);
      set({ busy: null, step: 'report', report: result.data });
    },
  };
});
