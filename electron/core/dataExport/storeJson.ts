import type { JsonImportResult } from '../../../shared/domain/backups';
import type { CoreContext } from '../coreContext';
import { DomainError } from '../domainError';
import { rebuildSearchIndexes } from './rebuildSearch';
import {
  STORE_FORMAT,
  STORE_FORMAT_VERSION,
  cellOf,
  documentHeader,
  documentKind,
  sqlValueOf,
  storeDocumentSchema,
  type StoreDocument,
  type StoreRow,
} from './storeDocument';
import { quoteName, storeTables, type StoreTable } from './storeTables';

const UNCHANGED = 'Nothing was changed.';

/**
 * The whole store as one document. Rows are ordered by primary key (rowid without one) and
 * tables by name, so the same store always gives the same document and two exports can be
 * compared with a plain diff.
 */
export function exportStoreJson(ctx: CoreContext): StoreDocument {
  const { sqlite } = ctx.db;
  // One read transaction: a write landing halfway must not give a document that never existed.
  return sqlite.transaction((): StoreDocument => {
    const tables: Record<string, StoreRow[]> = {};
    for (const table of storeTables(sqlite)) {
      const order = (table.primaryKey.length ? table.primaryKey : ['rowid']).map(quoteName);
      const rows = sqlite
        .prepare(
          `SELECT ${table.columns.map(quoteName).join(', ')} FROM ${quoteName(table.name)} ORDER BY ${order.join(', ')}`,
        )
        .all() as Record<string, unknown>[];
      tables[table.name] = rows.map((row) => {
        const out: StoreRow = {};
        for (const column of table.columns) out[column] = cellOf(row[column]);
        return out;
      });
    }
    return {
      format: STORE_FORMAT,
      formatVersion: STORE_FORMAT_VERSION,
      schemaVersion: ctx.db.schemaVersion,
      appVersion: ctx.appVersion,
      exportedAt: ctx.clock().toISOString(),
      tables,
    };
  })();
}

/** Rows in the whole document, the count an export reports. */
export function rowCount(doc: StoreDocument): number {
  return Object.values(doc.tables).reduce((sum, rows) => sum + rows.length, 0);
}

/** Refuses what is not a Farley export of this very schema, before looking at any row. */
function checkHeader(ctx: CoreContext, raw: unknown): void {
  if (!documentKind.safeParse(raw).success) {
    throw new DomainError('invalid_input', `This is not a Farley JSON export. ${UNCHANGED}`);
  }
  const header = documentHeader.safeParse(raw);
  if (!header.success) {
    throw new DomainError(
      'invalid_input',
      `This export is damaged: its format or schema version is missing. ${UNCHANGED}`,
    );
  }
  const { formatVersion, schemaVersion, appVersion } = header.data;
  if (formatVersion !== STORE_FORMAT_VERSION) {
    throw new DomainError(
      'invalid_input',
      formatVersion > STORE_FORMAT_VERSION
        ? `This export has format version ${formatVersion}, written by a newer Farley (${appVersion}); update Farley to load it. ${UNCHANGED}`
        : `This export has format version ${formatVersion}, which this Farley no longer reads. ${UNCHANGED}`,
    );
  }
  const ours = ctx.db.schemaVersion;
  // Schema versions are the timestamped migration tags, so text order is age order.
  if (schemaVersion > ours) {
    throw new DomainError(
      'invalid_input',
      `This export comes from a newer Farley (${appVersion}, schema ${schemaVersion}); this one has schema ${ours}. Update Farley to load it. ${UNCHANGED}`,
    );
  }
  if (schemaVersion !== ours) {
    throw new DomainError(
      'invalid_input',
      `This export comes from an older Farley (${appVersion}, schema ${schemaVersion}); this one loads exports of schema ${ours} only. ` +
        `Load it into an empty Farley ${appVersion}, open that data folder with this version (which upgrades it), and export again. ${UNCHANGED}`,
    );
  }
}

