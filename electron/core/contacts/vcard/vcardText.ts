/**
 * Cleans a .vcf file and cuts it into cards before anything parses it, because real exports are
 * messy and ical.js fails a whole file on one flaw: a byte-order mark, CR-only or CR CR LF line
 * ends (ical.js keeps the stray CR at the end of every value), and lines continued three ways —
 * RFC 6350 folding, vCard 2.1's quoted-printable soft breaks (`=` at the end of a line), and base64
 * photo blocks that 2.1 writers continue with bare lines up to a blank one. Every logical line
 * keeps the number of its first physical line, for messages a user can act on.
 */
export interface VcardLine {
  text: string;
  /** 1-based line number in the original file. */
  line: number;
}

/** How a card ended: with its END:VCARD, cut short by the next BEGIN:VCARD, or by the file's end. */
export type CardEnd =
  { kind: 'closed' } | { kind: 'next-card'; line: number } | { kind: 'end-of-file' };

export interface CardBlock {
  /** 1-based, counting every BEGIN:VCARD in the file. */
  number: number;
  /** Line of its BEGIN:VCARD. */
  line: number;
  /** The lines between BEGIN:VCARD and END:VCARD. */
  lines: VcardLine[];
  end: CardEnd;
}

/** A run of lines outside any card: text pasted between cards, a stray END:VCARD. */
export interface StrayText {
  line: number;
  count: number;
}

export interface SplitVcards {
  cards: CardBlock[];
  strays: StrayText[];
}

const CARD_DELIMITER = /^(?:BEGIN|END):VCARD$/i;
const BARE_BASE64 = /^[A-Za-z0-9+/=]+$/;

function headerOf(text: string): string {
  const colon = text.indexOf(':');
  return colon === -1 ? text : text.slice(0, colon);
}

function isQuotedPrintable(text: string): boolean {
  return /(?:^|;)\s*(?:ENCODING\s*=\s*)?QUOTED-PRINTABLE\s*(?:;|$)/i.test(headerOf(text));
}

function isBase64(text: string): boolean {
  return /;\s*(?:ENCODING\s*=\s*)?(?:BASE64|B)\s*(?:;|$)/i.test(headerOf(text));
}

/** Splits into physical lines with one kind of line end: CR CR LF and lone CRs become LF. */
export function physicalLines(raw: string): string[] {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\r\n/g, '\n')
    .replace(/\r\n?/g, '\n')
    .split('\n');
}

/** Joins continued lines into logical ones; blank lines are dropped. */
export function unfoldLines(physical: string[]): VcardLine[] {
  const logical: VcardLine[] = [];
  // A 2.1 base64 block may go on in unindented lines until a blank line ends it.
  let base64Open = false;
  physical.forEach((text, index) => {
    const previous = logical.at(-1);
    const delimiter = CARD_DELIMITER.test(text.trim());
    if (
      previous &&
      !delimiter &&
      isQuotedPrintable(previous.text) &&
      /=[ \t]*$/.test(previous.text)
    ) {
      // A soft line break is not part of the value: drop the `=` and join.
      previous.text = previous.text.replace(/=[ \t]*$/, '') + text;
      return;
    }
    if (!text.trim()) {
      base64Open = false;
      return;
    }
    if (previous && (text.startsWith(' ') || text.startsWith('\t'))) {
      previous.text += text.slice(1);
      return;
    }
    if (previous && base64Open && !delimiter && BARE_BASE64.test(text)) {
      previous.text += text;
      return;
    }
    logical.push({ text, line: index + 1 });
    base64Open = isBase64(text);
  });
  return logical;
}

/** Cuts logical lines into BEGIN:VCARD…END:VCARD blocks and the runs of text between them. */
export function splitCards(lines: VcardLine[]): SplitVcards {
  const cards: CardBlock[] = [];
  const strays: StrayText[] = [];
  let current: CardBlock | null = null;
  let stray: StrayText | null = null;
  for (const entry of lines) {
    const marker = entry.text.trim().toUpperCase();
    if (marker === 'BEGIN:VCARD') {
      if (current) cards.push({ ...current, end: { kind: 'next-card', line: entry.line } });
      current = { number: cards.length + 1, line: entry.line, lines: [], end: { kind: 'closed' } };
      stray = null;
    } else if (marker === 'END:VCARD' && current) {
      cards.push(current);
      current = null;
    } else if (current) {
      current.lines.push(entry);
    } else if (stray) {
      stray.count++;
    } else {
      stray = { line: entry.line, count: 1 };
      strays.push(stray);
    }
  }
  if (current) cards.push({ ...current, end: { kind: 'end-of-file' } });
  return { cards, strays };
}
