import { describe, expect, it } from 'vitest';
import type { MethodScores } from '../../../src/core/eval/evaluate';
import { prfFromCounts } from '../../../src/core/eval/metrics';
import { overallScores } from '../../../src/core/eval/overall';

function scores(method: MethodScores['method'], link: [number, number, number], participant?: [number, number, number], covered = 0, total = 0): MethodScores {
  const s: MethodScores = {
    method,
    link: prfFromCounts({ matched: link[0], predicted: link[1], gold: link[2] }),
    coverage: { covered, total, share: total ? covered / total : 0 },
  };
  if (participant) s.participant = prfFromCounts({ matched: participant[0], predicted: participant[1], gold: participant[2] });
  return s;
}

describe('overall (micro-average) scores', () => {
  it('sums counts over datasets before dividing, per method', () => {
    const a = [scores('threadgraph', [1, 1, 1], undefined, 1, 2), scores('previous', [0, 2, 2], undefined, 2, 2)];
    const b = [scores('threadgraph', [0, 3, 3], [2, 4, 8], 3, 6), scores('previous', [4, 4, 4], [1, 1, 1], 6, 6)];
    const [threadgraph, previous] = overallScores([a, b]);
    expect(threadgraph!.method).toBe('threadgraph');
    expect([threadgraph!.link.matched, threadgraph!.link.predicted, threadgraph!.link.gold]).toEqual([1, 4, 4]);
    expect(threadgraph!.link.precision).toBeCloseTo(0.25); // not the mean of 1.0 and 0.0
    // participant counts only from the datasets that have them
    expect([threadgraph!.participant!.matched, threadgraph!.participant!.predicted, threadgraph!.participant!.gold]).toEqual([2, 4, 8]);
    expect(threadgraph!.participant!.recall).toBeCloseTo(0.25);
    expect(threadgraph!.coverage).toEqual({ covered: 4, total: 8, share: 0.5 });
    expect(previous!.link.precision).toBeCloseTo(4 / 6);
    expect(overallScores([a]).find((s) => s.method === 'previous')!.participant).toBeUndefined();
  });

  it('gives no row for a method no dataset ran', () => {
    expect(overallScores([[scores('previous', [1, 1, 1])]]).map((s) => s.method)).toEqual(['previous']);
  });
});
