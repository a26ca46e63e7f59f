/**
 * Numbers distinct ordered pairs of small non-negative integers (participant positions) 0, 1, 2…
 * in order of first appearance. An open-addressing hash table in typed arrays: unlike a Map keyed
 * by `source * n + target`, it allocates nothing per pair and cannot overflow for large n.
 */
export class PairNumbering {
  private readonly sources: Int32Array;
  private readonly targets: Int32Array;
  private readonly numbers: Int32Array;
  private readonly mask: number;
  /** Pairs numbered so far. */
  size = 0;

  /** `maxPairs`: how many distinct pairs at most will be numbered. */
  constructor(maxPairs: number) {
    let capacity = 16;
    while (capacity < 2 * maxPairs) capacity *= 2;
    this.sources = new Int32Array(capacity).fill(-1);
    this.targets = new Int32Array(capacity);
    this.numbers = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The number of the pair; a new pair gets the next number (then equal to `size - 1`). */
  numberOf(source: number, target: number): number {
    let h = Math.imul(source, 0x9e3779b1) ^ Math.imul(target + 1, 0x85ebca6b);
    h = (h ^ (h >>> 15)) & this.mask;
    for (;;) {
      const s = this.sources[h]!;
      if (s === -1) {
        if (this.size > this.mask >>> 1) throw new Error('PairNumbering: more pairs than announced');
        this.sources[h] = source;
        this.targets[h] = target;
        this.numbers[h] = this.size;
        return this.size++;
      }
      if (s === source && this.targets[h] === target) return this.numbers[h]!;
      h = (h + 1) & this.mask;
    }
  }
}
