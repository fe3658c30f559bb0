import { describe, expect, it } from 'vitest';
import {
  physicalLines,
  splitCards,
  unfoldLines,
} from '../../../../../electron/core/contacts/vcard/vcardText';

const unfold = (text: string) => unfoldLines(physicalLines(text));

describe('cleaning a .vcf file', () => {
  it('drops a byte-order mark and reads CR LF, CR CR LF and lone CR as one line end', () => {
    expect(physicalLines('\uFEFFA:1\r\nB:2\r\r\nC:3\rD:4\nE:5')).toEqual([
      'A:1',
      'B:2',
      'C:3',
      'D:4',
      'E:5',
    ]);
  });

  it('unfolds continued lines, keeping the line number of the first and spaces inside', () => {
    expect(unfold('NOTE:Hello \r\n world\r\n\tagain\r\nFN:x')).toEqual([
      { text: 'NOTE:Hello worldagain', line: 1 },
      { text: 'FN:x', line: 4 },
    ]);
  });

  it('joins quoted-printable soft line breaks, whatever the parameter order', () => {
    const text = [
      'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=utf-8:one=0D=0Atw=',
      'o=',
      ' three',
      'N;QUOTED-PRINTABLE:a;b=',
      ';c',
      'TITLE:ends with =',
      'FN:x',
    ].join('\r\n');
    expect(unfold(text)).toEqual([
      { text: 'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=utf-8:one=0D=0Atwo three', line: 1 },
      { text: 'N;QUOTED-PRINTABLE:a;b;c', line: 4 },
      // Not quoted-printable: a trailing = is text
      { text: 'TITLE:ends with =', line: 6 },
      { text: 'FN:x', line: 7 },
    ]);
  });

  it('never joins a card delimiter into a quoted-printable value', () => {
    expect(unfold('NOTE;ENCODING=QUOTED-PRINTABLE:broken=\r\nEND:VCARD')).toEqual([
      { text: 'NOTE;ENCODING=QUOTED-PRINTABLE:broken=', line: 1 },
      { text: 'END:VCARD', line: 2 },
    ]);
  });

  it('reads the indented PHOTO;BASE64 block of macOS Address Book', () => {
    expect(unfold('PHOTO;BASE64:\r\n  /9j/4AAQ\r\n  SkZJRg==\r\nFN:x')).toEqual([
      { text: 'PHOTO;BASE64: /9j/4AAQ SkZJRg==', line: 1 },
      { text: 'FN:x', line: 4 },
    ]);
  });

  it('reads a 2.1 base64 block continued by bare lines up to a blank line', () => {
    const text = 'PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/\r\n4AAQ\r\nSkZJRg==\r\n\r\nTITLE\r\nFN:x';
    expect(unfold(text)).toEqual([
      { text: 'PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRg==', line: 1 },
      // After the blank line a bare word is a line of its own again (and not a property)
      { text: 'TITLE', line: 5 },
      { text: 'FN:x', line: 6 },
    ]);
  });
});

describe('cutting a file into cards', () => {
  it('numbers cards, keeps their lines and tells how each one ended', () => {
    const text = [
      'junk', // 1
      'BEGIN:VCARD', // 2
      'FN:A',
      'END:VCARD', // 4
      'more junk', // 5
      'end:vcard', // 6
      'begin:vcard', // 7
      'FN:B',
      'BEGIN:VCARD', // 9
      'FN:C',
    ].join('\n');
    expect(splitCards(unfold(text))).toEqual({
      cards: [
        { number: 1, line: 2, lines: [{ text: 'FN:A', line: 3 }], end: { kind: 'closed' } },
        {
          number: 2,
          line: 7,
          lines: [{ text: 'FN:B', line: 8 }],
          end: { kind: 'next-card', line: 9 },
        },
        { number: 3, line: 9, lines: [{ text: 'FN:C', line: 10 }], end: { kind: 'end-of-file' } },
      ],
      strays: [
        { line: 1, count: 1 },
        { line: 5, count: 2 },
      ],
    });
  });
});
