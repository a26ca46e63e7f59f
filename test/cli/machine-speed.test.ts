/** The benchmark's measure of the machine's speed (src/cli/machine-speed.ts). */
import { describe, expect, it } from 'vitest';
import { describeMachineSpeed, measureMachineSpeed } from '../../src/cli/machine-speed';

describe('machine speed', () => {
  it('times a random read and a loop of arithmetic, and a longer loop takes longer', () => {
    const small = measureMachineSpeed(16, 100_000, 1_000_000);
    expect(small.randomReadNs).toBeGreaterThan(0);
    expect(small.randomReadNs).toBeLessThan(10_000);
    expect(small.arithmeticMs).toBeGreaterThan(0);
    const larger = measureMachineSpeed(16, 100_000, 40_000_000);
    expect(larger.arithmeticMs).toBeGreaterThan(small.arithmeticMs);
  });

  it('prints both figures in one line', () => {
    const line = describeMachineSpeed({ randomReadNs: 171.4, arithmeticMs: 288.6 });
    expect(line).toContain('a random read from memory 171 ns');
    expect(line).toContain('200M dependent multiply-adds 289 ms');
  });
});
