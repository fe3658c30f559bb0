import { describe, expect, it } from 'vitest';
import { parseMentions, parseTasks, plainMentions } from '../../../../shared/capture/parseNote';

describe('reading a quick-capture note', () => {
  it('turns "[ ]" lines into follow-ups, with an optional due date', () => {
    const body = [
      'Talked about the Q2 plan.',
      '[ ] Send the deck',
      '- [ ] Book dinner by 2026-12-01',
      '* [ ] Call the bank (due 2026-11-30)',
      '[x] Already done',
      '[ ]    ',
      'not a [ ] task',
    ].join('\n');
    expect(parseTasks(body)).toEqual([
      { title: 'Send the deck', dueOn: null, line: 1 },
      { title: 'Book dinner', dueOn: '2026-12-01', line: 2 },
      { title: 'Call the bank', dueOn: '2026-11-30', line: 3 },
    ]);
  });

  it('finds @mentions: one word, two capitalised words, or linked by id', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    const body = `Met @Ada Lovelace and @grace; @[José Álvarez](person:${id}) joined. Mail ada@example.com. @Ada again.`;
    expect(parseMentions(body)).toEqual([
      { name: 'José Álvarez', personId: id },
      { name: 'Ada Lovelace', personId: null },
      { name: 'grace', personId: null },
      { name: 'Ada', personId: null },
    ]);
    expect(plainMentions(body)).toContain('@José Álvarez joined');
  });
});
