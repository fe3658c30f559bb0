/**
 * vCard value escaping (RFC 6350 §3.4), both ways, done here once rather than per value type as
 * ical.js does (see RAW_VALUE_TYPE), plus parameter quoting (RFC 6868) and line folding.
 */

/** `\\` `\,` `\;` `\n`/`\N`, and the `\:` Apple and Google write in URLs. Other backslashes stay. */
export function unescapeText(raw: string): string {
  return raw.replace(/\\([\\,;:nN])/g, (_match, char: string) =>
    char === 'n' || char === 'N' ? '\n' : char,
  );
}

/**
 * Splits at the delimiters that are not escaped, walking escapes in pairs so that `\\;` (a
 * backslash, then a delimiter) splits and `\;` does not. Parts stay escaped.
 */
export function splitEscaped(raw: string, delimiter: ';' | ','): string[] {
  const parts: string[] = [];
  let current = '';
  let escaping = false;
  for (const char of raw) {
    if (escaping) {
      current += char;
      escaping = false;
    } else if (char === '\\') {
      current += char;
      escaping = true;
    } else if (char === delimiter) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

/** A text value or a component of a structured one. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\\,;\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

/** A URI keeps its semicolons (`tel:…;ext=2`), but a comma is escaped in any vCard value. */
export function escapeUri(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\\,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

/**
 * A parameter value, quoted unless it is a plain token. Inside quotes a double quote, a line
 * break and a caret are written `^'`, `^n` and `^^` (RFC 6868), which ical.js reads back.
 */
export function quoteParam(value: string): string {
  if (/^[A-Za-z0-9-]+$/.test(value)) return value;
  const encoded = value.replace(/\r\n?/g, '\n').replace(/[\^\n"]/g, (char) => {
    if (char === '^') return '^^';
    return char === '\n' ? '^n' : "^'";
  });
  return `"${encoded}"`;
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line at 75 octets (RFC 6350 §3.2), counting UTF-8 bytes and breaking only
 * between characters, so no multi-byte character is ever split across lines.
 */
export function foldLine(line: string, limit = 75): string {
  let folded = '';
  let width = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (width + size > limit) {
      folded += '\r\n ';
      width = 1;
    }
    folded += char;
    width += size;
  }
  return folded;
}
