/** The scorer's remembered logarithms are exactly Math.log1p of the same arguments. */
import { describe, expect, it } from 'vitest';
import { LogTable } from '../../../../src/core/infer/rank/log-table';

const minutesLog = (ms: number) => Math.log1p(Math.max(0, ms / 60000));

describe('LogTable', () => {
  it('gives log(1 + minutes) of a gap bit for bit, asked once or again', () => {
    const t = new LogTable();
    const gaps = [0, -0, -5000, 1000, 60_000, 61_000, 1500, 59_999, 3_599_000, 3_600_000, 3.6e9, 123_456_789, 7 * 60_000];
    for (let round = 0; round < 2; round++) {
      for (const ms of gaps) expect(Object.is(t.logMinutes(ms), minutesLog(ms)), `gap ${ms}`).toBe(true);
    }
    for (let s = 0; s < 5000; s += 7) expect(t.logMinutes(s * 1000)).toBe(minutesLog(s * 1000));
  });

  it('passes an unknown gap through as NaN', () => {
    expect(new LogTable().logMinutes(NaN)).toBeNaN();
  });

  it('gives log(1 + n) of counts, small and large', () => {
    const t = new LogTable();
    for (const n of [0, 1, 2, 17, 1023, 1024, 100_000, 2.5]) {
      expect(t.log1p(n)).toBe(Math.log1p(n));
      expect(t.log1p(n)).toBe(Math.log1p(n));
    }
  });
});
