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
  /** The participant's display name. */
  name: string;
  kind: AliasKind;
  /** A one-token alias that is also an ordinary word or place. */
  wordLike: boolean;
  /** The participant writes their own name in lower case ("mars"), so lower-case mentions count. */
  lowerCaseName: boolean;
}

/**
 * A node of the tree of longer aliases: the words read so far from the alias's first word.
 * `entries` when these words are a whole alias; `next` by the id of the following word, when
 * they begin a longer one.
 */
export interface AliasNode {
  entries?: AliasEntry[];
  next?: Map<number, AliasNode>;
}

export interface AliasIndex {
  lexicon: Lexicon;
  /** The entries keyed for fast matching: one-token aliases by word id (dense array)... */
  single: (AliasEntry[] | undefined)[];
  /** ...and longer ones as a tree from their first word's id (dense array), one word id per step. */
  multi: (AliasNode | undefined)[];
  /** Longest alias in tokens. */
  maxTokens: number;
  /** Single tokens usable for typo matching (no ordinary words, 4+ letters). */
  typoTargets: { token: string; entry: AliasEntry }[];
}

const KIND_RANK: Record<AliasKind, number> = { full: 0, handle: 1, short: 2, 'initial-last': 3, last: 4, first: 5 };

/** One alias while the index is built: its word ids and its entries. */
interface Keyed {
  ids: readonly number[];
  list: AliasEntry[];
}

/** True when lower-casing leaves the spelling as it is (an ASCII spelling is checked without making its lower case). */
function isLowerCase(spelling: string): boolean {
  if (/^[\x00-\x7f]*$/.test(spelling)) return !/[A-Z]/.test(spelling);
  return spelling === spelling.toLowerCase();
}

/**
 * Collects aliases, once per key, with the best kind per participant. One-word aliases are
 * found by word id (an array), longer ones through the tree of their word ids: numbers all the
 * way, so that no key string is made or hashed.
 */
class AliasCollector {
  /** Every alias in order of first sight. */
  readonly keyed: Keyed[] = [];
  private readonly singles: (Keyed | undefined)[] = [];
  /** The tree of longer aliases by first word id (the index keeps it). */
  readonly roots: (AliasNode | undefined)[] = [];
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

  /** The entry list of the longer alias `ids`, made (with the tree nodes to it) when first seen. */
  private multiList(ids: readonly number[]): AliasEntry[] {
    let node = (this.roots[ids[0]!] ??= {});
    for (let k = 1; k < ids.length; k++) {
      const next = (node.next ??= new Map());
      let child = next.get(ids[k]!);
      if (!child) next.set(ids[k]!, (child = {}));
      node = child;
    }
    if (!node.entries) {
      node.entries = [];
      this.keyed.push({ ids, list: node.entries });
      if (ids.length > this.maxTokens) this.maxTokens = ids.length;
    }
    return node.entries;
  }

  /**
   * Adds an alias. `ids`: the tokens' word ids, when the caller has interned them; otherwise
   * they are interned here, once the alias is known to be one (so that words are interned in
   * the order aliases first use them).
   */
  add(tokens: readonly string[], ids: readonly number[] | undefined, participant: Participant, lowerCaseName: boolean, kind: AliasKind): void {
    if (tokens.length === 0) return;
    for (const t of tokens) if (t.length === 0) return;
    // A lone initial ("M", "S") is never an alias.
    if (tokens.length === 1 && tokens[0]!.length < 2) return;
    const wordIds = ids ?? tokens.map((w) => this.lexicon.normId(w));
    let list: AliasEntry[] | undefined;
    if (tokens.length === 1) {
      const id = wordIds[0]!;
      list = this.singles[id]?.list;
      if (!list) {
        while (this.singles.length <= id) this.singles.push(undefined);
        const keyed: Keyed = { ids: [id], list: (list = []) };
        this.singles[id] = keyed;
        this.keyed.push(keyed);
      }
    } else {
      list = this.multiList(wordIds);
    }
    for (const existing of list) {
      if (existing.participantId !== participant.id) continue;
      if (KIND_RANK[kind] < KIND_RANK[existing.kind]) existing.kind = kind;
      return;
    }
    const wordLike = tokens.length === 1 && this.isOrdinary(wordIds[0]!, tokens[0]!);
    list.push({ participantId: participant.id, name: participant.name, kind, wordLike, lowerCaseName });
  }
}

