import { describe, expect, it } from 'vitest';
import { parseMentions } from '../../../../shared/capture/parseNote';
import {
  continueTaskList,
  mentionBeforeCaret,
  mentionLink,
  newTaskLine,
} from '../../../../renderer/features/capture/noteText';

const ID = '0b7e3c1a-5d2f-4e8a-9c61-2f4d8b7a1e93';

describe('note editing rules', () => {
  it('finds the @mention being typed, but not an email address', () => {
    expect(mentionBeforeCaret('Met @Ad', 7)).toEqual({ start: 4, query: 'Ad' });
    expect(mentionBeforeCaret('Met @Ada Lo', 11)).toEqual({ start: 4, query: 'Ada Lo' });
    expect(mentionBeforeCaret('@José', 5)).toEqual({ start: 0, query: 'José' });
    expect(mentionBeforeCaret('Met @', 5)).toBeNull();
    expect(mentionBeforeCaret('Met @Ada ', 9)).toBeNull();
    expect(mentionBeforeCaret('mail ada@example.com', 20)).toBeNull();
  });

  it('inserts links the core’s parser reads back, whatever the name holds', () => {
    expect(parseMentions(`Hi ${mentionLink('Ada Lovelace', ID)} there`)).toEqual([
      { name: 'Ada Lovelace', personId: ID },
    ]);
    const odd = mentionLink('Ada [the] Countess\nof Lovelace', ID);
    expect(parseMentions(odd)).toEqual([{ name: 'Ada the Countess of Lovelace', personId: ID }]);
  });

  it('continues a task list on Enter and ends it on an empty task', () => {
    const value = 'Notes\n- [ ] Send the deck';
    expect(continueTaskList(value, value.length)).toEqual({
      start: value.length,
      end: value.length,
      text: '\n- [ ] ',
    });
    const empty = 'Notes\n[ ] ';
    expect(continueTaskList(empty, empty.length)).toEqual({ start: 6, end: 10, text: '' });
    expect(continueTaskList(value, 3)).toBeNull();
    expect(continueTaskList('Plain line', 10)).toBeNull();
  });

  it('adds a follow-up line on the caret’s empty line, else after it', () => {
    expect(newTaskLine('', 0)).toEqual({ start: 0, end: 0, text: '[ ] ' });
    expect(newTaskLine('Call went well', 4)).toEqual({ start: 14, end: 14, text: '\n[ ] ' });
    expect(newTaskLine('First\n\nThird', 6)).toEqual({ start: 6, end: 6, text: '[ ] ' });
  });
});
