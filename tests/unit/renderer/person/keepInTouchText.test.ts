import { describe, expect, it } from 'vitest';
import type { KeepInTouch } from '../../../../shared/domain/insights';
import type { Tag } from '../../../../shared/domain/tag';
import {
  dueText,
  followTagsLabel,
  lastContactText,
} from '../../../../renderer/features/person/relationship/keepInTouchText';

const state = (daysOverdue: number | null): KeepInTouch => ({
  cadence: daysOverdue === null ? null : 'monthly',
  from: daysOverdue === null ? null : 'person',
  lastContactAt: null,
  dueOn: daysOverdue === null ? null : '2030-06-11',
  daysOverdue,
});

const tag = (name: string, cadence: Tag['cadence']): Tag => ({
  id: name,
  name,
  color: 'gray',
  cadence,
});

describe('keep in touch wording', () => {
  it('says when the next contact is due, in days', () => {
    expect(dueText(state(-5))).toBe('Due in 5 days');
    expect(dueText(state(-1))).toBe('Due in 1 day');
    expect(dueText(state(0))).toBe('Due today');
    expect(dueText(state(1))).toBe('Overdue by 1 day');
    expect(dueText(state(12))).toBe('Overdue by 12 days');
    expect(dueText(state(null))).toBeNull();
  });

  it('names the cadence the tags would give, and its tag', () => {
    expect(followTagsLabel([])).toBe('Follow tags');
    expect(followTagsLabel([tag('Friend', null)])).toBe('Follow tags');
    expect(followTagsLabel([tag('Friend', 'quarterly'), tag('Client', 'monthly')])).toBe(
      'Follow tags (monthly, from Client)',
    );
    expect(followTagsLabel([tag('Team', '2w')])).toBe('Follow tags (every 2 weeks, from Team)');
  });

  it('says when the last contact was, or that there was none', () => {
    const now = new Date(2030, 5, 11, 12);
    expect(lastContactText(null, now)).toBe('Last contact: never');
    expect(lastContactText(new Date(2030, 5, 8, 9).toISOString(), now)).toBe(
      'Last contact: 3 days ago',
    );
  });
});
