import { plainMentions } from '../../../shared/capture/parseNote';

const MAX_LINES = 3;
const MAX_CHARS = 280;

/**
 * The first lines of a note as a briefing shows them: linked mentions as plain names, markdown
 * markers that would read as noise in a summary (headings, list bullets, task boxes) dropped,
 * cut at a word boundary.
 */
export function noteSummary(body: string): string {
  const lines = plainMentions(body)
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
        .replace(/^\[[ xX]\]\s+/, '')
        .trim(),
    )
    .filter(Boolean)
    .slice(0, MAX_LINES);
  const text = lines.join('\n');
  if (text.length <= MAX_CHARS) return text;
  const cut = text.slice(0, MAX_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_CHARS * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
