/**
 * The thread's vocabulary: every word token gets the numeric id of its folded form, so name
 * matching and quote finding compare numbers instead of strings. Tokenising is a hand-written
 * scanner into typed arrays (a word is a run of letters, digits and marks, with inner
 * apostrophes: "it's", "Ann's"); a possessive 's is folded away.
 */
import { foldWord } from './fold';
import { ASCII, isLetterAt, isWordCode, markOf } from './word-chars';
import { PlainWords } from './plain-words';

/**
 * A comment's tokens: entries 0 to count - 1 of the arrays (which may be longer). The list and
 * its arrays belong to the lexicon and the next `tokenize` call overwrites them.
 */
export interface TokenList {
  count: number;
  /** MARK_* bits (word-chars.ts) for punctuation seen anywhere in the text, so signals can skip a text cheaply. */
  marks: number;
  /** OR of the word classes (see Lexicon's `classify`) of every token. */
  classes: number;
  start: Int32Array;
  end: Int32Array;
  /** Folded-form id of each token. */
  id: Int32Array;
  /**
   * Entries 0 to capitalCount - 1: the indexes, ascending, of the tokens that may start with a
   * capital (an ASCII capital, or any character beyond ASCII, which the reader checks), so that
   * signals looking for capitalised words need not read the text of the others.
   */
  capitals: Int32Array;
  capitalCount: number;
}

/** The classifier of a lexicon made without one: no word has a class. */
const NO_CLASS = (): number => 0;

const ENCODER = new TextEncoder();
/** ASCII texts up to this length are read as bytes; longer ones character by character. */
const MAX_BYTES = 1 << 20;

export class Lexicon {
  /** Word classes by word id, from `classify` (computed once per distinct word). */
  private wordClasses = new Uint8Array(1024);
  /** Whether any word has a class: a lexicon made without `classify` skips reading them. */
  private readonly classified: boolean;

  /** `classify(norm)`: bits a caller wants to know about a word, e.g. "can start a post reference". */
  constructor(private readonly classify: (norm: string) => number = NO_CLASS) {
    this.classified = classify !== NO_CLASS;
  }

  private rawToId = new Map<string, number>();
  private normToId = new Map<string, number>();
  /** id → folded form; id 0 is unused so 0 can mean "none". */
  readonly norms: string[] = [''];
  private scratchStart = new Int32Array(256);
  private scratchEnd = new Int32Array(256);
  private scratchId = new Int32Array(256);
  private scratchCapitals = new Int32Array(64);
  /** The list `load` hands out, over its own buffers (never the scratch ones: a caller may tokenise a text while it holds a loaded list). */
  private readonly view: TokenList = {
    count: 0, marks: 0, classes: 0, start: new Int32Array(256), end: new Int32Array(256), id: new Int32Array(256),
    capitals: new Int32Array(64), capitalCount: 0,
  };
  /** An ASCII text's bytes, for tokenize. */
  private bytes = new Uint8Array(1 << 12);
  /** The one token list handed out, refilled by every call (saves an object and four views per comment). */
  private readonly list: TokenList = this.emptyList();
  /** Plain ASCII words' ids by their hashes (plain-words.ts). */
  private readonly plain = new PlainWords();

  /**
   * Words taken in by `adopt` from this id on are in `norms` but not yet in `normToId`: they
   * are looked up by id only, unless a word is looked up by its text, which first adds them.
   */
  private unmappedFrom = Infinity;

  /** Adds the adopted words to the map from text to id (see unmappedFrom). */
  private mapAdopted(): void {
    for (let id = this.unmappedFrom; id < this.norms.length; id++) this.normToId.set(this.norms[id]!, id);
    this.unmappedFrom = Infinity;
  }

  /** Id of a folded form (interned). */
  normId(norm: string): number {
    if (this.unmappedFrom !== Infinity) this.mapAdopted();
    let id = this.normToId.get(norm);
    if (id === undefined) {
      id = this.norms.length;
      this.norms.push(norm);
      this.setClasses(id, this.classify(norm));
      this.normToId.set(norm, id);
    }
    return id;
  }

  /** Id of a folded form, or 0 when the thread never used that word. */
  existingId(norm: string): number {
    if (this.unmappedFrom !== Infinity) this.mapAdopted();
    return this.normToId.get(norm) ?? 0;
  }

  /** Id of the folded form of one raw word token. */
  rawId(raw: string): number {
    let id = this.rawToId.get(raw);
    if (id === undefined) {
      id = this.normId(foldWord(raw));
      this.rawToId.set(raw, id);
    }
    return id;
  }

