import { describe, expect, it } from 'vitest';
import { measureContention } from '../../src/cli/memory-contention';

describe('memory contention probe', () => {
  it('times a loop alone and two at once, in worker threads', async () => {
    for (const kind of ['memory', 'arithmetic'] as const) {
      const c = await measureContention(kind, 200_000, 16);
      expect(c.kind).toBe(kind);
      expect(c.aloneMs).toBeGreaterThan(0);
      expect(c.togetherMs).toHaveLength(2);
      for (const t of c.togetherMs) expect(t).toBeGreaterThan(0);
    }
  }, 30_000);
});
