export const BACKUP_KINDS = [
  'daily',
  'weekly',
  'manual',
  'pre-migration',
  'before-restore',
] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupInfo {
  /** Absolute path of the backup file. */
  path: string;
  fileName: string;
  kind: BackupKind;
  /** ISO instant the backup was taken. */
  createdAt: string;
  bytes: number;
}

export interface RestoreResult {
  restoredFrom: string;
  /** Where the database that was live before the restore was kept (what Undo brings back). */
  keptAside: string;
  schemaVersion: string;
}

export const EXPORT_FORMATS = ['json', 'vcard', 'csv', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportResult {
  /** The file written (json, vcard, csv) or the folder filled (markdown). */
  path: string;
  /** People (vcard, csv), interactions (markdown) or rows of every table (json) written. */
  count: number;
}

export interface JsonImportResult {
  /** Rows written per table. */
  tables: Record<string, number>;
}