  /**
   * Takes in words another lexicon interned after this one's first `firstId` ids (that lexicon
   * started from this one's words and has since tokenised text this one has not). Throws when
   * the two are out of step, as ids would then mean different words: when this one has interned
   * a word since (its next id is not `firstId`). Otherwise every offered word is new here, so
   * the words are appended without being looked up (see unmappedFrom).
   */
  adopt(norms: readonly string[], firstId: number): void {
    if (firstId !== this.norms.length) throw new Error(`Lexicon out of step: words from id ${firstId} offered, ${this.norms.length} known.`);
    if (norms.length === 0) return;
    if (this.unmappedFrom === Infinity) this.unmappedFrom = firstId;
    for (let k = 0; k < norms.length; k++) {
      this.norms.push(norms[k]!);
      this.setClasses(firstId + k, this.classify(norms[k]!));
    }
  }

  /**
   * The token list of a comment tokenised elsewhere with ids of this lexicon: its `count` tokens
   * are at `from` in the given arrays and its `capitalCount` capital indexes at `capitalFrom`.
   * They are copied into the list's own buffers, which is cheaper than making four views of
   * those arrays per comment (the views are garbage the next comment). Valid until the next
   * call; same contract as `tokenize` otherwise.
   */
  load(
    count: number, marks: number, start: Int32Array, end: Int32Array, id: Int32Array, from: number,
    capitals: Int32Array, capitalFrom: number, capitalCount: number,
  ): TokenList {
    const view = this.view;
    if (view.start.length < count) {
      const size = Math.max(256, 2 * count);
      view.start = new Int32Array(size);
      view.end = new Int32Array(size);
      view.id = new Int32Array(size);
    }
    if (view.capitals.length < capitalCount) view.capitals = new Int32Array(Math.max(64, 2 * capitalCount));
    const vs = view.start, ve = view.end, vi = view.id, vc = view.capitals;
    for (let k = 0; k < count; k++) {
      vs[k] = start[from + k]!;
      ve[k] = end[from + k]!;
      vi[k] = id[from + k]!;
    }
    for (let k = 0; k < capitalCount; k++) vc[k] = capitals[capitalFrom + k]!;
    view.capitalCount = capitalCount;
    view.count = count;
    view.marks = marks;
    view.classes = this.classesOf(view.id, count);
    return view;
  }

  norm(id: number): string {
    return this.norms[id] ?? '';
  }

  /**
   * The comment's tokens. ASCII texts (the usual case) are read as bytes, which the built-in
   * TextEncoder makes in one call and a loop reads faster than characters of a string; other
   * texts are read character by character. Both give the same tokens.
   */
  tokenize(text: string): TokenList {
    const len = text.length;
    if (len <= MAX_BYTES) {
      if (this.bytes.length < len) this.bytes = new Uint8Array(Math.min(MAX_BYTES, 2 * len));
      const { read, written } = ENCODER.encodeInto(text, this.bytes);
      if (read === len && written === len) return this.tokenizeAscii(text, len);
    }
    return this.tokenizeChars(text);
  }

  /** `tokenize` for an ASCII text whose `len` bytes are in `this.bytes`. */
  private tokenizeAscii(text: string, len: number): TokenList {
    const bytes = this.bytes;
    let n = 0;
    let capitalCount = 0;
    let marks = 0;
    let i = 0;
    while (i < len) {
      const code = bytes[i]!;
      if (ASCII[code] === 0) {
        marks |= markOf(code);
        i++;
        continue;
      }
      const s = i;
      if (code >= 65 && code <= 90) capitalCount = this.noteCapital(capitalCount, n);
      // Hashed as in tokenizeChars; an inner apostrophe ("it's") makes the word not plain.
      let plain = true;
      let hash = Math.imul(0x811c9dc5 ^ (code | 32), 0x01000193);
      let hash2 = Math.imul(0x2545f491 ^ (code | 32), 0x5bd1e995);
      i++;
      while (i < len) {
        const c = bytes[i]!;
        if (ASCII[c] !== 0) {
          hash = Math.imul(hash ^ (c | 32), 0x01000193);
          hash2 = Math.imul(hash2 ^ (c | 32), 0x5bd1e995) ^ (hash2 >>> 15);
          i++;
          continue;
        }
        if (c === 39 && i + 1 < len && ASCII[bytes[i + 1]!] === 1) { plain = false; i += 2; continue; }
        break;
      }
      this.record(n++, text, s, i, plain, hash, hash2);
    }
    return this.fillList(n, marks, capitalCount);
  }

