import { formatContentLine, parseContentLine, type ContentLine } from './contentLine';
import type { VcardLine } from './vcardText';
import { decodeWindows1252 } from '../textDecoding';

/**
 * Rewrites one card into the vCard 3.0/4.0 that ical.js reads. ical.js does not read 2.1
 * (kewisch/ical.js#187): a bare parameter (`TEL;WORK;VOICE:`) throws "Invalid parameters",
 * quoted-printable values come back undecoded, and VERSION:2.1 is not a design it knows. Android
 * also writes QUOTED-PRINTABLE and CHARSET into 3.0 cards, so every card goes through here.
 */

/**
 * The value type every property is given, so ical.js hands its value over as written. ical.js
 * decodes vCard values differently per type (in 3.0 a URL keeps `\,` and `\:`, a TEL loses every
 * backslash, NOTE keeps `\;`, X- properties keep all escapes) and misreads `\\;` as an escaped
 * semicolon; vcardEscape.ts decodes them all one way instead. A type it does not know is left raw.
 */
export const RAW_VALUE_TYPE = 'x-farley-raw';

const ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

export type NormalizedCard = { ok: true; text: string } | { ok: false; reason: string };

/** Null when the charset is unknown or the bytes are not valid in it. */
function tryDecode(bytes: Uint8Array, charset: string): string | null {
  try {
    const decoder = new TextDecoder(charset, { fatal: true });
    return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Bytes in the declared charset; without one, or when the bytes are not valid in it (Outlook
 * labels Windows-1252 text as utf-8 now and then), UTF-8 if they are valid, else Windows-1252.
 */
export function decodeBytes(bytes: Uint8Array, charset: string): string {
  return (
    tryDecode(bytes, charset.trim() || 'utf-8') ??
    tryDecode(bytes, 'utf-8') ??
    decodeWindows1252(bytes)
  );
}

/** Decodes `=XX` runs; soft line breaks were already joined when the lines were unfolded. */
export function decodeQuotedPrintable(value: string, charset: string): string {
  return value.replace(/(?:=[0-9A-Fa-f]{2})+/g, (run) =>
    decodeBytes(
      Uint8Array.from(run.slice(1).split('='), (hex) => parseInt(hex, 16)),
      charset,
    ),
  );
}

/**
 * 2.1 text into 3.0 escaping. 2.1 escapes `\;` (writers also use `\\` and `\,`); any other
 * backslash is a character (a path, `C:\new`), and a decoded line break is a real one.
 */
export function escape21(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\\([\\;,])|\\|\n/g, (match, escaped: string | undefined) => {
      if (escaped) return match;
      return match === '\n' ? '\\n' : '\\\\';
    });
}

function normalizeLine(line: ContentLine, isVersion21: boolean): ContentLine {
  const params: ContentLine['params'] = [];
  let encoding = '';
  let charset = '';
  for (const param of line.params) {
    const bare = param.name === '';
    const name = bare
      ? ENCODINGS.has(param.value.toUpperCase())
        ? 'ENCODING'
        : 'TYPE'
      : param.name;
    if (name === 'ENCODING') encoding = param.value.toUpperCase();
    else if (name === 'CHARSET') charset = param.value.replace(/^"(.*)"$/, '$1');
    // The value type is replaced below; the content says what a PHOTO or a TEL is.
    else if (name !== 'VALUE') params.push({ name, value: param.value });
  }
  let value = line.value;
  if (encoding === 'QUOTED-PRINTABLE') value = escape21(decodeQuotedPrintable(value, charset));
  else if (isVersion21) value = escape21(value);
  if (encoding === 'BASE64' || encoding === 'B') params.push({ name: 'ENCODING', value: 'b' });
  params.push({ name: 'VALUE', value: RAW_VALUE_TYPE });
  return { ...line, params, value };
}

const preview = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * The card as text ical.js reads, or why it cannot be read. VERSION goes first, because ical.js
 * reads a card as 4.0 only when its first property is VERSION:4.0, and 2.1 becomes 3.0.
 */
export function normalizeCard(lines: VcardLine[]): NormalizedCard {
  const parsed: ContentLine[] = [];
  for (const entry of lines) {
    const line = parseContentLine(entry.text);
    if (!line) {
      return {
        ok: false,
        reason: `line ${entry.line} is not a vCard property: "${preview(entry.text.trim())}"`,
      };
    }
    parsed.push(line);
  }
  const version = parsed.find((l) => l.name.toUpperCase() === 'VERSION')?.value.trim() ?? '3.0';
  const body = parsed
    .filter((l) => l.name.toUpperCase() !== 'VERSION')
    .map((l) => formatContentLine(normalizeLine(l, version === '2.1')));
  const header = ['BEGIN:VCARD', `VERSION:${version === '4.0' ? '4.0' : '3.0'}`];
  return { ok: true, text: `${[...header, ...body, 'END:VCARD'].join('\r\n')}\r\n` };
}
