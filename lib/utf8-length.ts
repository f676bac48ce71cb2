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
    if (code < 0x800) {
      bytes += 1;
      continue;
    }
    // 3 bytes for one UTF-16 unit; a surrogate pair is 4 bytes for its two units.
    bytes += 2;
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
  }
  return bytes;
}
