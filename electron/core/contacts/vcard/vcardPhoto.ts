/**
 * PHOTO in the forms exports use: inline base64 (2.1 `ENCODING=BASE64`, 3.0 `ENCODING=b`, macOS's
 * `PHOTO;BASE64:` block) and 4.0's data URI. A photo at a remote URL is skipped: Farley never
 * fetches anything. The image type comes from the bytes when they say it, else from the card.
 */
export interface DecodedPhoto {
  mime: string;
  base64: string;
}

const SIGNATURES: { mime: string; matches: (b: Buffer) => boolean }[] = [
  { mime: 'image/jpeg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    mime: 'image/png',
    matches: (b) =>
      b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  { mime: 'image/gif', matches: (b) => /^GIF8[79]a$/.test(b.toString('latin1', 0, 6)) },
  {
    mime: 'image/webp',
    matches: (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP',
  },
];

export function sniffImage(bytes: Buffer): string | null {
  return SIGNATURES.find((s) => s.matches(bytes))?.mime ?? null;
}

const TYPE_MIMES: Record<string, string> = {
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  bmp: 'image/bmp',
  tiff: 'image/tiff',
  heic: 'image/heic',
};

/** `JPEG` (2.1/3.0 TYPE) or `image/jpeg` (4.0 MEDIATYPE, a data URI). */
function declaredMime(declared: string): string | null {
  const type = declared.trim().toLowerCase();
  if (/^image\/[a-z0-9.+-]+$/.test(type)) return type;
  return TYPE_MIMES[type] ?? null;
}

/**
 * @param raw the PHOTO value as written
 * @param declared the card's TYPE or MEDIATYPE values
 */
export function readPhoto(raw: string, declared: string[]): DecodedPhoto | null {
  const value = raw.trim();
  let base64 = value;
  const types = [...declared];
  const dataUri = /^data:([^,;]*)((?:;[^,;]*)*),(.*)$/is.exec(value);
  if (dataUri) {
    // A data URI that is not base64 is percent-encoded text: not a photo any exporter writes.
    if (!/;base64/i.test(dataUri[2] ?? '')) return null;
    base64 = dataUri[3] ?? '';
    types.unshift(dataUri[1] ?? '');
  } else if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    return null;
  }
  const bytes = Buffer.from(base64.replace(/\s+/g, ''), 'base64');
  if (!bytes.length) return null;
  const mime = sniffImage(bytes) ?? types.map(declaredMime).find((m) => m !== null) ?? null;
  return mime ? { mime, base64: bytes.toString('base64') } : null;
}
