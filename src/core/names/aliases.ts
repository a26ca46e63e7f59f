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

/** One alias while the index is built: its word ids (interned when the alias is first seen) and its entries. */
interface Keyed {
  ids: number[];
  list: AliasEntry[];
}

/**
 * Collects aliases, once per key, with the best kind per participant. One-word aliases are
 * found by word id (an array), longer ones by their joined ids.
 */
class AliasCollector {
  /** Every alias in order of first sight. */
  readonly keyed: Keyed[] = [];
  private readonly singles: (Keyed | undefined)[] = [];
  /** Entries of the longer aliases by joined ids: the lists the index keeps (filled and sorted in place). */
  readonly multiLists = new Map<string, AliasEntry[]>();
  /** Per word id: 1 when the word is an ordinary word, 2 when not, 0 when not yet asked. */
  private ordinary = new Uint8Array(1024);
  maxTokens = 1;
  constructor(private readonly lexicon: Lexicon) {}

  /** Whether a one-word alias is also an ordinary word, asked once per word. */
  private isOrdinary(id: number, word: string): boolean {
    if (id >= this.ordinary.length) {
      const grown = new Uint8Array(Math.max(id + 1, this.ordinary.length * 2));
      grown.set(this.ordinary);
      this.ordinary = grown;
    }
    if (this.ordinary[id] === 0) this.ordinary[id] = isOrdinaryWord(word) ? 1 : 2;
    return this.ordinary[id] === 1;
  }

  add(tokens: readonly string[], participantId: string, lowerCaseName: boolean, kind: AliasKind): void {
    if (tokens.length === 0) return;
    for (const t of tokens) if (t.length === 0) return;
    // A lone initial ("M", "S") is never an alias.
    if (tokens.length === 1 && tokens[0]!.length < 2) return;
    let list: AliasEntry[] | undefined;
    let single = 0;
    if (tokens.length === 1) {
      const id = (single = this.lexicon.normId(tokens[0]!));
      list = this.singles[id]?.list;
      if (!list) {
        while (this.singles.length <= id) this.singles.push(undefined);
        const keyed: Keyed = { ids: [id], list: (list = []) };
        this.singles[id] = keyed;
        this.keyed.push(keyed);
      }
    } else {
      const ids = tokens.map((w) => this.lexicon.normId(w));
      const key = ids.join(',');
      list = this.multiLists.get(key);
      if (!list) {
        this.multiLists.set(key, (list = []));
        this.keyed.push({ ids, list });
        if (tokens.length > this.maxTokens) this.maxTokens = tokens.length;
      }
    }
    for (const existing of list) {
      if (existing.participantId !== participantId) continue;
      if (KIND_RANK[kind] < KIND_RANK[existing.kind]) existing.kind = kind;
      return;
    }
    const wordLike = tokens.length === 1 && this.isOrdinary(single, tokens[0]!);
    list.push({ participantId, kind, wordLike, lowerCaseName });
  }
}

const byRank = (a: AliasEntry, b: AliasEntry) => KIND_RANK[a.kind] - KIND_RANK[b.kind];

/** Builds the alias index for the participants of a thread, interning their words in `lexicon`. */
export function buildAliasIndex(participants: readonly Participant[], lexicon: Lexicon): AliasIndex {
  const aliases = new AliasCollector(lexicon);
  const index: AliasIndex = {
    lexicon, single: [], multi: aliases.multiLists, multiStarts: new Uint8Array(0), multiPrefixes: new Set(),
    maxTokens: 1, typoTargets: [], participants: new Map(),
  };
  for (const p of participants) {
    index.participants.set(p.id, p);
    for (const spelling of p.spellings) {
      const lower = spelling === spelling.toLowerCase();
      const t = nameTokens(spelling);
      aliases.add(t, p.id, lower, 'full');
      if (t.length >= 2) {
        const long = t.filter((x) => x.length > 1);
        if (long.length !== t.length) aliases.add(long, p.id, lower, 'short');
        if (long.length >= 2) aliases.add([long.join('')], p.id, lower, 'short');
        const first = t[0]!;
        const last = t[t.length - 1]!;
        aliases.add([first], p.id, lower, 'first');
        aliases.add([last], p.id, lower, 'last');
        aliases.add([first.charAt(0), last], p.id, lower, 'initial-last');
      }
      for (const h of handlesIn(spelling)) aliases.add([h.replace(/[^\p{L}\p{N}]+/gu, '')], p.id, lower, 'handle');
    }
  }
  index.maxTokens = aliases.maxTokens;
  // A dense array (no holes) keeps lookups by word id fast.
  index.single = new Array<AliasEntry[] | undefined>(lexicon.norms.length).fill(undefined);
  index.multiStarts = new Uint8Array(lexicon.norms.length);
  for (const { ids, list } of aliases.keyed) {
    // A one-word alias's entries are all word-like or none are (it is the same word).
    const token = ids.length === 1 ? lexicon.norm(ids[0]!) : '';
    if (token.length >= 4 && !list[0]!.wordLike) {
      for (const entry of list) if (entry.kind !== 'handle') index.typoTargets.push({ token, entry });
    }
    // Best kinds first, so exact full names win over partial ones.
    if (list.length > 1) list.sort(byRank);
    if (ids.length === 1) {
      index.single[ids[0]!] = list;
    } else {
      index.multiStarts[ids[0]!] = 1;
      for (let k = 2; k < ids.length; k++) index.multiPrefixes.add(ids.slice(0, k).join(','));
    }
  }
  return index;
}

/** The entries of the alias written as folded words joined by spaces ("ann", "ann cole"), if any. */
export function aliasEntries(index: AliasIndex, key: string): AliasEntry[] | undefined {
  const words = key.split(' ');
  const ids: number[] = [];
  for (const w of words) {
    const id = index.lexicon.existingId(w);
    if (id === 0) return undefined;
    ids.push(id);
  }
  return ids.length === 1 ? index.single[ids[0]!] : index.multi.get(ids.join(','));
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
