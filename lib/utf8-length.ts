/**
 * The number of bytes `text` takes in UTF-8, counted without encoding it: history sizes every
 * recorded event this way, and an encoded copy per event is an allocation per event on the thread
 * that moves the client's stream. A lone surrogate counts 3 bytes, as `TextEncoder` writes U+FFFD.
 * @example utf8Length('héllo 你好') // → 13
 */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      // A surrogate pair: 4 bytes for its two UTF-16 units.
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 2;
        i++;
      } else bytes += 2;
    } else bytes += 2;
  }
  return bytes;
}
