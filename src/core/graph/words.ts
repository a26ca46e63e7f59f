/**
 * Word counting for node metrics: words are runs of characters other than whitespace, where
 * whitespace is what `\s` matches in JavaScript regular expressions plus U+0085. This runs on
 * every comment of a thread (tens of megabytes for large threads), so ASCII texts, the usual
 * case, take a fast path: the built-in TextEncoder copies the text into bytes, and the bytes are
 * counted four at a time. Other texts are counted character by character.
 */

/** True for the characters `\s` matches in JavaScript regular expressions, and U+0085. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x85) return false;
  return code === 0x85 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** 1 for the ASCII whitespace characters (tab, LF, VT, FF, CR, space), else 0. */
const ASCII_SPACE = new Uint8Array(128);
for (const code of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]) ASCII_SPACE[code] = 1;

/** Any text, one character at a time: a word starts wherever a non-space follows a space (or the start). */
function countWordsOfChars(text: string): number {
  let words = 0;
  let previousSpace = 1;
  for (let i = 0, n = text.length; i < n; i++) {
    const code = text.charCodeAt(i);
    const space = code < 128 ? ASCII_SPACE[code]! : isSpace(code) ? 1 : 0;
    words += previousSpace & (space ^ 1);
    previousSpace = space;
  }
  return words;
}

/** The four-at-a-time count reads bytes through 32-bit words, which assumes little-endian order. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/** ASCII texts up to this length use the scratch bytes; longer ones are counted by character. */
const MAX_SCRATCH = 1 << 20;
const encoder = new TextEncoder();
let scratch = new Uint8Array(1 << 12);
let scratchWords = new Uint32Array(scratch.buffer);

/**
 * Counts the words of ASCII bytes 0..n-1 of `scratch`, four bytes per step. Per byte lane (high
 * bit of each byte): `space` marks whitespace, a word starts at a non-space byte whose previous
 * byte (the next lower lane, or the previous step's top lane) is a space, and the starts of one
 * step are summed by a multiply. Needs bytes < 0x80, so no lane carries into the next.
 */
function countAsciiWords(n: number): number {
  // Pad to a whole step with spaces, which start no word.
  scratch.fill(0x20, n, n + 4);
  const steps = (n + 3) >>> 2;
  let words = 0;
  let previousSpace = 0x80; // the start of the text counts as a space
  for (let k = 0; k < steps; k++) {
    const x = scratchWords[k]!;
    const xor = x ^ 0x20202020; // zero bytes where x has a space
    const isBlank = ~(((xor & 0x7f7f7f7f) + 0x7f7f7f7f) | xor | 0x7f7f7f7f);
    const isControlSpace = (x + 0x77777777) & ~(x + 0x72727272); // bytes 0x09-0x0d
    const space = (isBlank | isControlSpace) & 0x80808080;
    const starts = ~space & 0x80808080 & ((space << 8) | previousSpace);
    words += Math.imul(starts >>> 7, 0x01010101) >>> 24;
    previousSpace = (space >>> 24) & 0x80;
  }
  return words;
}

/** Words in a text: runs of non-whitespace characters. */
export function countWords(text: string): number {
  const n = text.length;
  if (!LITTLE_ENDIAN || n > MAX_SCRATCH) return countWordsOfChars(text);
  if (scratch.length < n + 4) {
    // A whole number of 32-bit words: the Uint32Array view below needs a multiple of 4 bytes.
    scratch = new Uint8Array(((Math.min(MAX_SCRATCH, 2 * n) + 4) + 3) & ~3);
    scratchWords = new Uint32Array(scratch.buffer);
  }
  const { read, written } = encoder.encodeInto(text, scratch);
  // Every character became one byte only when the text is pure ASCII.
  if (read !== n || written !== n) return countWordsOfChars(text);
  return countAsciiWords(n);
}
