/** WHATWG's windows-1252 for 0x80–0x9F; every other byte is its own code point. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * By hand, because Node 20's TextDecoder, asked for windows-1252 (which is also what WHATWG makes
 * of iso-8859-1 and us-ascii), decodes ISO-8859-1 and turns Outlook's € or curly quotes into
 * control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) =>
    String.fromCodePoint(
      byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte) : byte,
    ),
  ).join('');
}

/**
 * A contacts file's text: exports are UTF-8 nowadays, but Outlook on Windows still writes CSV in
 * the system's ANSI code page, so bytes that are not valid UTF-8 are read as Windows-1252 rather
 * than turned into "�".
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
