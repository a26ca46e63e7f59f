/**
 * The lexicon's ids of plain ASCII words (letters and digits only), found by two independent
 * 32-bit hashes of the word's lower case and its length, which the tokenizer makes as it reads
 * the word: a false match would need both hashes to collide (about one chance in 10^19 per pair
 * of distinct words), so looking a known word up reads no string at all. An open-addressing
 * table, 4 ints a slot: [hash, hash2, length, word id].
 */
export class PlainWords {
  private keys = new Int32Array(4 << 12);
  private used = 0;

  /** The id of the word with these hashes and length, or 0 when it is not in the table. */
  find(hash: number, hash2: number, len: number): number {
    const h = hash === 0 ? 1 : hash; // 0 marks an empty slot
    const keys = this.keys;
    const mask = (keys.length >> 2) - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const o = slot << 2;
      const key = keys[o]!;
      if (key === 0) return 0;
      if (key === h && keys[o + 1] === hash2 && keys[o + 2] === len) return keys[o + 3]!;
    }
  }

  /** Adds a word (not in the table yet) with its id, which is never 0. */
  insert(hash: number, hash2: number, len: number, id: number): void {
    if ((this.used + 1) * 2 > this.keys.length >> 2) this.grow();
    this.put(hash === 0 ? 1 : hash, hash2, len, id);
  }

  private put(hash: number, hash2: number, len: number, id: number): void {
    const keys = this.keys;
    const mask = (keys.length >> 2) - 1;
    let slot = hash & mask;
    while (keys[slot << 2] !== 0) slot = (slot + 1) & mask;
    const o = slot << 2;
    keys[o] = hash;
    keys[o + 1] = hash2;
    keys[o + 2] = len;
    keys[o + 3] = id;
    this.used++;
  }

  private grow(): void {
    const old = this.keys;
    this.keys = new Int32Array(old.length * 2);
    this.used = 0;
    for (let o = 0; o < old.length; o += 4) if (old[o] !== 0) this.put(old[o]!, old[o + 1]!, old[o + 2]!, old[o + 3]!);
  }
}
