import { PHOTO_MAX_BYTES } from '../../../shared/contract/people';
import type { Person } from '../../../shared/domain/person';
import type { CoreContext } from '../coreContext';
import { DomainError } from '../domainError';
import { getPerson, requirePersonRow } from './personReader';

const SIGNATURES: { mime: string; matches: (b: Buffer) => boolean }[] = [
  {
    mime: 'image/png',
    matches: (b) =>
      b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  { mime: 'image/jpeg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    mime: 'image/webp',
    matches: (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP',
  },
];

/** The image type a file really is, by its first bytes, whatever it claims to be. */
export function sniffImage(bytes: Buffer): string | null {
  return SIGNATURES.find((s) => s.matches(bytes))?.mime ?? null;
}

const notAnImage = () =>
  new DomainError(
    'invalid_input',
    'This file is not an image Farley can show (PNG, JPEG or WebP).',
    [{ path: 'dataUrl', message: 'Not a PNG, JPEG or WebP image' }],
  );

export function setPhoto(ctx: CoreContext, id: string, dataUrl: string): Person {
  const comma = dataUrl.indexOf(',');
  const bytes = Buffer.from(dataUrl.slice(comma + 1), 'base64');
  if (bytes.length > PHOTO_MAX_BYTES) {
    throw new DomainError('invalid_input', 'This photo is too large.', [
      { path: 'dataUrl', message: 'Too large' },
    ]);
  }
  const mime = sniffImage(bytes);
  if (!mime) throw notAnImage();
  const { sqlite } = ctx.db;
  return sqlite.transaction(() => {
    requirePersonRow(ctx, id);
    const at = ctx.clock().toISOString();
    sqlite
      .prepare(
        `INSERT INTO person_photos (person_id, mime, bytes, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (person_id) DO UPDATE SET mime = excluded.mime, bytes = excluded.bytes, updated_at = excluded.updated_at`,
      )
      .run(id, mime, bytes, at);
    sqlite.prepare('UPDATE people SET updated_at = ? WHERE id = ?').run(at, id);
    return getPerson(ctx, id);
  })();
}

export function removePhoto(ctx: CoreContext, id: string): Person {
  const { sqlite } = ctx.db;
  return sqlite.transaction(() => {
    requirePersonRow(ctx, id);
    sqlite.prepare('DELETE FROM person_photos WHERE person_id = ?').run(id);
    sqlite
      .prepare('UPDATE people SET updated_at = ? WHERE id = ?')
      .run(ctx.clock().toISOString(), id);
    return getPerson(ctx, id);
  })();
}

/**
 * Serves `/photos/<personId>` for the app protocol and the test harness alike. Returns null for
 * anything else, so the caller answers 404.
 */
export function photoForPath(
  ctx: CoreContext,
  pathname: string,
): { mime: string; bytes: Buffer } | null {
  const match = /^\/photos\/([0-9a-f-]{36})$/i.exec(pathname);
  if (!match) return null;
  const row = ctx.db.sqlite
    .prepare('SELECT mime, bytes FROM person_photos WHERE person_id = ?')
    .get(match[1]) as { mime: string; bytes: Buffer } | undefined;
  return row ?? null;
}
