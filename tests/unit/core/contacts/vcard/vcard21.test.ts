import { describe, expect, it } from 'vitest';
import {
  decodeBytes,
  decodeQuotedPrintable,
  escape21,
  normalizeCard,
} from '../../../../../electron/core/contacts/vcard/vcard21';

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 2 }));

describe('quoted-printable and charsets', () => {
  it('decodes UTF-8, ISO-8859-1 and Windows-1252', () => {
    expect(decodeQuotedPrintable('Zo=C3=AB =C3=85ngstr=C3=B6m', 'utf-8')).toBe('Zoë Ångström');
    expect(decodeQuotedPrintable('M=FCller', 'ISO-8859-1')).toBe('Müller');
    // Node 20's own TextDecoder gets these wrong (control characters instead of € “ ”)
    expect(decodeQuotedPrintable('=80 5, =93quoted=94', 'Windows-1252')).toBe('€ 5, “quoted”');
    expect(decodeQuotedPrintable('=80', 'iso-8859-1')).toBe('€');
  });

  it('keeps literal text and a stray = as they are', () => {
    expect(decodeQuotedPrintable('a=3Db = c=', 'utf-8')).toBe('a=b = c=');
  });

  it('without a charset, reads UTF-8 when the bytes are UTF-8, else Windows-1252', () => {
    expect(decodeQuotedPrintable('=C3=A9t=C3=A9', '')).toBe('été');
    expect(decodeQuotedPrintable('=E9t=E9 =80', '')).toBe('été €');
  });

  it('falls back when the charset is unknown or does not fit the bytes', () => {
    expect(decodeBytes(Uint8Array.from([0xe9]), 'x-klingon')).toBe('é');
    // Labelled utf-8, written in Windows-1252
    expect(decodeBytes(Uint8Array.from([0x4d, 0xfc]), 'utf-8')).toBe('Mü');
  });
});

describe('2.1 escaping', () => {
  it('keeps \\; \\\\ and \\, as escapes, and makes other backslashes and line breaks 3.0 escapes', () => {
    expect(escape21('a\\;b\\\\c\\,d C:\\new\r\nnext')).toBe('a\\;b\\\\c\\,d C:\\\\new\\nnext');
  });
});

describe('normalizing a card for ical.js', () => {
  it('turns bare 2.1 parameters into TYPE and ENCODING, decodes QP and puts VERSION first as 3.0', () => {
    const card = normalizeCard(
      lines(
        'TEL;WORK;VOICE:+1 555',
        'FN;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB',
        'PHOTO;ENCODING=BASE64;JPEG:/9j/',
        'VERSION:2.1',
        'NOTE:one, two',
      ),
    );
    expect(card).toEqual({
      ok: true,
      text: [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'TEL;TYPE=WORK;TYPE=VOICE;VALUE=x-farley-raw:+1 555',
        'FN;VALUE=x-farley-raw:Zo\u00eb',
        'PHOTO;TYPE=JPEG;ENCODING=b;VALUE=x-farley-raw:/9j/',
        'NOTE;VALUE=x-farley-raw:one, two',
        'END:VCARD',
        '',
      ].join('\r\n'),
    });
  });

  it('keeps a 4.0 card 4.0 (ical.js reads 4.0 only when VERSION comes first) and its escapes', () => {
    const card = normalizeCard(lines('FN:A\\, B', 'VERSION:4.0', 'TEL;VALUE=uri:tel:+1'));
    expect(card).toEqual({
      ok: true,
      text: [
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN;VALUE=x-farley-raw:A\\, B',
        'TEL;VALUE=x-farley-raw:tel:+1',
        'END:VCARD',
        '',
      ].join('\r\n'),
    });
  });

  it('reports the first line that is not a property, by its number in the file', () => {
    expect(normalizeCard(lines('FN:A', 'just some words'))).toEqual({
      ok: false,
      reason: 'line 3 is not a vCard property: "just some words"',
    });
  });
});
