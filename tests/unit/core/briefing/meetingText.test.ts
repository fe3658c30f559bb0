import { describe, expect, it } from 'vitest';
import { initialsOf } from '../../../../electron/core/briefing/attendeeDossiers';
import { noteSummary } from '../../../../electron/core/briefing/noteSummary';
import { videoLinkOf } from '../../../../electron/core/briefing/videoLink';

const event = (location: string, url = '', description = '') => ({ location, url, description });

describe('the video link of a meeting', () => {
  it('finds a known service in the location, the URL or the description, in that order', () => {
    expect(videoLinkOf(event('https://meet.google.com/abc-defg-hij'))).toBe(
      'https://meet.google.com/abc-defg-hij',
    );
    expect(
      videoLinkOf(event('Room 4B', 'https://acme.zoom.us/j/123?pwd=x', 'https://example.com/doc')),
    ).toBe('https://acme.zoom.us/j/123?pwd=x');
    expect(
      videoLinkOf(
        event(
          'Microsoft Teams Meeting',
          '',
          'Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_x/0?context=%7b%7d.\nAgenda: https://intranet.example/agenda',
        ),
      ),
    ).toBe('https://teams.microsoft.com/l/meetup-join/19%3ameeting_x/0?context=%7b%7d');
  });

  it('takes any link written as the whole location, and nothing from plain places', () => {
    expect(videoLinkOf(event('https://video.example.org/room/42'))).toBe(
      'https://video.example.org/room/42',
    );
    expect(videoLinkOf(event('Initech HQ, room 4B', '', 'See https://example.com/map'))).toBeNull();
    expect(videoLinkOf(event('https://notzoom.us.evil.example/x and more'))).toBeNull();
  });
});

describe('the summary of a note', () => {
  it('keeps the first lines, shows mentions as names, drops markdown markers', () => {
    expect(
      noteSummary(
        '## Q1 plan\n\n- Talked to @[Ada Lovelace](person:00000000-0000-4000-8000-000000000001)\n[ ] send deck\n4. fourth line',
      ),
    ).toBe('Q1 plan\nTalked to @Ada Lovelace\nsend deck');
  });

  it('cuts a long note at a word', () => {
    const summary = noteSummary(`${'word '.repeat(100)}end`);
    expect(summary.length).toBeLessThanOrEqual(281);
    expect(summary.endsWith('word…')).toBe(true);
    expect(noteSummary('   \n\n')).toBe('');
  });
});

describe('initials', () => {
  it('come from the given and family names, else the display name', () => {
    expect(initialsOf({ displayName: 'Dana Kim', givenName: '', familyName: '' })).toBe('DK');
    expect(initialsOf({ displayName: 'Dr. J', givenName: 'José', familyName: 'Álvarez' })).toBe(
      'JÁ',
    );
    expect(initialsOf({ displayName: 'Mary Ann de la Cruz', givenName: '', familyName: '' })).toBe(
      'MC',
    );
    expect(initialsOf({ displayName: 'Prince', givenName: '', familyName: '' })).toBe('P');
  });
});
