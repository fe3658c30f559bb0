import { z } from 'zod';

export const STORE_FORMAT = 'farley-store';
/** Bumped when the document's own layout changes (not when a table gains a column). */
export const STORE_FORMAT_VERSION = 1;

/** A BLOB (a person's photo) in JSON: its bytes in base64. */
export interface Base64Cell {
  $base64: string;
}
export type StoreCell = string | number | null | Base64Cell;
export type StoreRow = Record<string, StoreCell>;

/**
 * The whole store as one JSON document: every table's rows under its SQL name, columns under
 * their SQL names, so the document is the database's own shape and needs no mapping to stay
 * complete as the schema grows.
 */
export interface StoreDocument {
  format: typeof STORE_FORMAT;
  formatVersion: number;
  /** The last migration applied to the store it came from; only the same schema loads. */
  schemaVersion: string;
  /** The Farley version that wrote it, to tell the user which one can read an older export. */
  appVersion: string;
  exportedAt: string;
  tables: Record<string, StoreRow[]>;
}

/**
 * Checked first and alone, so a document from elsewhere, or from another Farley, gets a message
 * about what it is rather than about its first odd row.
 */
export const documentKind = z.object({ format: z.literal(STORE_FORMAT) });
export const documentHeader = z.object({
  formatVersion: z.number(),
  schemaVersion: z.string(),
  appVersion: z.string().catch('of unknown version'),
});

const cell = z.union(
  [
    z.string(),
    z.number(),
    z.null(),
    z.strictObject({ $base64: z.base64({ error: 'Not valid base64' }) }),
  ],
  { error: 'Not text, a number, null or {"$base64": …}' },
);

export const storeDocumentSchema = z.strictObject({
  format: z.literal(STORE_FORMAT),
  formatVersion: z.literal(STORE_FORMAT_VERSION),
  schemaVersion: z.string(),
  appVersion: z.string(),
  exportedAt: z.string(),
  tables: z.record(z.string(), z.array(z.record(z.string(), cell))),
});

export function isBase64Cell(value: StoreCell): value is Base64Cell {
  return typeof value === 'object' && value !== null;
}

/** A value read by better-sqlite3 as it appears in the document. */
export function cellOf(value: unknown): StoreCell {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  if (Buffer.isBuffer(value)) return { $base64: value.toString('base64') };
  // The store holds no REAL beyond a double nor integers past 2^53 (better-sqlite3 would
  // have to hand out bigints): such a value would not survive JSON, so it is refused loudly.
  throw new Error(`Cannot export a value of type ${typeof value}`);
}

/** A document value as SQLite should store it. */
export function sqlValueOf(value: StoreCell): string | number | null | Buffer {
  return isBase64Cell(value) ? Buffer.from(value.$base64, 'base64') : value;
}
