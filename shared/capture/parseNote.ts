/**
 * What a quick-capture note says besides its text: task lines (`[ ] call the bank by 2026-12-01`)
 * and mentions (`@Ada`, `@Ada Lovelace`, or `@[Ada Lovelace](person:<id>)` as inserted by the
 * type-ahead). Pure, so the editor's live preview and the core agree exactly.
 */

export interface ParsedTask {
  title: string;
  dueOn: string | null;
  line: number;
}

export interface ParsedMention {
  /** The name as written, without the @ and brackets. */
  name: string;
  /** Set when the mention carries an id (inserted by the type-ahead). */
  personId: string | null;
}

const TASK = /^\s*(?:[-*+]\s+)?\[ \]\s+(.+?)\s*$/;
const DUE = /\s*(?:\(|\b)(?:due|by)[:\s]+(\d{4}-\d{2}-\d{2})\)?\s*$/i;
const LINKED_MENTION = /@\[([^\]\n]{1,200})\]\(person:([0-9a-f-]{36})\)/gi;
// A bare mention: one word, or two when the second is capitalised ("@Ada Lovelace").
const BARE_MENTION = /(^|[^\p{L}\p{N}_@[])@(\p{L}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*)?)/gu;

export function parseTasks(body: string): ParsedTask[] {
  const tasks: ParsedTask[] = [];
  body.split('\n').forEach((text, line) => {
    const match = TASK.exec(text);
    if (!match?.[1]) return;
    const due = DUE.exec(match[1]);
    const title = (due ? match[1].slice(0, due.index) : match[1]).trim();
    if (title) tasks.push({ title, dueOn: due?.[1] ?? null, line });
  });
  return tasks;
}

export function parseMentions(body: string): ParsedMention[] {
  const mentions: ParsedMention[] = [];
  const seen = new Set<string>();
  const add = (name: string, personId: string | null) => {
    const key = personId ?? name.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    mentions.push({ name, personId });
  };
  for (const match of body.matchAll(LINKED_MENTION)) {
    if (match[1] && match[2]) add(match[1].trim(), match[2].toLowerCase());
  }
  const withoutLinked = body.replace(LINKED_MENTION, ' ');
  for (const match of withoutLinked.matchAll(BARE_MENTION)) {
    if (match[2]) add(match[2], null);
  }
  return mentions;
}

/** The text of a note with linked mentions shown as plain names, for previews and exports. */
export function plainMentions(body: string): string {
  return body.replace(LINKED_MENTION, (_all, name: string) => `@${name}`);
}
