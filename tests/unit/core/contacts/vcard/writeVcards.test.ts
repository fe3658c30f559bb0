import { describe, expect, it } from 'vitest';
import { parseVcards } from '../../../../../electron/core/contacts/vcard/parseVcards';
import { vcardsOf } from '../../../../../electron/core/contacts/vcard/writeVcards';
import type { Person } from '../../../../../shared/domain/person';
import { GREEN_PNG, RED_JPEG } from './fixturePhotos';
import { draftOf, person } from './vcardTestData';

const rich: Person = person({
  displayName: 'Grace Hopper',
  givenName: 'Grace',
  familyName: 'Hopper',
  nickname: 'Amazing Grace',
  emails: [
    { address: 'grace@navy.example', label: 'work', primary: true },
    { address: 'grace@home.example', label: 'home', primary: false },
    { address: 'grace@club.example', label: 'Chess club', primary: false },
  ],
  phones: [
    { number: '+1 202 555 0143', label: 'mobile', primary: true },
    { number: '+1 202 555 0100', label: 'work fax', primary: false },
  ],
  addresses: [
    {
      label: 'work',
      street: '1000 Navy Pentagon\nRoom 4',
      city: 'Washington',
      region: 'DC',
      postalCode: '20350',
      country: 'USA',
    },
  ],
  links: [
    { label: 'LinkedIn', url: 'https://www.linkedin.com/in/gracehopper' },
    { label: '', url: 'https://grace.example' },
  ],
  roles: [
    {
      organizationId: 'o-old',
      organizationName: 'Harvard',
      title: 'Research Fellow',
      startDate: null,
      endDate: '1949-01-01',
      current: false,
    },
    {
      organizationId: 'o-navy',
      organizationName: 'US Navy',
      title: 'Rear Admiral',
      startDate: null,
      endDate: null,
      current: true,
    },
  ],
  about: 'Wrote the first compiler.\nAsk about the moth.',
  dates: [
    { kind: 'birthday', label: '', month: 12, day: 9, year: 1906 },
    { kind: 'anniversary', label: '', month: 6, day: 15, year: null },
    { kind: 'custom', label: 'Retired', month: 8, day: 14, year: 1986 },
  ],
  tags: [
    { id: 't1', name: 'Navy', color: 'blue', cadence: null },
    { id: 't2', name: 'Computing', color: 'green', cadence: null },
  ],
});

const photos = (id: string) => (id === rich.id ? { mime: 'image/jpeg', base64: RED_JPEG } : null);

describe('writing people as vCard 4.0', () => {
  it('writes each field as RFC 6350 has it, with CRLF line ends', () => {
    const text = vcardsOf([rich], () => null);
    expect(text).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:4.0',
        'UID:urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e',
        'FN:Grace Hopper',
        'N:Hopper;Grace;;;',
        'NICKNAME:Amazing Grace',
        'EMAIL;TYPE=work;PREF=1:grace@navy.example',
        'EMAIL;TYPE=home:grace@home.example',
        'EMAIL;TYPE="Chess club":grace@club.example',
        'TEL;TYPE=cell;PREF=1:+1 202 555 0143',
        'TEL;TYPE=work,fax:+1 202 555 0100',
        'ADR;TYPE=work:;;1000 Navy Pentagon\\nRoom 4;Washington;DC;20350;USA',
        'URL;TYPE=LinkedIn:https://www.linkedin.com/in/gracehopper',
        'URL:https://grace.example',
        // The current role, not the first one
        'ORG:US Navy',
        'TITLE:Rear Admiral',
        'NOTE:Wrote the first compiler.\\nAsk about the moth.',
        'BDAY:19061209',
        'ANNIVERSARY:--0615',
        'CATEGORIES:Navy,Computing',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
    expect(text).not.toMatch(/X-ABLabel/i);
  });

  it('reads back every field a vCard carries', () => {
    const text = vcardsOf([rich], photos);
    expect(parseVcards(text, 'export.vcf')).toEqual({
      contacts: [
        draftOf(rich, 'export.vcf, card 1 (line 1)', { mime: 'image/jpeg', base64: RED_JPEG }),
      ],
      problems: [],
    });
  });

  it('round-trips text full of separators, escapes, emoji and long lines', () => {
    const tricky = person({
      displayName: 'Zoë "Z" Ångström-Łukasiewicz, PhD; 🎉',
      givenName: 'Zoë; the first',
      familyName: 'Ångström\\Łukasiewicz,',
      nickname: 'Z, the; one\\',
      emails: [{ address: 'zoë+tag@exämple.com', label: 'a, b; "c"', primary: true }],
      phones: [{ number: '+1 555 0100,,22;ext', label: 'mobile', primary: false }],
      addresses: [
        {
          label: 'home',
          street: '1 Main St\nApt 2; rear, left\\',
          city: 'Saint-Étienne',
          region: '',
          postalCode: '42000',
          country: 'France',
        },
      ],
      links: [{ label: 'Blog ✍️', url: 'https://example.com/a?b=1,2;c=\\d' }],
      roles: [
        {
          organizationId: 'o',
          organizationName: 'Acme; Inc, \\ Ltd',
          title: 'Chief ☕ Officer, Nights;',
          startDate: null,
          endDate: null,
          current: true,
        },
      ],
      about: `Line one\nLine two, with commas; semicolons \\ backslashes\n\n${'Ünïcödé 日本語 '.repeat(20)}${'👩‍👩‍👧‍👦'.repeat(12)}`,
      dates: [{ kind: 'birthday', label: '', month: 2, day: 29, year: null }],
      tags: [
        { id: 'a', name: 'Friends, close', color: 'red', cadence: null },
        { id: 'b', name: 'ends in \\', color: 'gray', cadence: null },
        { id: 'c', name: 'semi;colon', color: 'gray', cadence: null },
      ],
    });
    const text = vcardsOf([tricky], () => ({ mime: 'image/png', base64: GREEN_PNG }));
    const physical = text.split('\r\n');
    expect(physical.length).toBeGreaterThan(20);
    for (const line of physical) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
    expect(parseVcards(text, 'tricky.vcf')).toEqual({
      contacts: [
        draftOf(tricky, 'tricky.vcf, card 1 (line 1)', { mime: 'image/png', base64: GREEN_PNG }),
      ],
      problems: [],
    });
  });

  it('writes one card per person, in order, and leaves out what is empty', () => {
    const bare = person({
      id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      displayName: 'Bare',
      givenName: '',
      familyName: '',
      addresses: [{ label: '', street: '', city: '', region: '', postalCode: '', country: '' }],
    });
    const text = vcardsOf([rich, bare], photos);
    expect(text.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(2);
    expect(text.endsWith('FN:Bare\r\nN:;;;;\r\nEND:VCARD\r\n')).toBe(true);
    expect(parseVcards(text, 'two.vcf').contacts.map((c) => c.displayName)).toEqual([
      'Grace Hopper',
      'Bare',
    ]);
    expect(vcardsOf([], photos)).toBe('');
  });
});
