/**
 * Finds participant names in a comment's text: the longest alias at each token, with an
 * optional honorific in front ("Mister Ali", "Mr. Brill", "Your excellency ...") and "@" for
 * handles. Case matters where it should: a name written in capitals in the participant's own
 * spelling must be capitalised (or all caps) in the text to count.
 */
import type { AliasEntry, AliasIndex } from './aliases';
import { isCapitalised, tokenize, type Token } from './fold';

export interface NameHit {
  /** Offsets of the whole evidence (honorific and "@" included). */
  start: number;
  end: number;
  /** Offsets of the name tokens alone. */
  nameStart: number;
  nameEnd: number;
  /** Index of the first name token in the token list. */
  tokenIndex: number;
  tokenCount: number;
  entries: AliasEntry[];
  honorific: boolean;
  handle: boolean;
}

const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mister', 'missus', 'dr', 'doctor', 'prof', 'professor', 'sir', 'madam',
  'madame', 'mme', 'mlle', 'herr', 'frau', 'monsieur', 'senor', 'señor', 'sra', 'sr', 'dear', 'amb', 'ambassador',
  'excellency', 'brother', 'sister', 'comrade', 'uncle', 'aunt', 'rev', 'father', 'lord', 'lady',
]);

/** Characters allowed between the tokens of one multi-token name ("M. Ali", "Eric A. Brill"). */
const NAME_GAP = /^[ \t.\-_]{0,3}$/;

export function isHonorific(token: string): boolean {
  return HONORIFICS.has(token);
}

function caseAllowed(tokens: Token[], entries: AliasEntry[], honorific: boolean): boolean {
  if (tokens.some((t) => isCapitalised(t.raw))) return true;
  // A lower-case name counts when the person writes it that way themselves, or after "@"/honorific.
  return honorific || entries.some((e) => e.lowerCaseName);
}

/**
 * All name hits in `text`, left to right, not overlapping. `masked(start, end)` tells which
 * ranges to ignore (quoted material). Hits whose entries are all word-like are kept but flagged
 * through their entries so callers decide by position.
 */
export function findNameHits(text: string, index: AliasIndex, masked: (start: number, end: number) => boolean = () => false, tokens: Token[] = tokenize(text)): NameHit[] {
  const hits: NameHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Longest alias starting at token i, extending only while the key is a known prefix.
    let key = tokens[i]!.norm;
    // Fast exit for the common case: a word that starts no name at all.
    if (!index.byKey.has(key) && !index.prefixes.has(key)) continue;
    let best: { len: number; entries: AliasEntry[] } | undefined;
    for (let len = 1; ; len++) {
      const entries = index.byKey.get(key);
      if (entries) best = { len, entries };
      const next = tokens[i + len];
      if (!next || !index.prefixes.has(key) || !NAME_GAP.test(text.slice(tokens[i + len - 1]!.end, next.start))) break;
      key += ' ' + next.norm;
    }
    if (!best) continue;
    const span = tokens.slice(i, i + best.len);
    const first = span[0]!;
    const last = span[span.length - 1]!;
    if (masked(first.start, last.end)) continue;
    const handle = first.start > 0 && text.charAt(first.start - 1) === '@';
    let start = handle ? first.start - 1 : first.start;
    let honorific = false;
    // Up to three title tokens right before the name: "Your excellency Mister Ali".
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      const t = tokens[j]!;
      if (!/^[ \t.]{1,3}$/.test(text.slice(t.end, tokens[j + 1]!.start))) break;
      if (isHonorific(t.norm)) { honorific = true; start = t.start; continue; }
      if (t.norm === 'your' && honorific) { start = t.start; continue; }
      break;
    }
    if (!caseAllowed(span, best.entries, honorific || handle)) continue;
    hits.push({
      start, end: last.end, nameStart: first.start, nameEnd: last.end,
      tokenIndex: i, tokenCount: best.len, entries: best.entries, honorific, handle,
    });
    i += best.len - 1;
  }
  return hits;
}
