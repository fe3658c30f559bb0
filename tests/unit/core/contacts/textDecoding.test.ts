import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../electron/core/contacts/textDecoding';

describe('reading a contacts file', () => {
  it('reads UTF-8, and bytes that are not UTF-8 as Windows-1252 (€ and curly quotes included)', () => {
    expect(decodeText(Buffer.from('Zoë Ångström, 5 €', 'utf8'))).toBe('Zoë Ångström, 5 €');
    // "Jürgen “Jo” – 5 €" as Outlook writes it on Windows.
    const ansi = Uint8Array.from([
      0x4a, 0xfc, 0x72, 0x67, 0x65, 0x6e, 0x20, 0x93, 0x4a, 0x6f, 0x94, 0x20, 0x96, 0x20, 0x35,
      0x20, 0x80,
    ]);
    expect(decodeText(ansi)).toBe('Jürgen “Jo” – 5 €');
  });
});