/** The ids at `picks`, when the ids are known. */
function picked(ids: readonly number[] | undefined, picks: readonly number[]): number[] | undefined {
  return ids ? picks.map((k) => ids[k]!) : undefined;
}

const byRank = (a: AliasEntry, b: AliasEntry) => KIND_RANK[a.kind] - KIND_RANK[b.kind];

/** Builds the alias index for the participants of a thread, interning their words in `lexicon`. */
export function buildAliasIndex(participants: readonly Participant[], lexicon: Lexicon): AliasIndex {
  const aliases = new AliasCollector(lexicon);
  const index: AliasIndex = { lexicon, single: [], multi: aliases.roots, maxTokens: 1, typoTargets: [] };
  for (const p of participants) {
    for (const spelling of p.spellings) {
      const lower = isLowerCase(spelling);
      const t = nameTokens(spelling);
      // The full name interns its words first; when it is an alias (the usual case) they are
      // interned here, once, and handed to every alias below that uses them.
      const whole = t.length > 0 && t.every((w) => w.length > 0) && (t.length > 1 || t[0]!.length > 1);
      const ids = whole ? t.map((w) => lexicon.normId(w)) : undefined;
      aliases.add(t, ids, p, lower, 'full');
      if (t.length >= 2) {
        const long: number[] = [];
        for (let k = 0; k < t.length; k++) if (t[k]!.length > 1) long.push(k);
        if (long.length !== t.length) aliases.add(long.map((k) => t[k]!), picked(ids, long), p, lower, 'short');
        if (long.length >= 2) aliases.add([long.map((k) => t[k]!).join('')], undefined, p, lower, 'short');
        const last = t.length - 1;
        aliases.add([t[0]!], picked(ids, [0]), p, lower, 'first');
        aliases.add([t[last]!], picked(ids, [last]), p, lower, 'last');
        aliases.add([t[0]!.charAt(0), t[last]!], undefined, p, lower, 'initial-last');
      }
      for (const h of handlesIn(spelling)) aliases.add([h.replace(/[^\p{L}\p{N}]+/gu, '')], undefined, p, lower, 'handle');
    }
  }
  index.maxTokens = aliases.maxTokens;
  // A dense array (no holes) keeps lookups by word id fast.
  index.single = new Array<AliasEntry[] | undefined>(lexicon.norms.length).fill(undefined);
  const multi = new Array<AliasNode | undefined>(lexicon.norms.length).fill(undefined);
  for (let id = 0; id < aliases.roots.length; id++) if (aliases.roots[id]) multi[id] = aliases.roots[id];
  index.multi = multi;
  for (const { ids, list } of aliases.keyed) {
    // A one-word alias's entries are all word-like or none are (it is the same word).
    const token = ids.length === 1 ? lexicon.norm(ids[0]!) : '';
    if (token.length >= 4 && !list[0]!.wordLike) {
      for (const entry of list) if (entry.kind !== 'handle') index.typoTargets.push({ token, entry });
    }
    // Best kinds first, so exact full names win over partial ones.
    if (list.length > 1) list.sort(byRank);
    if (ids.length === 1) index.single[ids[0]!] = list;
  }
  return index;
}

/** The entries of the longer alias with word ids `ids`, if any. */
export function multiEntries(index: AliasIndex, ids: readonly number[]): AliasEntry[] | undefined {
  let node = index.multi[ids[0]!];
  for (let k = 1; node && k < ids.length; k++) node = node.next?.get(ids[k]!);
  return node?.entries;
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
  return ids.length === 1 ? index.single[ids[0]!] : multiEntries(index, ids);
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
