import { describe, expect, it } from 'vitest';
import { relativeTime } from '../../../../renderer/features/settings/relativeTime';
import {
  filterZones,
  FOLLOW_SYSTEM,
  offsetOf,
  zoneSuggestions,
} from '../../../../renderer/features/settings/timeZones';

const NOW = Date.parse('2030-06-11T12:00:00Z');

describe('when a calendar was last read', () => {
  it('says it in words, then as a date', () => {
    expect(relativeTime('2030-06-11T11:59:40Z', NOW, 'en')).toBe('just now');
    expect(relativeTime('2030-06-11T11:57:00Z', NOW, 'en')).toBe('3 minutes ago');
    expect(relativeTime('2030-06-11T09:00:00Z', NOW, 'en')).toBe('3 hours ago');
    expect(relativeTime('2030-06-10T09:00:00Z', NOW, 'en')).toBe('yesterday');
    expect(relativeTime('2030-05-01T09:00:00Z', NOW, 'en')).toBe('on May 1, 2030');
    expect(relativeTime('not a time', NOW, 'en')).toBe('');
  });
});

describe('choosing a time zone', () => {
  const at = new Date(NOW);
  const all = zoneSuggestions('Europe/Berlin', ['Asia/Calcutta'], at);

  it('offers following the system first, then every zone, aliases the user has included', () => {
    expect(all[0]).toEqual({
      id: FOLLOW_SYSTEM,
      label: 'Follow the system (Europe/Berlin)',
      detail: 'GMT+2',
    });
    const ids = all.map((s) => s.id);
    expect(ids).toContain('UTC');
    expect(ids).toContain('Asia/Calcutta');
    expect(ids.length).toBeGreaterThan(300);
  });

  it('finds zones by city, words in any order, or offset', () => {
    expect(filterZones(all, 'berlin')[0]?.id).toBe('Europe/Berlin');
    expect(filterZones(all, 'new york')[0]?.id).toBe('America/New_York');
    expect(filterZones(all, 'york new').map((s) => s.id)).toContain('America/New_York');
    expect(filterZones(all, 'system')[0]?.id).toBe(FOLLOW_SYSTEM);
    expect(filterZones(all, 'gmt+9').map((s) => s.id)).toContain('Asia/Tokyo');
    expect(filterZones(all, 'zzz')).toEqual([]);
    expect(filterZones(all, '  ')).toBe(all);
  });

  it('gives an unknown zone no offset instead of failing', () => {
    expect(offsetOf('Mars/Olympus_Mons', at)).toBe('');
  });
});