function parseDocument(ctx: CoreContext, raw: unknown, known: StoreTable[]): StoreDocument {
  checkHeader(ctx, raw);
  const parsed = storeDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.map(String).join('.') || 'document';
    throw new DomainError(
      'invalid_input',
      `This export is damaged (${where}: ${issue?.message ?? 'not valid'}). ${UNCHANGED}`,
    );
  }
  const doc = parsed.data;
  // Same schema version, so the tables must be exactly ours: anything else was edited or cut.
  const byName = new Map(known.map((t) => [t.name, t]));
  for (const [name, rows] of Object.entries(doc.tables)) {
    const table = byName.get(name);
    if (!table) {
      throw new DomainError(
        'invalid_input',
        `This export has an unknown table "${name}". ${UNCHANGED}`,
      );
    }
    const columns = new Set(table.columns);
    rows.forEach((row, i) => {
      const extra = Object.keys(row).find((c) => !columns.has(c));
      if (extra !== undefined) {
        throw new DomainError(
          'invalid_input',
          `This export is damaged (${name} row ${i + 1} has an unknown column "${extra}"). ${UNCHANGED}`,
        );
      }
    });
  }
  const missing = known.find((t) => !(t.name in doc.tables));
  if (missing) {
    throw new DomainError(
      'invalid_input',
      `This export is incomplete: it has no "${missing.name}" table. ${UNCHANGED}`,
    );
  }
  return doc;
}

/**
 * An import adds to nothing: merging a whole store into another would have to decide which of
 * two records is right. Settings alone do not count (a fresh Farley may already have chosen
 * "start empty"); the document's settings replace them key by key.
 */
function refuseUnlessEmpty(ctx: CoreContext, tables: StoreTable[]): void {
  const held = tables
    .filter((t) => t.name !== 'settings')
    .map((t) => ({
      name: t.name,
      count: ctx.db.sqlite
        .prepare(`SELECT count(*) FROM ${quoteName(t.name)}`)
        .pluck()
        .get() as number,
    }))
    .filter((t) => t.count > 0)
    .sort((a, b) => rank(a.name) - rank(b.name));
  if (held.length > 0) {
    const named = held
      .slice(0, 4)
      .map((t) => `${t.name.replaceAll('_', ' ')} (${t.count})`)
      .join(', ');
    throw new DomainError(
      'conflict',
      `A JSON export can only be loaded into an empty Farley, and this one already holds ${named}${held.length > 4 ? ' and more' : ''}. ` +
        `Use a new data folder (--data-dir on the command line). ${UNCHANGED}`,
    );
  }
}

/** What the user recognises first, in the refusal above; other tables follow by name. */
const FIRST_NAMED = [
  'people',
  'organizations',
  'interactions',
  'calendar_sources',
  'follow_ups',
  'drafts',
];
const rank = (table: string) => {
  const i = FIRST_NAMED.indexOf(table);
  return i === -1 ? FIRST_NAMED.length : i;
};

function insertTable(ctx: CoreContext, name: string, rows: StoreRow[]): void {
  const { sqlite } = ctx.db;
  const upsert = name === 'settings' ? 'INSERT OR REPLACE' : 'INSERT';
  rows.forEach((row, i) => {
    const columns = Object.keys(row);
    try {
      sqlite
        .prepare(
          `${upsert} INTO ${quoteName(name)} (${columns.map(quoteName).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        )
        .run(...columns.map((c) => sqlValueOf(row[c] ?? null)));
    } catch (error) {
      throw new DomainError(
        'invalid_input',
        `This export cannot be loaded: ${name} row ${i + 1}: ${(error as Error).message}. ${UNCHANGED}`,
      );
    }
  });
}

/**
 * Loads a document into an empty store: all of it in one transaction, or nothing. Links between
 * rows are checked once everything is in (rows refer to each other in cycles, e.g. people
 * introduced by people), then the search indexes are rebuilt from the imported rows.
 */
export function importStoreJson(ctx: CoreContext, raw: unknown): JsonImportResult {
  const { sqlite } = ctx.db;
  const known = storeTables(sqlite);
  const doc = parseDocument(ctx, raw, known);
  return sqlite.transaction(() => {
    refuseUnlessEmpty(ctx, known);
    sqlite.pragma('defer_foreign_keys = ON');
    const counts: Record<string, number> = {};
    for (const table of known) {
      const rows = doc.tables[table.name] ?? [];
      insertTable(ctx, table.name, rows);
      counts[table.name] = rows.length;
    }
    const broken = sqlite.pragma('foreign_key_check') as { table: string; parent: string }[];
    const first = broken[0];
    if (first) {
      throw new DomainError(
        'invalid_input',
        `This export cannot be loaded: ${broken.length} record(s) refer to records it does not hold (the first: ${first.table} → ${first.parent}). ${UNCHANGED}`,
      );
    }
    rebuildSearchIndexes(ctx);
    return { tables: counts };
  })();
}
