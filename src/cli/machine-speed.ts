/**
 * How fast this machine is at the moment, printed by `npm run bench` so that its figures can be
 * read against it: the time of one random read from memory (a walk through a 64 MB table laid
 * out as one cycle in random order, so that nearly every read misses the processor's caches) and
 * of a fixed loop of arithmetic. On a shared machine both drift with the neighbours' load, and
 * the benchmark's times drift with them.
 */

export interface MachineSpeed {
  /** Nanoseconds per read of the walk. */
  randomReadNs: number;
  /** Milliseconds of ARITHMETIC_STEPS multiply-adds that depend on each other. */
  arithmeticMs: number;
}

const TABLE_BITS = 24;
const READS = 2_000_000;
export const ARITHMETIC_STEPS = 200_000_000;
/** Where the loops' results go, so that the engine cannot leave the work out. */
let sink = 0;

/** A table whose entries form one cycle through every index, in an order from a fixed seed (Sattolo's shuffle). */
function cycleTable(bits: number): Int32Array {
  const n = 1 << bits;
  const next = new Int32Array(n);
  for (let i = 0; i < n; i++) next[i] = i;
  let x = 12345;
  for (let i = n - 1; i > 0; i--) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const j = x % i; // j < i: the shuffle makes a single cycle
    const t = next[i]!;
    next[i] = next[j]!;
    next[j] = t;
  }
  return next;
}

function walk(next: Int32Array, reads: number): number {
  let p = 0;
  for (let k = 0; k < reads; k++) p = next[p]!;
  return p;
}

function arithmetic(steps: number): number {
  let y = 1;
  for (let i = 0; i < steps; i++) y = (Math.imul(y, 31) + i) | 0;
  return y;
}

/** Measures both (about a second). `bits`, `reads` and `steps` are smaller in tests. */
export function measureMachineSpeed(bits = TABLE_BITS, reads = READS, steps = ARITHMETIC_STEPS): MachineSpeed {
  const next = cycleTable(bits);
  // A short first walk and loop, so that both are compiled before they are timed.
  sink ^= walk(next, reads >> 4) ^ arithmetic(steps >> 6);
  let t0 = performance.now();
  sink ^= walk(next, reads);
  const randomReadNs = ((performance.now() - t0) * 1e6) / reads;
  t0 = performance.now();
  sink ^= arithmetic(steps);
  const arithmeticMs = performance.now() - t0;
  return { randomReadNs, arithmeticMs };
}

/** One line for the benchmark's output. */
export function describeMachineSpeed(s: MachineSpeed): string {
  return `a random read from memory ${s.randomReadNs.toFixed(0)} ns, ` +
    `${(ARITHMETIC_STEPS / 1e6).toFixed(0)}M dependent multiply-adds ${s.arithmeticMs.toFixed(0)} ms`;
}
