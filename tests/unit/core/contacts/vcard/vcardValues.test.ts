import { describe, expect, it } from 'vitest';
import { formatDate, readDate } from '../../../../../electron/core/contacts/vcard/vcardDates';
import {
  escapeText,
  foldLine,
  quoteParam,
  splitEscaped,
  unescapeText,
} from '../../../../../electron/core/contacts/vcard/vcardEscape';
import {
  appleLabel,
  labelFromTypes,
  typesForLabel,
} from '../../../../../electron/core/contacts/vcard/vcardLabels';
import { readPhoto } from '../../../../../electron/core/contacts/vcard/vcardPhoto';
import { GREEN_PNG, RED_JPEG } from './fixturePhotos';

describe('labels', () => {
  it('reads TYPE words as Farley names them, ignoring the ones that are not labels', () => {
    expect(labelFromTypes(['INTERNET', 'WORK'])).toBe('work');
    expect(labelFromTypes(['CELL', 'VOICE', 'pref'])).toBe('mobile');
    expect(labelFromTypes(['FAX', 'HOME'])).toBe('home fax');
    expect(labelFromTypes(['INTERNET'])).toBe('');
    expect(labelFromTypes([])).toBe('');
    // Words of the file's own stay as written
    expect(labelFromTypes(['twitter'])).toBe('twitter');
    expect(labelFromTypes(['My', ' label'])).toBe('My, label');
  });

  it("unwraps Apple's built-in labels and keeps the user's own", () => {
    expect(appleLabel('_$!<Work>!$_')).toBe('work');
    expect(appleLabel('_$!<HomeFAX>!$_')).toBe('home fax');
    expect(appleLabel('_$!<Something new>!$_')).toBe('Something new');
    expect(appleLabel('Tennis club')).toBe('Tennis club');
  });

  it('writes labels as TYPE values that read back the same', () => {
    for (const label of ['', 'work', 'mobile', 'home fax', 'iPhone', 'Blog', 'a, b', 'home home']) {
      expect(labelFromTypes(typesForLabel(label))).toBe(label);
    }
    expect(typesForLabel('mobile')).toEqual(['cell']);
    expect(typesForLabel('home fax')).toEqual(['home', 'fax']);
  });
});

describe('dates', () => {
  it('reads every form exports write, with and without a year', () => {
    const april15 = { month: 4, day: 15 };
    expect(readDate('1985-04-15', null)).toEqual({ ...april15, year: 1985 });
    expect(readDate('19850415', null)).toEqual({ ...april15, year: 1985 });
    expect(readDate('1985-04-15T00:00:00Z', null)).toEqual({ ...april15, year: 1985 });
    expect(readDate('--0415', null)).toEqual({ ...april15, year: null });
    expect(readDate('--04-15', null)).toEqual({ ...april15, year: null });
    expect(readDate('1604-04-15', '1604')).toEqual({ ...april15, year: null });
    expect(readDate('0000-04-15', null)).toEqual({ ...april15, year: null });
  });

  it('is not a date when it is text or no such day', () => {
    for (const raw of [
      'April 15',
      'Apri-l -15',
      '1985-13-01',
      '1985-02-29',
      '--0230',
      '1985-04',
      '',
    ]) {
      expect(readDate(raw, null)).toBeNull();
    }
    // A leap day without a year is someone's birthday
    expect(readDate('--0229', null)).toEqual({ month: 2, day: 29, year: null });
  });

  it("writes 4.0's basic forms", () => {
    expect(formatDate({ month: 4, day: 15, year: 1985 })).toBe('19850415');
    expect(formatDate({ month: 4, day: 5, year: null })).toBe('--0405');
    expect(formatDate({ month: 1, day: 2, year: 987 })).toBe('09870102');
  });
});

describe('photos', () => {
  it('decodes inline base64 with line breaks inside, and a data URI', () => {
    const folded = `${RED_JPEG.slice(0, 50)}\n ${RED_JPEG.slice(50)}`;
    expect(readPhoto(folded, ['JPEG'])).toEqual({ mime: 'image/jpeg', base64: RED_JPEG });
    expect(readPhoto(`data:image/png;base64,${GREEN_PNG}`, [])).toEqual({
      mime: 'image/png',
      base64: GREEN_PNG,
    });
  });

  it('trusts the bytes over the declared type, and the declared type when the bytes say nothing', () => {
    expect(readPhoto(GREEN_PNG, ['JPEG'])?.mime).toBe('image/png');
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1').toString('base64');
    expect(readPhoto(gif, [])?.mime).toBe('image/gif');
    const webp = Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1').toString('base64');
    expect(readPhoto(webp, [])?.mime).toBe('image/webp');
    const unknown = Buffer.from('not an image').toString('base64');
    expect(readPhoto(unknown, ['image/heic'])?.mime).toBe('image/heic');
    expect(readPhoto(unknown, [])).toBeNull();
  });

  it('skips a photo at a URL and an empty one', () => {
    expect(readPhoto('https://photos.example/a.jpg', ['JPEG'])).toBeNull();
    expect(readPhoto('data:image/png,%89PNG', [])).toBeNull();
    expect(readPhoto('  ', ['JPEG'])).toBeNull();
  });
});

describe('escaping', () => {
  it('unescapes text, including the \\: of Apple URLs, and leaves other backslashes', () => {
    expect(unescapeText('a\\\\b\\,c\\;d\\ne\\Nf\\:g\\x')).toBe('a\\b,c;d\ne\nf:g\\x');
  });

  it('splits at delimiters that are not escaped, even after an escaped backslash', () => {
    expect(splitEscaped('Doe\\\\;John\\;Paul;;', ';')).toEqual(['Doe\\\\', 'John\\;Paul', '', '']);
    expect(splitEscaped('a\\,b,c', ',')).toEqual(['a\\,b', 'c']);
  });

  it('escapes text and quotes parameters (RFC 6868)', () => {
    expect(escapeText('a\\b,c;d\r\ne')).toBe('a\\\\b\\,c\\;d\\ne');
    expect(quoteParam('work')).toBe('work');
    expect(quoteParam('My "best" ^ one\nok')).toBe('"My ^\'best^\' ^^ one^nok"');
  });

  it('folds at 75 octets without splitting a character', () => {
    const line = `NOTE:${'é'.repeat(40)}${'👩‍👧'.repeat(10)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    for (const part of physical) {
      expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
      // A split surrogate pair would not survive UTF-8
      expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
    }
    expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(physical.map((part, i) => (i ? part.slice(1) : part)).join('')).toBe(line);
    expect(foldLine('FN:short')).toBe('FN:short');
  });
});
