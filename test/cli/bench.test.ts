import { describe, expect, it } from 'vitest';
import { main, measure, measureArgs, repeatOption, spread } from '../../src/cli/bench';
import { NODE_FLAGS } from '../../src/cli/node-flags';

describe('bench', () => {
  it('measures the stages of a seeded synthetic thread and says what it found', () => {
    const m = measure(2000);
    expect(m.comments).toBe(2000);
    expect(m.participants).toBeGreaterThan(100);
    expect(m.replies).toBeGreaterThan(500);
    for (const stage of [m.splitMs, m.parseMs, m.inferMs, m.graphMs]) expect(stage).toBeGreaterThan(0);
    // Same seed, same thread: the replies found do not change from one run to the next.
    expect(measure(2000).replies).toBe(m.replies);
  }, 60_000);
});

describe('bench options', () => {
  it('reads --repeat as a positive whole number of runs per size', () => {
    expect(repeatOption([])).toBe(1);
    expect(repeatOption(['--repeat', '5'])).toBe(5);
    for (const bad of [['--repeat'], ['--repeat', '0'], ['--repeat', '2.5'], ['--repeat', 'x']]) expect(repeatOption(bad)).toBeUndefined();
  });

  it('summarises the totals of repeated runs', () => {
    expect(spread([3400, 3100, 3900])).toEqual({ min: 3100, median: 3400, max: 3900 });
    expect(spread([4000, 3000, 3600, 3200])).toEqual({ min: 3000, median: 3400, max: 4000 });
    expect(() => spread([])).toThrow();
  });

  it('measures each size with the command line\'s Node settings', () => {
    expect(NODE_FLAGS.length).toBeGreaterThan(0);
    expect(measureArgs('run-ts.mjs', 'bench.ts', 1000)).toEqual([...NODE_FLAGS, 'run-ts.mjs', 'bench.ts', '--one', '1000']);
  });

  it('refuses a bad --repeat with exit code 2', async () => {
    expect(await main(['--repeat', 'many'])).toBe(2);
  });
});
