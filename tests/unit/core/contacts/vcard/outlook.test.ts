import { describe, expect, it } from 'vitest';
import { parseVcards } from '../../../../../electron/core/contacts/vcard/parseVcards';
import { draft, fixture } from './vcardTestData';

// vCard 2.1 with a byte-order mark and CR CR LF line ends, as Outlook on Windows saves it.
const text = fixture('outlook.vcf');
const parsed = parseVcards(text, 'outlook.vcf');

describe('an Outlook export (vCard 2.1)', () => {
  it('is the file the test means: BOM and CR CR LF', () => {
    expect(text.startsWith('\uFEFFBEGIN:VCARD\r\r\n')).toBe(true);
  });

  it('decodes quoted-printable UTF-8, soft line breaks and bare types', () => {
    expect(parsed.contacts[0]).toEqual(
      draft({
        position: 'outlook.vcf, card 1 (line 1)',
        displayName: 'Zoë Ångström',
        givenName: 'Zoë',
        familyName: 'Ångström',
        // EMAIL;PREF;INTERNET
        emails: [
          { address: 'zoe.angstrom@contoso.example', label: '', primary: true },
          { address: 'zoe@private.example', label: '', primary: false },
        ],
        phones: [
          { number: '+49 30 555 0100', label: 'work', primary: false },
          { number: '+49 151 555 0123', label: 'mobile', primary: false },
          { number: '+49 30 555 0199', label: 'work fax', primary: false },
        ],
        // Quoted-printable across a soft break ("Deutsch=" / "land")
        addresses: [
          {
            label: 'work',
            street: 'Friedrichstraße 100',
            city: 'Berlin',
            region: '',
            postalCode: '10117',
            country: 'Deutschland',
          },
        ],
        links: [{ label: 'work', url: 'https://contoso.example/people/zoe' }],
        roles: [{ organization: 'Contoso Ltd.', title: 'Principal Researcher' }],
        // =0D=0A is a line break; "offi=" / "ce" is one word; 2.1's raw , and ; are text
        about:
          'Met at the Berlin summit.\nFollow up about the München office: budget, timeline; she prefers email.',
        dates: [{ kind: 'birthday', label: '', month: 4, day: 15, year: 1985 }],
      }),
    );
  });

  it('decodes Windows-1252 and keeps 2.1 backslashes as text', () => {
    expect(parsed.contacts[1]).toEqual(
      draft({
        position: 'outlook.vcf, card 2 (line 27)',
        displayName: 'Jürgen Müller',
        givenName: 'Jürgen',
        familyName: 'Müller',
        emails: [{ address: 'juergen@mueller.example', label: '', primary: true }],
        phones: [{ number: '+49 89 555 0177', label: 'home', primary: false }],
        roles: [{ organization: 'Müller & Söhne GmbH', title: 'Geschäftsführer – „Vertrieb“' }],
        about: 'Lunch on Friday, 12:30. Shared files are in C:\\shares\\new',
      }),
    );
    expect(parsed.contacts).toHaveLength(2);
    expect(parsed.problems).toEqual([]);
  });
});
