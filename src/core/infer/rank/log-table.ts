/**
 * Remembered logarithms for the scorer's features: log(1 + minutes) of the gap between two
 * comments, and log(1 + n) of small counts (words, shared words). The scorer needs them for
 * most candidates of every comment, and gaps repeat (times are mostly whole seconds, candidates
 * are close together), so each value is computed once. Every value equals Math.log1p of the
 * same argument, computed the same way: a table only saves the work.
 */

/** Gaps of whole seconds below this (an hour: 28 KB, which stays in the processor cache) are remembered. */
const GAP_SECONDS = 3_600;
/** Counts below this are remembered. */
const SMALL = 1024;

export class LogTable {
  /** log1p(seconds / 60) by whole seconds; NaN until first asked. */
  private readonly gaps = new Float64Array(GAP_SECONDS).fill(NaN);
  private readonly small = new Float64Array(SMALL).fill(NaN);

  /** Math.log1p(Math.max(0, ms / 60000)): the log of one plus a gap in minutes (none below 0); NaN when `ms` is. */
  logMinutes(ms: number): number {
    if (!(ms > 0)) return ms === ms ? 0 : NaN; // a gap of 0 or below counts as 0 minutes
    const s = Math.round(ms / 1000);
    // The range first: s * 1000 is then a small integer (a gap of weeks would overflow the
    // integer arithmetic the engine speculates on, and throw the optimised code away).
    if (s >= GAP_SECONDS || s * 1000 !== ms) return Math.log1p(ms / 60000);
    let v = this.gaps[s]!;
    if (v !== v) v = this.gaps[s] = Math.log1p(ms / 60000);
    return v;
  }

  /** Math.log1p(n) for a count n >= 0. */
  log1p(n: number): number {
    if (n >= SMALL || n !== (n | 0)) return Math.log1p(n);
    let v = this.small[n]!;
    if (v !== v) v = this.small[n] = Math.log1p(n);
    return v;
  }
}