  /** `tokenize` character by character, for any text (exposed for tests, which compare it with the ASCII path). */
  tokenizeChars(text: string): TokenList {
    let n = 0;
    let capitalCount = 0;
    let marks = 0;
    const len = text.length;
    let i = 0;
    while (i < len) {
      const code = text.charCodeAt(i);
      if (!isWordCode(code, text, i)) {
        marks |= markOf(code);
        i++;
        continue;
      }
      const s = i;
      if (code >= 128 || (code >= 65 && code <= 90)) capitalCount = this.noteCapital(capitalCount, n);
      // While the word is plain ASCII letters/digits its folded form is just its lower case,
      // hashed here as it is scanned so that it needs no string of its own.
      let plain = code < 128;
      let hash = plain ? Math.imul(0x811c9dc5 ^ (code | 32), 0x01000193) : 0;
      let hash2 = plain ? Math.imul(0x2545f491 ^ (code | 32), 0x5bd1e995) : 0;
      i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      while (i < len) {
        const c = text.charCodeAt(i);
        if (c < 128 && ASCII[c] !== 0) {
          hash = Math.imul(hash ^ (c | 32), 0x01000193);
          hash2 = Math.imul(hash2 ^ (c | 32), 0x5bd1e995) ^ (hash2 >>> 15);
          i++;
          continue;
        }
        if (isWordCode(c, text, i)) { plain = false; i += c >= 0xd800 && c <= 0xdbff ? 2 : 1; continue; }
        if ((c === 39 || c === 0x2019) && i + 1 < len && isLetterAt(text, i + 1)) { plain = false; i += 2; continue; }
        break;
      }
      this.record(n++, text, s, i, plain, hash, hash2);
    }
    return this.fillList(n, marks, capitalCount);
  }

  /** Records token `n`, text[s, e), with its id (a plain word's found by its hashes, see plainId). */
  private record(n: number, text: string, s: number, e: number, plain: boolean, hash: number, hash2: number): void {
    if (n === this.scratchStart.length) this.growScratch();
    this.scratchStart[n] = s;
    this.scratchEnd[n] = e;
    this.scratchId[n] = plain ? this.plainId(text, s, e, hash, hash2) : this.rawId(text.slice(s, e));
  }

  /** Lists token `n` among those that may start with a capital, `count` being listed so far; returns the new count. */
  private noteCapital(count: number, n: number): number {
    if (count === this.scratchCapitals.length) this.growCapitals();
    this.scratchCapitals[count] = n;
    return count + 1;
  }

  /**
   * The one token list, over the scanner's own buffers: valid until the next call, which is
   * all a caller needs (comments are processed one at a time; whatever is kept is copied).
   */
  private fillList(n: number, marks: number, capitalCount: number): TokenList {
    const list = this.list;
    list.count = n;
    list.marks = marks;
    list.classes = this.classesOf(this.scratchId, n);
    list.start = this.scratchStart;
    list.end = this.scratchEnd;
    list.id = this.scratchId;
    list.capitals = this.scratchCapitals;
    list.capitalCount = capitalCount;
    return list;
  }

  /** Records the classes of word `id` (bytes in a typed array: one read per token stays in a small table). */
  private setClasses(id: number, classes: number): void {
    if (classes > 0xff || classes < 0) throw new Error(`Word classes must fit in 8 bits, got ${classes}.`);
    // Every id gets a byte (0 when it has no class), so that reading a token's classes never goes past the end.
    if (id >= this.wordClasses.length) {
      const grown = new Uint8Array(Math.max(id + 1, this.wordClasses.length * 2));
      grown.set(this.wordClasses);
      this.wordClasses = grown;
    }
    this.wordClasses[id] = classes;
  }

  /** OR of the word classes of ids[0, n) (0 without a classifier, which gives every word 0). */
  private classesOf(ids: Int32Array, n: number): number {
    if (!this.classified) return 0;
    let classes = 0;
    const wc = this.wordClasses;
    for (let k = 0; k < n; k++) classes |= wc[ids[k]!]!;
    return classes;
  }

  /** A token list over the scanner's own buffers, empty. */
  private emptyList(): TokenList {
    return {
      count: 0, marks: 0, classes: 0, start: this.scratchStart, end: this.scratchEnd, id: this.scratchId,
      capitals: this.scratchCapitals, capitalCount: 0,
    };
  }

  /** Id of a plain ASCII word text[s, e) with the hashes the tokenizer made of it (see PlainWords). */
  private plainId(text: string, s: number, e: number, hash: number, hash2: number): number {
    const known = this.plain.find(hash, hash2, e - s);
    if (known !== 0) return known;
    const id = this.normId(text.slice(s, e).toLowerCase());
    this.plain.insert(hash, hash2, e - s, id);
    return id;
  }

  private growCapitals(): void {
    const c = new Int32Array(this.scratchCapitals.length * 2);
    c.set(this.scratchCapitals);
    this.scratchCapitals = c;
  }

  private growScratch(): void {
    const s = new Int32Array(this.scratchStart.length * 2);
    s.set(this.scratchStart);
    this.scratchStart = s;
    const e = new Int32Array(this.scratchEnd.length * 2);
    e.set(this.scratchEnd);
    this.scratchEnd = e;
    const d = new Int32Array(this.scratchId.length * 2);
    d.set(this.scratchId);
    this.scratchId = d;
  }
}
