import ICAL from 'ical.js';
import type {
  ContactDraft,
  ContactProblem,
  ParsedContacts,
} from '../../../../shared/domain/contacts';
import { readCard, type ReadCard } from './readVcard';
import { normalizeCard } from './vcard21';
import type { VcardComponent } from './vcardProperty';
import { physicalLines, splitCards, unfoldLines, type CardBlock } from './vcardText';

function parseComponent(text: string): VcardComponent {
  const component = new ICAL.Component(ICAL.parse(text) as unknown[]);
  if (component.name !== 'vcard') throw new Error(`a ${component.name} is not a card`);
  return component;
}

function readBlock(card: CardBlock): ReadCard {
  if (card.end.kind === 'next-card') {
    return { ok: false, reason: `no END:VCARD before the next card (line ${card.end.line})` };
  }
  if (card.end.kind === 'end-of-file') {
    return { ok: false, reason: 'the file ends before its END:VCARD' };
  }
  const normalized = normalizeCard(card.lines);
  if (!normalized.ok) return normalized;
  try {
    return readCard(parseComponent(normalized.text));
  } catch (error) {
    return { ok: false, reason: `could not be read (${(error as Error).message})` };
  }
}

/**
 * Reads a .vcf file of one or many cards (vCard 2.1, 3.0 or 4.0) into contact drafts. A card that
 * cannot be read, and text outside any card, becomes a problem with its place in the file; the
 * other cards are read all the same. Never throws.
 */
export function parseVcards(text: string, fileName: string): ParsedContacts {
  const { cards, strays } = splitCards(unfoldLines(physicalLines(text)));
  if (!cards.length) {
    const reason = text.trim()
      ? 'no vCard in this file (no BEGIN:VCARD line)'
      : 'the file is empty';
    return { contacts: [], problems: [{ position: fileName, reason }] };
  }
  const contacts: ContactDraft[] = [];
  const problems: (ContactProblem & { line: number })[] = strays.map((stray) => ({
    position: `${fileName}, line ${stray.line}`,
    reason:
      stray.count === 1
        ? 'a line outside any card (no BEGIN:VCARD before it), skipped'
        : `${stray.count} lines outside any card (no BEGIN:VCARD before them), skipped`,
    line: stray.line,
  }));
  for (const card of cards) {
    const position = `${fileName}, card ${card.number} (line ${card.line})`;
    const read = readBlock(card);
    if (read.ok) contacts.push({ position, ...read.contact });
    else problems.push({ position, reason: read.reason, line: card.line });
  }
  problems.sort((a, b) => a.line - b.line);
  return { contacts, problems: problems.map(({ position, reason }) => ({ position, reason })) };
}
