/**
 * Which characters make words and which punctuation a comment's tokenizer notes: ASCII letters
 * and digits by table, other letters, digits and marks by Unicode class; quotation marks, ">",
 * "#", ":" and "?" as TokenList.marks bits, so signals can skip a text without reading it.
 */

/** Bits of TokenList.marks: which punctuation the text contains (found during the scan). */
export const MARK_QUOTE = 1; // " “ ” « » „
export const MARK_CHEVRON = 2; // >
export const MARK_HASH = 4; // #
export const MARK_COLON = 8; // :
export const MARK_QUESTION = 16; // ?

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;

/** ASCII character classes: 1 = letter, 2 = digit. */
export const ASCII = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII[c] = ASCII[c + 32] = 1;
for (let c = 48; c <= 57; c++) ASCII[c] = 2;

/** Whether the character at text[i] (code `code`) belongs to a word: a letter, digit or mark. */
export function isWordCode(code: number, text: string, i: number): boolean {
  if (code < 128) return ASCII[code] !== 0;
  return NON_ASCII_WORD.test(text.charAt(i)) || (code >= 0xd800 && code <= 0xdbff && NON_ASCII_WORD.test(text.slice(i, i + 2)));
}

/** The MARK_* bit of a punctuation character, 0 for any other. */
export function markOf(code: number): number {
  switch (code) {
    case 34: case 0x201c: case 0x201d: case 0xab: case 0xbb: case 0x201e: return MARK_QUOTE;
    case 62: return MARK_CHEVRON;
    case 35: return MARK_HASH;
    case 58: return MARK_COLON;
    case 63: return MARK_QUESTION;
    default: return 0;
  }
}

/** Whether text[i] is a letter (or a mark), as an inner apostrophe must be followed by one. */
export function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII[code] === 1;
  return NON_ASCII_LETTER.test(text.charAt(i));
}
