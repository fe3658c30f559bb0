import { describe, expect, it } from 'vitest';
import {
  cadenceChoice,
  cadenceSource,
  dueWording,
  usageText,
} from '../../../../renderer/features/reachOut/reachOutText';

describe('when contact is due', () => {
  it('says how overdue, due today, or how soon', () => {
    expect(dueWording(12, 'en')).toBe('overdue by 12 days');
    expect(dueWording(1, 'en')).toBe('overdue by 1 day');
    expect(dueWording(0, 'en')).toBe('due today');
    expect(dueWording(-1, 'en')).toBe('due tomorrow');
    expect(dueWording(-3, 'en')).toBe('due in 3 days');
    expect(dueWording(1200, 'en')).toBe('overdue by 1,200 days');
  });
});

describe('a cadence and where it comes from', () => {
  it('names the tag it follows, or says it was set for the person', () => {
    expect(cadenceSource({ cadence: 'monthly', cadenceFrom: { tag: 'Client' } })).toBe(
      'monthly, from the tag Client',
    );
    expect(cadenceSource({ cadence: '2w', cadenceFrom: 'person' })).toBe(
      'every 2 weeks, set for them',
    );
  });

  it('reads as a menu choice', () => {
    expect(cadenceChoice('2w')).toBe('Every 2 weeks');
    expect(cadenceChoice('quarterly')).toBe('Quarterly');
  });
});

describe('who carries a tag', () => {
  it('counts people and organizations, leaving out what is zero', () => {
    expect(usageText(0, 0)).toBe('no one');
    expect(usageText(1, 0)).toBe('1 person');
    expect(usageText(3, 1)).toBe('3 people and 1 organization');
    expect(usageText(0, 2)).toBe('2 organizations');
  });
});
