import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVcards } from '../../../../../electron/core/contacts/vcard/parseVcards';
import { vcardsOf } from '../../../../../electron/core/contacts/vcard/writeVcards';
import { draftOf, person } from './vcardTestData';

/** Text with the characters vCard escapes, line breaks and every size of UTF-8 character. */
const tricky = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', ',', ';', ':', '\\', '"', '^', '=', '\n', 'é', '日', '🎉'),
  maxLength: 120,
});
/** Names are stored trimmed: the reader trims them too. */
const name = tricky.map((s) => s.replace(/\n/g, ' ').trim()).filter((s) => s.length > 0);
const label = fc.constantFrom('', 'work', 'home', 'mobile', 'home fax', 'Gym', 'a, b', 'x;y');
const email = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9._%+-]{1,12}$/),
    fc.stringMatching(/^[a-z0-9-]{1,10}\.[a-z]{2,4}$/),
  )
  .map(([local, domain]) => `${local}@${domain}`);

describe('vCard export then import', () => {
  it('gives back names, emails, notes and tags for any text', () => {
    fc.assert(
      fc.property(
        name,
        tricky.map((s) => s.trim()),
        fc.uniqueArray(email, { maxLength: 3, selector: (e) => e.toLowerCase() }),
        fc.array(fc.tuple(label, fc.boolean()), { minLength: 3, maxLength: 3 }),
        tricky,
        fc.uniqueArray(name, { maxLength: 3, selector: (t) => t.toLowerCase() }),
        (displayName, givenName, addresses, labels, about, tags) => {
          const someone = person({
            displayName,
            givenName,
            familyName: '',
            emails: addresses.map((address, i) => ({
              address,
              label: labels[i]?.[0] ?? '',
              primary: labels[i]?.[1] ?? false,
            })),
            // The reader does not keep a note that is only whitespace
            about: about.trim() ? about.replace(/\r/g, '') : '',
            tags: tags.map((t, i) => ({
              id: String(i),
              name: t,
              color: 'gray' as const,
              cadence: null,
            })),
          });
          const parsed = parseVcards(
            vcardsOf([someone], () => null),
            'p.vcf',
          );
          expect(parsed).toEqual({
            contacts: [draftOf(someone, 'p.vcf, card 1 (line 1)', null)],
            problems: [],
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws, whatever the file holds', () => {
    const line = fc.string({
      unit: fc.constantFrom(
        'A',
        'X',
        '-',
        ';',
        ':',
        '=',
        '"',
        ',',
        '\\',
        '.',
        ' ',
        'é',
        'BEGIN',
        'END',
        'VCARD',
        'TYPE',
        'QUOTED-PRINTABLE',
        'BASE64',
        '\r',
        '\n',
      ),
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 8 }),
        fc.constantFrom('2.1', '3.0', '4.0'),
        (lines, version) => {
          const text = ['BEGIN:VCARD', `VERSION:${version}`, 'FN:x', ...lines, 'END:VCARD'].join(
            '\r\n',
          );
          const parsed = parseVcards(text, 'f.vcf');
          expect(parsed.contacts.length + parsed.problems.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
