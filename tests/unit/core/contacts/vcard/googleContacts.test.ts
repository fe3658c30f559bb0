import { describe, expect, it } from 'vitest';
import { parseVcards } from '../../../../../electron/core/contacts/vcard/parseVcards';
import { draft, fixture } from './vcardTestData';

const parsed = parseVcards(fixture('google-contacts.vcf'), 'google-contacts.vcf');

describe('a Google Contacts export (vCard 3.0)', () => {
  it('reads a full card: repeated TYPE parameters, X-SOCIALPROFILE, escaped NOTE', () => {
    expect(parsed.contacts[0]).toEqual(
      draft({
        position: 'google-contacts.vcf, card 1 (line 1)',
        displayName: 'Grace Hopper',
        givenName: 'Grace',
        familyName: 'Hopper',
        nickname: 'Amazing Grace',
        // "grace(at)old-mail.example" is not an address: dropped, the card is kept.
        // Google marks no email preferred, so none is primary.
        emails: [
          { address: 'grace@navy.example', label: 'work', primary: false },
          { address: 'grace.hopper@gmail.example', label: 'home', primary: false },
        ],
        phones: [
          { number: '+1 202-555-0143', label: 'mobile', primary: false },
          { number: '(202) 555-0100', label: 'work', primary: false },
        ],
        addresses: [
          {
            label: 'work',
            street: '1000 Navy Pentagon',
            city: 'Washington',
            region: 'DC',
            postalCode: '20350',
            country: 'USA',
          },
        ],
        links: [
          { label: 'Blog', url: 'https://grace.example/blog' },
          { label: 'linkedin', url: 'https://www.linkedin.com/in/gracehopper' },
        ],
        roles: [{ organization: 'US Navy', title: 'Rear Admiral' }],
        about: 'Wrote the first compiler.\nAsk her about the moth, "the first bug".',
        dates: [{ kind: 'birthday', label: '', month: 12, day: 9, year: 1906 }],
        // Google's own "myContacts" group is not a tag
        tags: ['Navy', 'Computing'],
      }),
    );
  });

  it('names a card without FN from N, then ORG, then its email', () => {
    expect(parsed.contacts.slice(1)).toEqual([
      draft({
        position: 'google-contacts.vcf, card 2 (line 21)',
        displayName: 'Ada Lovelace',
        givenName: 'Ada',
        familyName: 'Lovelace',
        emails: [{ address: 'ada@analytical.example', label: '', primary: false }],
        dates: [{ kind: 'birthday', label: '', month: 12, day: 10, year: null }],
      }),
      draft({
        position: 'google-contacts.vcf, card 3 (line 28)',
        displayName: 'someone@unknown.example',
        emails: [{ address: 'someone@unknown.example', label: '', primary: false }],
        phones: [{ number: '+44 20 7946 0000', label: 'mobile', primary: false }],
      }),
      draft({
        position: 'google-contacts.vcf, card 4 (line 33)',
        displayName: 'Analytical Engines Ltd.',
        phones: [{ number: '+44 20 7946 0999', label: 'work', primary: false }],
        roles: [{ organization: 'Analytical Engines Ltd.', title: '' }],
      }),
    ]);
    expect(parsed.problems).toEqual([]);
  });
});
