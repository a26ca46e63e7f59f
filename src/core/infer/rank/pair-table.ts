/**
 * A number per unordered pair of small non-negative integers (two people), in one
 * open-addressing table: the scorer asks "when did these two last talk?" for most candidates
 * of most comments. A slot is three adjacent integers (the pair and its value), so a probe
 * reads one cache line.
 */

/** Integers per slot: smaller number + 1 (0: an empty slot), larger number + 1, value, padding. */
const STRIDE = 4;
const MIN_SLOTS = 1 << 10;

function slotOf(low: number, high: number, mask: number): number {
  let h = Math.imul(low, 0x9e3779b1) ^ Math.imul(high + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  return h & mask;
}

export class PairTable {
  private slots = new Int32Array(MIN_SLOTS * STRIDE);
  private used = 0;

  /** The value stored for the pair {a, b}, or 0. */
  get(a: number, b: number): number {
    const lo = (a < b ? a : b) + 1, hi = (a < b ? b : a) + 1;
    const slots = this.slots;
    const mask = slots.length / STRIDE - 1;
    for (let s = slotOf(lo, hi, mask); ; s = (s + 1) & mask) {
      const o = s * STRIDE;
      const l = slots[o]!;
      if (l === 0) return 0;
      if (l === lo && slots[o + 1] === hi) return slots[o + 2]!;
    }
  }

  /** Stores `value` for the pair {a, b}. */
  set(a: number, b: number, value: number): void {
    if ((this.used + 1) * 2 * STRIDE > this.slots.length) this.grow();
    this.put((a < b ? a : b) + 1, (a < b ? b : a) + 1, value);
  }

  private put(lo: number, hi: number, value: number): void {
    const slots = this.slots;
    const mask = slots.length / STRIDE - 1;
    for (let s = slotOf(lo, hi, mask); ; s = (s + 1) & mask) {
      const o = s * STRIDE;
      const l = slots[o]!;
      if (l === lo && slots[o + 1] === hi) {
        slots[o + 2] = value;
        return;
      }
      if (l === 0) {
        slots[o] = lo;
        slots[o + 1] = hi;
        slots[o + 2] = value;
        this.used++;
        return;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.used = 0;
    for (let o = 0; o < old.length; o += STRIDE) if (old[o] !== 0) this.put(old[o]!, old[o + 1]!, old[o + 2]!);
  }
}
