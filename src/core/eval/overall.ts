/**
 * The overall row of an evaluation: per method, the micro-average over every dataset run —
 * matched, predicted and gold link counts (and participant counts, and covered/total comments)
 * summed over the datasets before dividing, so big datasets weigh more than small ones.
 * IRC datasets contribute their counts as scored there (self-links included).
 */
import type { MethodScores } from './evaluate';
import { addCounts, NO_COUNTS, prfFromCounts, type LinkCounts } from './metrics';
import { METHODS } from './predict';

const countsOf = ({ matched, predicted, gold }: LinkCounts): LinkCounts => ({ matched, predicted, gold });

/** Sums each method's scores over the datasets; methods appear in METHODS order. */
export function overallScores(perDataset: readonly (readonly MethodScores[])[]): MethodScores[] {
  return METHODS.flatMap((method) => {
    const rows = perDataset.flatMap((scores) => scores.filter((s) => s.method === method));
    if (rows.length === 0) return [];
    let link = NO_COUNTS;
    let participant: LinkCounts | undefined;
    let covered = 0, total = 0;
    for (const r of rows) {
      link = addCounts(link, countsOf(r.link));
      if (r.participant) participant = addCounts(participant ?? NO_COUNTS, countsOf(r.participant));
      covered += r.coverage.covered;
      total += r.coverage.total;
    }
    const out: MethodScores = {
      method, link: prfFromCounts(link), coverage: { covered, total, share: total > 0 ? covered / total : 0 },
    };
    if (participant) out.participant = prfFromCounts(participant);
    return [out];
  });
}
