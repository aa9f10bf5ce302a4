import { c1AsWindows1252 } from '../../../../src/store/mail/c1-as-windows-1252';

/**
 * The C1 characters Node's TextDecoder leaves in a windows-1252 mail become the characters Outlook meant, as
 * windows-1252 (the WHATWG Encoding standard's table, which browsers use) defines them.
 */
const c1 = (byte: number): string => String.fromCharCode(byte);

describe('c1AsWindows1252', () => {
  it('maps each of 0x80–0x9F as windows-1252 does, and drops the five bytes it leaves undefined', () => {
    const all = Array.from({ length: 32 }, (_, i) => c1(0x80 + i)).join('');
    expect(c1AsWindows1252(all)).toBe('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
    for (const undefinedByte of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) expect(c1AsWindows1252(`a${c1(undefinedByte)}b`)).toBe('ab');
  });

  it('fixes the typographic characters inside Danish text and leaves everything else as it is', () => {
    expect(c1AsWindows1252(`${c1(0x93)}Kost og ernæring${c1(0x94)} ${c1(0x96)} 5${c1(0x80)} ${c1(0x95)} ÆØÅ æøå ½`)).toBe(
      '“Kost og ernæring” – 5€ • ÆØÅ æøå ½',
    );
    expect(c1AsWindows1252('Tidsforbrug: ½ time – “ok” € ✓')).toBe('Tidsforbrug: ½ time – “ok” € ✓');
    expect(c1AsWindows1252('')).toBe('');
  });
});
