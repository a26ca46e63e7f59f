/**
 * Numbers distinct ordered pairs of small non-negative integers (participant positions) 0, 1, 2…
 * in order of first appearance. An open-addressing hash table in typed arrays: unlike a Map keyed
 * by `source * n + target`, it allocates nothing per pair and cannot overflow for large n. It
 * doubles when half full, so the number of pairs need not be known in advance.
 */
export class PairNumbering {
  private sources: Int32Array;
  private targets: Int32Array;
  private numbers: Int32Array;
  private mask: number;
  /** Pairs numbered so far. */
  size = 0;

  /** `expectedPairs`: about how many distinct pairs will be numbered (the table grows past it). */
  constructor(expectedPairs = 16) {
    let capacity = 16;
    while (capacity < 2 * expectedPairs) capacity *= 2;
    this.sources = new Int32Array(capacity).fill(-1);
    this.targets = new Int32Array(capacity);
    this.numbers = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The number of the pair; a new pair gets the next number (then equal to `size - 1`). */
  numberOf(source: number, target: number): number {
    for (let h = this.slot(source, target); ; h = (h + 1) & this.mask) {
      const s = this.sources[h]!;
      if (s === -1) {
        if (this.size >= this.mask >>> 1) {
          this.grow();
          return this.numberOf(source, target);
        }
        this.sources[h] = source;
        this.targets[h] = target;
        this.numbers[h] = this.size;
        return this.size++;
      }
      if (s === source && this.targets[h] === target) return this.numbers[h]!;
    }
  }

  private slot(source: number, target: number): number {
    const h = Math.imul(source, 0x9e3779b1) ^ Math.imul(target + 1, 0x85ebca6b);
    return (h ^ (h >>> 15)) & this.mask;
  }

  private grow(): void {
    const { sources, targets, numbers } = this;
    const capacity = sources.length * 2;
    this.sources = new Int32Array(capacity).fill(-1);
    this.targets = new Int32Array(capacity);
    this.numbers = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let old = 0; old < sources.length; old++) {
      const s = sources[old]!;
      if (s === -1) continue;
      let h = this.slot(s, targets[old]!);
      while (this.sources[h] !== -1) h = (h + 1) & this.mask;
      this.sources[h] = s;
      this.targets[h] = targets[old]!;
      this.numbers[h] = numbers[old]!;
    }
  }
}
