/**
 * Folding and tokenising for name matching: case, accents, curly apostrophes and possessives
 * are folded away so that "Éric's", "ERIC" and "eric" compare equal; offsets stay exact.
 */

export interface Token {
  /** Folded form used for matching ("ann" for "Ann's"). */
  norm: string;
  /** Exact characters in the source text. */
  raw: string;
  start: number;
  end: number;
}

/** Printable ASCII only: most names and words, which take paths without Unicode folding or patterns. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Whether `s` is printable ASCII only (see PRINTABLE_ASCII). */
export function isPrintableAscii(s: string): boolean {
  return PRINTABLE_ASCII.test(s);
}

/** Lower case, no accents, straight apostrophes. */
export function fold(s: string): string {
  // Fast path: plain ASCII needs only lower-casing.
  if (PRINTABLE_ASCII.test(s)) return s.toLowerCase();
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[’‘`´]/g, "'").toLowerCase();
}

/** Matching form of one word token: folded, a trailing possessive 's dropped, no apostrophes. */
export function foldWord(raw: string): string {
  let norm = fold(raw);
  if (norm.endsWith("'s")) norm = norm.slice(0, -2);
  return norm.replace(/'/g, '');
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Word tokens with exact offsets; a trailing possessive 's is dropped from `norm` only. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    out.push({ norm: foldWord(raw), raw, start: m.index, end: m.index + raw.length });
  }
  return out;
}

/**
 * WORD on printable ASCII, where its letters and digits are these (same matches): most author
 * spellings, which so skip the Unicode pattern (costly to compile on first use).
 */
const ASCII_WORD = /[A-Za-z0-9]+(?:'[A-Za-z]+)*/g;

/** The name tokens of an author spelling: parenthesised parts (handles, titles) are left out. */
export function nameTokens(name: string): string[] {
  const text = name.replace(/\([^)]*\)/g, ' ');
  if (!PRINTABLE_ASCII.test(text)) return tokenize(text).map((t) => t.norm);
  const out: string[] = [];
  ASCII_WORD.lastIndex = 0;
  for (let m = ASCII_WORD.exec(text); m; m = ASCII_WORD.exec(text)) out.push(foldWord(m[0]));
  return out;
}

/** Handles written as "@handle" anywhere in an author spelling, e.g. "Kim (@kim)". */
export function handlesIn(name: string): string[] {
  if (!name.includes('@')) return []; // most spellings: no pattern to run
  return [...name.matchAll(/@([\p{L}\p{N}_.-]+)/gu)].map((m) => fold(m[1]!));
}

/** Key that merges spelling variants of one author: "J.Doe" = "J. Doe" = "j doe". */
export function nameKey(name: string): string {
  const key = nameTokens(name).join('');
  return key || fold(name).replace(/\s+/g, '');
}

/** True when the raw token starts with a capital letter (or is all capitals). */
export function isCapitalised(raw: string): boolean {
  const c = raw.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
