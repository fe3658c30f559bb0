import { describe, expect, it } from 'vitest';
import { parseVcards } from '../../../../../electron/core/contacts/vcard/parseVcards';
import { GREEN_JPEG, GREEN_PNG } from './fixturePhotos';
import { draft, fixture } from './vcardTestData';

const parsed = parseVcards(fixture('android.vcf'), 'android.vcf');

describe('an Android contacts export (vCard 2.1 and 3.0)', () => {
  it('reads a 2.1 card: quoted-printable names, TEL;CELL, a PHOTO;ENCODING=BASE64;JPEG block', () => {
    expect(parsed.contacts[0]).toEqual(
      draft({
        position: 'android.vcf, card 1 (line 1)',
        displayName: 'Ayşe Öztürk',
        givenName: 'Ayşe',
        familyName: 'Öztürk',
        emails: [{ address: 'ayse@example.com.tr', label: 'home', primary: false }],
        phones: [
          { number: '+90 532 555 0101', label: 'mobile', primary: false },
          { number: '+90 212 555 0102', label: 'home', primary: false },
        ],
        roles: [{ organization: 'Bosphorus Labs', title: 'CTO' }],
        about: 'İstanbul ofisinde tanıştık.',
        dates: [{ kind: 'birthday', label: '', month: 7, day: 21, year: 1990 }],
        photo: { mime: 'image/jpeg', base64: GREEN_JPEG },
      }),
    );
  });

  it('reads a 3.0 card with an ENCODING=B PNG photo', () => {
    expect(parsed.contacts[1]).toEqual(
      draft({
        position: 'android.vcf, card 2 (line 21)',
        displayName: 'Kenji Nakamura',
        givenName: 'Kenji',
        familyName: 'Nakamura',
        emails: [{ address: 'kenji@example.jp', label: 'work', primary: false }],
        phones: [{ number: '+81 90-5555-0103', label: 'mobile', primary: false }],
        photo: { mime: 'image/png', base64: GREEN_PNG },
      }),
    );
    expect(parsed.contacts).toHaveLength(2);
    expect(parsed.problems).toEqual([]);
  });
});
