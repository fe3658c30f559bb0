import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

/**
 * What ical.js 2.2 does with real vCards on its own: the reasons for vcardText.ts and vcard21.ts.
 * When one of these starts failing after an upgrade, the workaround for it may be removable.
 */
const card = (...lines: string[]) => ['BEGIN:VCARD', ...lines, 'END:VCARD', ''].join('\r\n');
/** A call that parses, for expect(…).toThrow. */
const parsing = (text: string) => () => {
  ICAL.parse(text);
};
const jcal = (text: string) =>
  ICAL.parse(text) as [string, [string, object, string, ...unknown[]][]];

describe('ical.js reading vCards unaided', () => {
  it('throws on a bare 2.1 parameter and on a quoted-printable soft break', () => {
    expect(parsing(card('VERSION:2.1', 'TEL;WORK;VOICE:+1 555'))).toThrow(/Invalid parameters/);
    expect(
      parsing(card('VERSION:2.1', 'FN;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB =', '=C3=85ngstr=C3=B6m')),
    ).toThrow(/invalid line/);
  });

  it('leaves quoted-printable undecoded', () => {
    const [, props] = jcal(card('VERSION:2.1', 'FN;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB'));
    expect(props[1]?.[3]).toBe('Zo=C3=AB');
  });

  it('keeps the CR of CR CR LF line ends in every value', () => {
    const [, props] = jcal('BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nFN:Ada\r\r\nEND:VCARD\r\r\n');
    expect(props[1]?.[3]).toBe('Ada\r');
  });

  it('throws on the PHOTO;BASE64 block of macOS Address Book', () => {
    expect(parsing(card('VERSION:3.0', 'PHOTO;BASE64:', '  /9j/4AAQ', '  SkZJRg=='))).toThrow(
      /parameter/,
    );
  });

  it("reads Apple's year-less birthday as a date in 1604, and a group as a parameter", () => {
    const [, props] = jcal(
      card('VERSION:3.0', 'BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-15', 'item1.X-ABLabel:_$!<Work>!$_'),
    );
    expect(props[1]).toEqual(['bday', { 'x-apple-omit-year': '1604' }, 'date', '1604-03-15']);
    expect(props[2]).toEqual(['x-ablabel', { group: 'item1' }, 'unknown', '_$!<Work>!$_']);
  });

  it('decodes escapes differently per value type, and mangles a date that is not one', () => {
    const raw = 'a\\\\b\\,c\\;d\\:e';
    const [, props] = jcal(
      card('VERSION:3.0', `NOTE:${raw}`, `URL:${raw}`, `TEL:${raw}`, `X-A:${raw}`, 'BDAY:April 15'),
    );
    expect(props.slice(1).map((p) => p[3])).toEqual([
      'a\\b,c\\;d\\:e', // text: \; and \: stay
      raw, // 3.0 uri: nothing decoded
      'ab,c;d:e', // phone-number: every backslash gone
      raw, // unknown: nothing decoded
      'Apri-l -15',
    ]);
  });

  it('reads a card as 4.0 only when VERSION:4.0 is its first property', () => {
    const [, props] = jcal(card('FN:A', 'VERSION:4.0', 'BDAY:--0415'));
    // 3.0's design: the 4.0 type date-and-or-time is not used
    expect(props[2]?.[2]).toBe('date');
  });
});
