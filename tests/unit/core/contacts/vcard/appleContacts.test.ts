import { describe, expect, it } from 'vitest';
import { parseVcards } from '../../../../../electron/core/contacts/vcard/parseVcards';
import { RED_JPEG } from './fixturePhotos';
import { draft, fixture } from './vcardTestData';

const parsed = parseVcards(fixture('apple-contacts.vcf'), 'apple-contacts.vcf');

describe('an Apple Contacts export (vCard 3.0)', () => {
  it('reads every field of a full card, labels from X-ABLabel included', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.contacts[0]).toEqual(
      draft({
        position: 'apple-contacts.vcf, card 1 (line 1)',
        displayName: 'John Appleseed',
        givenName: 'John',
        familyName: 'Appleseed',
        nickname: 'Johnny',
        emails: [
          // item1.EMAIL + item1.X-ABLabel:_$!<Work>!$_, and type=pref
          { address: 'john@apple.example', label: 'work', primary: true },
          { address: 'johnny@home.example', label: 'home', primary: false },
          // A label of the user's own, unwrapped
          { address: 'j.appleseed@club.example', label: 'Tennis club', primary: false },
        ],
        phones: [
          { number: '+1 (408) 555-0100', label: 'mobile', primary: true },
          { number: '+1 408 555 0199', label: 'work', primary: false },
          { number: '+1 408 555 0142', label: 'work fax', primary: false },
        ],
        addresses: [
          {
            label: 'home',
            street: '1 Infinite Loop\nBuilding 2',
            city: 'Cupertino',
            region: 'CA',
            postalCode: '95014',
            country: 'United States',
          },
        ],
        links: [
          // Apple escapes the colon of a URL: https\://
          { label: 'homepage', url: 'https://www.appleseed.example/' },
          { label: 'twitter', url: 'https://twitter.com/jappleseed' },
        ],
        roles: [{ organization: 'Apple Inc.', title: 'Senior Engineer' }],
        about: 'Met at WWDC 2019.\nPrefers tea, not coffee; allergic to nuts.',
        dates: [
          // BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-15 has no year
          { kind: 'birthday', label: '', month: 3, day: 15, year: null },
          { kind: 'anniversary', label: '', month: 6, day: 12, year: 2010 },
          { kind: 'custom', label: 'Joined Apple', month: 9, day: 1, year: 2015 },
        ],
        // "Friends,Tennis, friends": trimmed, and the second "friends" is the first one again
        tags: ['Friends', 'Tennis'],
        // The indented PHOTO;BASE64: block of macOS Address Book
        photo: { mime: 'image/jpeg', base64: RED_JPEG },
      }),
    );
  });

  it('reads a company card by its name', () => {
    expect(parsed.contacts[1]).toEqual(
      draft({
        position: 'apple-contacts.vcf, card 2 (line 39)',
        displayName: 'Blue Bottle Coffee',
        phones: [{ number: '+1 510 555 0177', label: 'main', primary: true }],
        roles: [{ organization: 'Blue Bottle Coffee', title: '' }],
      }),
    );
    expect(parsed.contacts).toHaveLength(2);
  });
});
