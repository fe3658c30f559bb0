/**
 * Cleans an .ics file before parsing, because real exports are messy and ical.js fails a whole
 * file on one flaw: a byte-order mark, CR-only or CR CR LF line ends, a junk line, an unclosed
 * or stray END. Unfolds long lines and remembers each line's number for error messages.
 */
export interface IcsLine {
  text: string;
  /** 1-based line number in the original file. */
  line: number;
}

export interface CleanedIcs {
  lines: IcsLine[];
  warnings: string[];
}

const CONTENT_LINE = /^[A-Za-z0-9-]+(?:;[^:]*)?:/;

export function cleanIcs(raw: string): CleanedIcs {
  const text = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\r\n/g, '\n')
    .replace(/\r\n?/g, '\n');
  const physical = text.split('\n');
  const unfolded: IcsLine[] = [];
  physical.forEach((line, index) => {
    const previous = unfolded.at(-1);
    if ((line.startsWith(' ') || line.startsWith('\t')) && previous) {
      previous.text += line.slice(1);
    } else {
      unfolded.push({ text: line, line: index + 1 });
    }
  });

  const warnings: string[] = [];
  const lines: IcsLine[] = [];
  const open: string[] = [];
  for (const entry of unfolded) {
    const text = entry.text.trimEnd();
    if (!text) continue;
    if (!CONTENT_LINE.test(text)) {
      warnings.push(`line ${entry.line}: not a calendar line, skipped`);
      continue;
    }
    const begin = /^BEGIN:(.+)$/i.exec(text);
    const end = /^END:(.+)$/i.exec(text);
    if (begin?.[1]) {
      open.push(begin[1].toUpperCase());
    } else if (end?.[1]) {
      const name = end[1].toUpperCase();
      if (!open.includes(name)) {
        warnings.push(`line ${entry.line}: END:${name} without BEGIN, skipped`);
        continue;
      }
      // Close anything left open inside it (a VALARM missing its END, say).
      while (open.length && open.at(-1) !== name) {
        lines.push({ text: `END:${open.pop() ?? ''}`, line: entry.line });
      }
      open.pop();
    }
    lines.push({ text, line: entry.line });
  }
  const last = unfolded.at(-1)?.line ?? 0;
  if (open.length)
    warnings.push(`line ${last}: ${open.join(', ')} not closed; closed at the end of the file`);
  while (open.length) lines.push({ text: `END:${open.pop() ?? ''}`, line: last });
  return { lines, warnings };
}

/** Splits cleaned lines into the calendar's shared parts and one block per VEVENT, for recovery. */
export function eventBlocks(lines: IcsLine[]): { shared: IcsLine[]; events: IcsLine[][] } {
  const shared: IcsLine[] = [];
  const events: IcsLine[][] = [];
  let depth = 0;
  let current: IcsLine[] | null = null;
  let inTimezone = false;
  for (const entry of lines) {
    const upper = entry.text.toUpperCase();
    if (upper === 'BEGIN:VEVENT' && depth === 1) current = [];
    if (upper === 'BEGIN:VTIMEZONE' && depth === 1) inTimezone = true;
    if (current) current.push(entry);
    else if (inTimezone) shared.push(entry);
    if (upper.startsWith('BEGIN:')) depth++;
    if (upper.startsWith('END:')) depth--;
    if (upper === 'END:VEVENT' && depth === 1 && current) {
      events.push(current);
      current = null;
    }
    if (upper === 'END:VTIMEZONE' && depth === 1) inTimezone = false;
  }
  return { shared, events };
}

export function joinLines(lines: IcsLine[]): string {
  return `${lines.map((l) => l.text).join('\r\n')}\r\n`;
}
