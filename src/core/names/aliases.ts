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

/** One alias while the index is built: its word id (a one-word alias; -1 for a longer one) and its entries. */
interface Keyed {
  id: number;
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

  /** The tree node of the longer alias `ids`, made (with the nodes to it) when first seen. */
  private multiNode(ids: readonly number[]): AliasNode {
    let node = (this.roots[ids[0]!] ??= {});
    for (let k = 1; k < ids.length; k++) {
      const next = (node.next ??= new Map());
      let child = next.get(ids[k]!);
      if (!child) next.set(ids[k]!, (child = {}));
      node = child;
    }
    return node;
  }

  /**
   * Adds the participant to an alias's entries, or raises the kind of their entry if they have
   * one. `word` and `id`: the alias's one word and its id, when it is one word (whether it is an
   * ordinary word is asked only for a new entry).
   */
  private addEntry(list: AliasEntry[], participant: Participant, lowerCaseName: boolean, kind: AliasKind, word?: string, id = 0): void {
    for (let k = 0; k < list.length; k++) {
      const existing = list[k]!;
      if (existing.participantId !== participant.id) continue;
      if (KIND_RANK[kind] < KIND_RANK[existing.kind]) existing.kind = kind;
      return;
    }
    list.push(entryOf(participant, lowerCaseName, kind, word !== undefined && this.isOrdinary(id, word)));
  }

  /**
   * Adds a one-word alias. `id`: the word's id, when the caller has interned it; otherwise it is
   * interned here, once the word is known to be an alias (so that words are interned in the
   * order aliases first use them). New aliases' lists are made holding their first entry (an
   * empty list would be given room for many on its first push).
   */
  addWord(word: string, id: number | undefined, participant: Participant, lowerCaseName: boolean, kind: AliasKind): void {
    // An empty word or a lone initial ("M", "S") is never an alias.
    if (word.length < 2) return;
    const wordId = id ?? this.lexicon.normId(word);
    const known = this.singles[wordId];
    if (known) {
      this.addEntry(known.list, participant, lowerCaseName, kind, word, wordId);
      return;
    }
    while (this.singles.length <= wordId) this.singles.push(undefined);
    const keyed: Keyed = { id: wordId, list: [entryOf(participant, lowerCaseName, kind, this.isOrdinary(wordId, word))] };
    this.singles[wordId] = keyed;
    this.keyed.push(keyed);
  }

  /** Adds an alias of any length (see addWord); `ids` as there. */
  add(tokens: readonly string[], ids: readonly number[] | undefined, participant: Participant, lowerCaseName: boolean, kind: AliasKind): void {
    if (tokens.length === 1) {
      this.addWord(tokens[0]!, ids?.[0], participant, lowerCaseName, kind);
      return;
    }
    if (tokens.length === 0) return;
    // Indexed loops throughout: this runs once per thread, mostly before the engine optimises it,
    // and an unoptimised for...of makes an iterator and a result object per step.
    for (let k = 0; k < tokens.length; k++) if (tokens[k]!.length === 0) return;
    const wordIds = ids ?? tokens.map((w) => this.lexicon.normId(w));
    const node = this.multiNode(wordIds);
    if (node.entries) {
      this.addEntry(node.entries, participant, lowerCaseName, kind);
      return;
    }
    node.entries = [entryOf(participant, lowerCaseName, kind, false)];
    this.keyed.push({ id: -1, list: node.entries });
    if (wordIds.length > this.maxTokens) this.maxTokens = wordIds.length;
  }
}

function entryOf(participant: Participant, lowerCaseName: boolean, kind: AliasKind, wordLike: boolean): AliasEntry {
  return { participantId: participant.id, name: participant.name, kind, wordLike, lowerCaseName };
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
  for (let pi = 0; pi < participants.length; pi++) {
    const p = participants[pi]!;
    for (let si = 0; si < p.spellings.length; si++) {
      const spelling = p.spellings[si]!;
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
        if (long.length >= 2) aliases.addWord(long.map((k) => t[k]!).join(''), undefined, p, lower, 'short');
        const last = t.length - 1;
        aliases.addWord(t[0]!, ids?.[0], p, lower, 'first');
        aliases.addWord(t[last]!, ids?.[last], p, lower, 'last');
        aliases.add([t[0]!.charAt(0), t[last]!], undefined, p, lower, 'initial-last');
      }
      const handles = handlesIn(spelling);
      for (let k = 0; k < handles.length; k++) aliases.addWord(handles[k]!.replace(/[^\p{L}\p{N}]+/gu, ''), undefined, p, lower, 'handle');
    }
  }
  index.maxTokens = aliases.maxTokens;
  // A dense array (no holes) keeps lookups by word id fast.
  index.single = new Array<AliasEntry[] | undefined>(lexicon.norms.length).fill(undefined);
  const multi = new Array<AliasNode | undefined>(lexicon.norms.length).fill(undefined);
  for (let id = 0; id < aliases.roots.length; id++) if (aliases.roots[id]) multi[id] = aliases.roots[id];
  index.multi = multi;
  for (let a = 0; a < aliases.keyed.length; a++) {
    const { id, list } = aliases.keyed[a]!;
    // A one-word alias's entries are all word-like or none are (it is the same word).
    const token = id >= 0 ? lexicon.norm(id) : '';
    if (token.length >= 4 && !list[0]!.wordLike) {
      for (let k = 0; k < list.length; k++) if (list[k]!.kind !== 'handle') index.typoTargets.push({ token, entry: list[k]! });
    }
    // Best kinds first, so exact full names win over partial ones.
    if (list.length > 1) list.sort(byRank);
    if (id >= 0) index.single[id] = list;
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
