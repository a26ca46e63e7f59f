/**
 * The alias index: every way a participant can be named in text. From each author spelling:
 * the full name, the name without middle initials, first name, last name, initial + last name,
 * the name run together, and handles. An alias shared by several people is ambiguous and is
 * resolved later by who spoke most recently. Single-token aliases that are ordinary words
 * ("Bill", "Will", "Paris") are marked `wordLike` so they only fire where a name is expected.
 */
import type { Participant } from '../types';
import { handlesIn, nameTokens } from './fold';
import type { Lexicon } from './lexicon';
import { isOrdinaryWord } from './ordinary-words';
import { editDistance, typoLimit } from './typo';

export type AliasKind = 'full' | 'short' | 'first' | 'last' | 'initial-last' | 'handle';

export interface AliasEntry {
  participantId: string;
  kind: AliasKind;
  /** A one-token alias that is also an ordinary word or place. */
  wordLike: boolean;
  /** The participant writes their own name in lower case ("mars"), so lower-case mentions count. */
  lowerCaseName: boolean;
}

export interface AliasIndex {
  lexicon: Lexicon;
  /** Folded token sequence joined by spaces → entries. */
  byKey: Map<string, AliasEntry[]>;
  /** The same entries keyed for fast matching: one-token aliases by word id (dense array)... */
  single: (AliasEntry[] | undefined)[];
  /** ...and longer ones by their word ids joined with ",". */
  multi: Map<string, AliasEntry[]>;
  /** 1 at the word ids that start a longer alias. */
  multiStarts: Uint8Array;
  /** Proper prefixes (two or more words) of longer aliases, as joined ids. */
  multiPrefixes: Set<string>;
  /** Longest alias in tokens. */
  maxTokens: number;
  /** Single tokens usable for typo matching (no ordinary words, 4+ letters). */
  typoTargets: { token: string; entry: AliasEntry }[];
  participants: Map<string, Participant>;
}

const KIND_RANK: Record<AliasKind, number> = { full: 0, handle: 1, short: 2, 'initial-last': 3, last: 4, first: 5 };

function add(index: AliasIndex, tokens: string[], entry: Omit<AliasEntry, 'wordLike'>): void {
  if (tokens.length === 0 || tokens.some((t) => t.length === 0)) return;
  // A lone initial ("M", "S") is never an alias.
  if (tokens.length === 1 && tokens[0]!.length < 2) return;
  const key = tokens.join(' ');
  const wordLike = tokens.length === 1 && isOrdinaryWord(tokens[0]!);
  const list = index.byKey.get(key) ?? [];
  const existing = list.find((e) => e.participantId === entry.participantId);
  if (existing) {
    if (KIND_RANK[entry.kind] < KIND_RANK[existing.kind]) existing.kind = entry.kind;
    return;
  }
  list.push({ ...entry, wordLike });
  index.byKey.set(key, list);
  index.maxTokens = Math.max(index.maxTokens, tokens.length);
}

/** Builds the alias index for the participants of a thread, interning their words in `lexicon`. */
export function buildAliasIndex(participants: readonly Participant[], lexicon: Lexicon): AliasIndex {
  const index: AliasIndex = {
    lexicon, byKey: new Map(), single: [], multi: new Map(), multiStarts: new Uint8Array(0), multiPrefixes: new Set(),
    maxTokens: 1, typoTargets: [], participants: new Map(),
  };
  for (const p of participants) {
    index.participants.set(p.id, p);
    for (const spelling of p.spellings) {
      const base = { participantId: p.id, lowerCaseName: spelling === spelling.toLowerCase() };
      const t = nameTokens(spelling);
      add(index, t, { ...base, kind: 'full' });
      if (t.length >= 2) {
        const long = t.filter((x) => x.length > 1);
        if (long.length !== t.length) add(index, long, { ...base, kind: 'short' });
        if (long.length >= 2) add(index, [long.join('')], { ...base, kind: 'short' });
        const first = t[0]!;
        const last = t[t.length - 1]!;
        add(index, [first], { ...base, kind: 'first' });
        add(index, [last], { ...base, kind: 'last' });
        add(index, [first.charAt(0), last], { ...base, kind: 'initial-last' });
      }
      for (const h of handlesIn(spelling)) add(index, [h.replace(/[^\p{L}\p{N}]+/gu, '')], { ...base, kind: 'handle' });
    }
  }
  for (const [key, entries] of index.byKey) {
    if (key.includes(' ') || key.length < 4 || isOrdinaryWord(key)) continue;
    for (const entry of entries) if (entry.kind !== 'handle') index.typoTargets.push({ token: key, entry });
  }
  // Best kinds first, so exact full names win over partial ones.
  const keyed = [...index.byKey].map(([key, list]) => {
    list.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
    return { ids: key.split(' ').map((w) => lexicon.normId(w)), list };
  });
  // A dense array (no holes) keeps lookups by word id fast.
  index.single = new Array<AliasEntry[] | undefined>(lexicon.norms.length).fill(undefined);
  const starts: number[] = [];
  for (const { ids, list } of keyed) {
    if (ids.length === 1) {
      index.single[ids[0]!] = list;
    } else {
      index.multi.set(ids.join(','), list);
      starts.push(ids[0]!);
      for (let k = 2; k < ids.length; k++) index.multiPrefixes.add(ids.slice(0, k).join(','));
    }
  }
  index.multiStarts = new Uint8Array(lexicon.norms.length);
  for (const id of starts) index.multiStarts[id] = 1;
  return index;
}

/** Entries whose single-token alias is within one typo of `token` (names of 5+ letters only). */
export function typoLookup(index: AliasIndex, token: string): AliasEntry[] {
  if (token.length < 5 || isOrdinaryWord(token)) return [];
  const out: AliasEntry[] = [];
  for (const { token: alias, entry } of index.typoTargets) {
    if (alias === token) continue;
    if (alias.charAt(0) !== token.charAt(0)) continue;
    const limit = Math.min(typoLimit(alias), typoLimit(token));
    if (limit > 0 && editDistance(alias, token, limit) <= limit) out.push(entry);
  }
  return out;
}
