import { z } from 'zod';
import type { BackupInfo, ExportResult, JsonImportResult, RestoreResult } from '../domain/backups';
import { EXPORT_FORMATS } from '../domain/backups';
import {
  CONTACT_FORMATS,
  CSV_FIELDS,
  CSV_PRESETS,
  type CsvSample,
  type ImportPreview,
  type ImportReport,
} from '../domain/contacts';
import { defineCall } from './define';
import { entityId, requiredText } from './fields';

const filePath = requiredText('Path', 4096);

const contactSource = z.strictObject({
  format: z.enum(CONTACT_FORMATS, { error: 'Choose vcard or csv' }),
  paths: z.array(filePath).min(1, { error: 'Choose a file' }).max(100),
  /** CSV only: a known layout; without one (and without a mapping) the layout is detected. */
  preset: z.enum(CSV_PRESETS).optional(),
  /** CSV only: column header → field, from the mapping step. */
  mapping: z.record(z.string().max(200), z.enum(CSV_FIELDS)).optional(),
});

export const dataTransferCalls = {
  'contacts.csvSample': defineCall(
    z.strictObject({ path: filePath }),
    'The columns and first rows of a CSV file, with a suggested mapping',
  ).returns<CsvSample>(),
  'contacts.preview': defineCall(
    contactSource,
    'What importing these files would do: new people, matches, invalid cards; writes nothing',
  ).returns<ImportPreview>(),
  'contacts.import': defineCall(
    contactSource.extend({
      /** By position, for matches (merge by default) and new rows (create by default). */
      decisions: z.record(z.string().max(500), z.enum(['merge', 'skip', 'create'])).default({}),
    }),
    'Import contacts in one transaction: all or nothing',
  ).returns<ImportReport>(),
  'data.export': defineCall(
    z.strictObject({
      format: z.enum(EXPORT_FORMATS),
      /** A file for json, vcard and csv; a folder for markdown (one file per interaction). */
      path: filePath,
      /** vcard and csv: only these people (default: everyone not archived). */
      personIds: z.array(entityId('person')).max(100_000).optional(),
    }),
    'Write everything (json), people (vcard, csv) or interactions (markdown) to disk',
  ).returns<ExportResult>(),
  'data.importJson': defineCall(
    z.strictObject({ path: filePath }),
    'Load a Farley JSON export into an empty store',
  ).returns<JsonImportResult>(),
  'backups.list': defineCall(z.strictObject({}), 'The backups kept, newest first').returns<
    BackupInfo[]
  >(),
  'backups.create': defineCall(z.strictObject({}), 'Back up now').returns<BackupInfo>(),
  'backups.restore': defineCall(
    z.strictObject({ path: filePath }),
    'Replace the store with a backup after checking it; the current one is kept aside',
  ).returns<RestoreResult>(),
  'backups.undoRestore': defineCall(
    z.strictObject({}),
    'Bring back the store as it was before the last restore',
  ).returns<RestoreResult>(),
};
