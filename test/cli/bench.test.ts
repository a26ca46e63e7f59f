import { describe, expect, it } from 'vitest';
import { measure } from '../../src/cli/bench';

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
