import { describe, expect, it } from 'vitest';
import { utf8Length } from './utf8-length';

const encoded = (text: string) => new TextEncoder().encode(text).byteLength;

describe('utf8Length', () => {
  it.each([
    ['', 0],
    ['plain ASCII', 11],
    ['héllo', 6],
    ['你好', 6],
    ['😀', 4],
    ['a😀b', 6],
  ])('counts %j as %i bytes', (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
  });

  it('counts lone surrogates as TextEncoder writes them (U+FFFD, 3 bytes)', () => {
    for (const text of ['\ud800', '\udc00', 'a\ud800b', '\ud800\ud800', '\udc00\ud800', 'x\ud83d']) {
      expect(utf8Length(text), JSON.stringify(text)).toBe(encoded(text));
    }
  });

  it('agrees with TextEncoder on random text over the whole UTF-16 range', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      const units = Array.from({ length: next() % 40 }, () => {
        const kind = next() % 5;
        return kind === 0
          ? next() % 0x80
          : kind === 1
            ? 0x80 + (next() % 0x780)
            : kind === 2
              ? 0xd800 + (next() % 0x800)
              : next() % 0x10000;
      });
      const text = String.fromCharCode(...units);
      expect(utf8Length(text)).toBe(encoded(text));
    }
  });
});
