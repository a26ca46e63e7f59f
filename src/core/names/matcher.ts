/**
 * Finds participant names in a comment's text: the longest alias at each token, with an
 * optional honorific in front ("Mister Doe", "Mr. Cole", "Your excellency ...") and "@" for
 * handles. Case matters where it should: a name written in capitals in the participant's own
 * spelling must be capitalised (or all caps) in the text to count.
 */
import type { AliasEntry, AliasIndex } from './aliases';
import type { TokenList } from './lexicon';

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
  'madame', 'mme', 'mlle', 'herr', 'frau', 'monsieur', 'senor', 'sra', 'sr', 'dear', 'amb', 'ambassador',
  'excellency', 'brother', 'sister', 'comrade', 'uncle', 'aunt', 'rev', 'father', 'lord', 'lady',
]);

/** Characters allowed between the tokens of one multi-token name ("J. Doe", "Ann B. Cole"). */
const NAME_GAP = /^[ \t.\-_]{0,3}$/;
const TITLE_GAP = /^[ \t.]{1,3}$/;

export function isHonorific(token: string): boolean {
  return HONORIFICS.has(token);
}

function capitalAt(text: string, pos: number): boolean {
  const c = text.charAt(pos);
  return c !== c.toLowerCase();
}

function caseAllowed(text: string, tokens: TokenList, from: number, to: number, entries: AliasEntry[], titled: boolean): boolean {
  for (let k = from; k < to; k++) if (capitalAt(text, tokens.start[k]!)) return true;
  // A lower-case name counts when the person writes it that way themselves, or after "@"/a title.
  return titled || entries.some((e) => e.lowerCaseName);
}

/** The longest alias starting at token i: its length in tokens and entries, or undefined. */
function longestAlias(text: string, index: AliasIndex, tokens: TokenList, i: number): { len: number; entries: AliasEntry[] } | undefined {
  const first = tokens.id[i]!;
  const single = index.single[first];
  let best = single ? { len: 1, entries: single } : undefined;
  let node = index.multi[first];
  for (let k = i + 1; node?.next && k < tokens.count; k++) {
    if (!NAME_GAP.test(text.slice(tokens.end[k - 1]!, tokens.start[k]!))) break;
    node = node.next.get(tokens.id[k]!);
    if (node?.entries) best = { len: k - i + 1, entries: node.entries };
  }
  return best;
}

/**
 * All name hits in `text`, left to right, not overlapping. `masked(start, end)` tells which
 * ranges to ignore (quoted material).
 */
export function findNameHits(text: string, index: AliasIndex, tokens: TokenList, masked: (start: number, end: number) => boolean = () => false): NameHit[] {
  const hits: NameHit[] = [];
  const lex = index.lexicon;
  const aliasWords = index.multi.length;
  for (let i = 0; i < tokens.count; i++) {
    // Words first seen after the aliases were built can start no name.
    const id = tokens.id[i]!;
    if (id >= aliasWords || (index.single[id] === undefined && index.multi[id] === undefined)) continue;
    const best = longestAlias(text, index, tokens, i);
    if (!best) continue;
    const nameStart = tokens.start[i]!;
    const nameEnd = tokens.end[i + best.len - 1]!;
    if (masked(nameStart, nameEnd)) continue;
    const handle = nameStart > 0 && text.charAt(nameStart - 1) === '@';
    let start = handle ? nameStart - 1 : nameStart;
    let honorific = false;
    // Up to three title tokens right before the name: "Your excellency Mister Doe".
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      if (!TITLE_GAP.test(text.slice(tokens.end[j]!, tokens.start[j + 1]!))) break;
      const word = lex.norm(tokens.id[j]!);
      if (isHonorific(word)) { honorific = true; start = tokens.start[j]!; continue; }
      if (word === 'your' && honorific) { start = tokens.start[j]!; continue; }
      break;
    }
    if (!caseAllowed(text, tokens, i, i + best.len, best.entries, honorific || handle)) continue;
    hits.push({ start, end: nameEnd, nameStart, nameEnd, tokenIndex: i, tokenCount: best.len, entries: best.entries, honorific, handle });
    i += best.len - 1;
  }
  return hits;
}
