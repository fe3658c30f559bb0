import { describe, expect, it } from 'vitest';
import { parseVcards } from '../../../../../electron/core/contacts/vcard/parseVcards';
import { RED_JPEG } from './fixturePhotos';
import { draft, fixture } from './vcardTestData';

const parsed = parseVcards(fixture('vcard4.vcf'), 'vcard4.vcf');

describe('a vCard 4.0 file', () => {
  it('reads PREF ranks, tel: URIs, a quoted LABEL parameter, ANNIVERSARY and a data URI photo', () => {
    expect(parsed.contacts[0]).toEqual(
      draft({
        position: 'vcard4.vcf, card 1 (line 1)',
        displayName: 'Chloé Dubois',
        givenName: 'Chloé',
        familyName: 'Dubois',
        nickname: 'Clo',
        emails: [
          { address: 'chloe@dubois.example', label: 'work', primary: true },
          { address: 'chloe.perso@mail.example', label: 'home', primary: false },
        ],
        phones: [
          { number: '+33-6-12-34-56-78', label: 'mobile', primary: true },
          { number: '+33-1-23-45-67-89 ext. 42', label: 'work', primary: false },
        ],
        addresses: [
          {
            label: 'work',
            street: '12 Rue de la Paix',
            city: 'Paris',
            region: 'Île-de-France',
            postalCode: '75002',
            country: 'France',
          },
        ],
        links: [{ label: 'home', url: 'https://chloe.example' }],
        roles: [{ organization: 'Dubois & Fils', title: 'Directrice' }],
        about: 'Prefers mornings, and calls over video.',
        dates: [
          { kind: 'birthday', label: '', month: 4, day: 15, year: null },
          { kind: 'anniversary', label: '', month: 9, day: 8, year: 2012 },
        ],
        tags: ['Clients', 'Paris'],
        photo: { mime: 'image/jpeg', base64: RED_JPEG },
      }),
    );
  });

  it('skips a text birthday and a photo at a remote URL, and keeps the card', () => {
    expect(parsed.contacts[1]).toEqual(
      draft({
        position: 'vcard4.vcf, card 2 (line 27)',
        displayName: 'Søren Kierkegaard',
        givenName: 'Søren',
        familyName: 'Kierkegaard',
        emails: [{ address: 'soren@copenhagen.example', label: '', primary: false }],
        dates: [{ kind: 'anniversary', label: '', month: 9, day: 10, year: null }],
      }),
    );
    expect(parsed.contacts).toHaveLength(2);
    expect(parsed.problems).toEqual([]);
  });
});
