/** Pure text rules of the note editor: task lines and @mentions being typed. */

/** The line around `position`: where it starts and ends, and its text. */
export function lineAt(value: string, position: number) {
  const start = value.lastIndexOf('\n', position - 1) + 1;
  const newline = value.indexOf('\n', position);
  const end = newline === -1 ? value.length : newline;
  return { start, end, text: value.slice(start, end) };
}

const TASK_LINE = /^(\s*(?:[-*+]\s+)?)\[ \](\s*)(.*)$/;

/**
 * Enter at the end of a "[ ] task" line: the next line starts a task too; on an empty task line
 * it ends the list. Returns the edit to make, or null to let Enter be a plain newline.
 */
export function continueTaskList(
  value: string,
  caret: number,
): { start: number; end: number; text: string } | null {
  const line = lineAt(value, caret);
  if (caret !== line.end) return null;
  const match = TASK_LINE.exec(line.text);
  if (!match) return null;
  if (!match[3]?.trim()) return { start: line.start, end: line.end, text: '' };
  return { start: caret, end: caret, text: `\n${match[1] ?? ''}[ ] ` };
}

/** Where "Add follow-up" puts a new "[ ] " line: on the caret's line if empty, else after it. */
export function newTaskLine(
  value: string,
  caret: number,
): { start: number; end: number; text: string } {
  const line = lineAt(value, caret);
  if (!line.text.trim()) return { start: line.start, end: line.end, text: '[ ] ' };
  return { start: line.end, end: line.end, text: '\n[ ] ' };
}

/**
 * An @mention being typed just before the caret ("@Ad", "@Ada Lo"): where its @ is and what
 * follows it. Not after a letter or digit, so email addresses do not count.
 */
const MENTION_QUERY =
  /(?:^|[^\p{L}\p{N}_@[\]])@(\p{L}[\p{L}\p{M}'’.-]*(?: \p{L}[\p{L}\p{M}'’-]*)?)$/u;

export function mentionBeforeCaret(
  value: string,
  caret: number,
): { start: number; query: string } | null {
  const head = value.slice(Math.max(0, caret - 80), caret);
  const match = MENTION_QUERY.exec(head);
  if (!match?.[1]) return null;
  return { start: caret - match[1].length - 1, query: match[1] };
}

/** The link the type-ahead inserts; brackets and newlines cannot be part of the name. */
export function mentionLink(name: string, id: string): string {
  const safe = name
    .replace(/[[\]\n\r]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
  return `@[${safe || 'someone'}](person:${id})`;
}
