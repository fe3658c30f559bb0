import { describe, expect, it } from 'vitest';
import { parseVcards } from '../../../../../electron/core/contacts/vcard/parseVcards';
import { draft } from './vcardTestData';

const one = (...lines: string[]) => {
  const parsed = parseVcards(['BEGIN:VCARD', ...lines, 'END:VCARD'].join('\r\n'), 'c.vcf');
  expect(parsed.problems).toEqual([]);
  return parsed.contacts[0];
};
const position = 'c.vcf, card 1 (line 1)';

describe('reading one card', () => {
  it('drops addresses that are not something@something and repeats, and keeps the card', () => {
    expect(
      one(
        'VERSION:3.0',
        'FN:A',
        'EMAIL:a@example.com',
        'EMAIL:not-an-address',
        'EMAIL:two words@example.com',
        'EMAIL;TYPE=work:A@Example.com',
        'EMAIL:mailto:b@example.com',
      )?.emails,
    ).toEqual([
      { address: 'a@example.com', label: '', primary: false },
      { address: 'b@example.com', label: '', primary: false },
    ]);
  });

  it('makes the most preferred values primary, all of them on a tie', () => {
    const card = one(
      'VERSION:4.0',
      'FN:A',
      'EMAIL;PREF=3:a@example.com',
      'EMAIL;PREF=2:b@example.com',
      'EMAIL;PREF=2:c@example.com',
      'TEL:+1 555 0100',
    );
    expect(card?.emails.map((e) => e.primary)).toEqual([false, true, true]);
    expect(card?.phones.map((p) => p.primary)).toEqual([false]);
  });

  it('splits N after an escaped backslash, which ical.js reads as an escaped semicolon', () => {
    expect(one('VERSION:3.0', 'N:Doe\\\\;John\\;Paul;;;')).toEqual(
      draft({
        position,
        displayName: 'John;Paul Doe\\',
        givenName: 'John;Paul',
        familyName: 'Doe\\',
      }),
    );
  });

  it('keeps a TITLE only with its ORG (a role needs an organization) and joins NOTEs', () => {
    expect(one('VERSION:3.0', 'FN:A', 'TITLE:Chief', 'NOTE:one', 'NOTE:two\\nlines')).toEqual(
      draft({ position, displayName: 'A', about: 'one\n\ntwo\nlines' }),
    );
    expect(one('VERSION:3.0', 'FN:A', 'ORG:Acme;Sales', 'TITLE:Chief')?.roles).toEqual([
      { organization: 'Acme', title: 'Chief' },
    ]);
  });

  it('names a card by N with its prefix and suffix when FN is missing or empty', () => {
    expect(one('VERSION:3.0', 'FN:', 'N:Hopper;Grace;Brewster;Rear Admiral;PhD')?.displayName).toBe(
      'Rear Admiral Grace Brewster Hopper PhD',
    );
  });

  it('keeps one birthday and one anniversary, the first valid ones', () => {
    expect(
      one(
        'VERSION:3.0',
        'FN:A',
        'BDAY:soon',
        'BDAY:2001-02-03',
        'BDAY:1999-01-01',
        'X-ANNIVERSARY:--0506',
      )?.dates,
    ).toEqual([
      { kind: 'birthday', label: '', month: 2, day: 3, year: 2001 },
      { kind: 'anniversary', label: '', month: 5, day: 6, year: null },
    ]);
  });
});
