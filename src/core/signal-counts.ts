/**
 * Replies counted per signal, every signal present (0 when none): the report's, report.json's,
 * the command line's summary and the app's signal toggles count with this.
 */
import { SIGNALS, type Reply, type Signal } from './types';

export function countBySignal(replies: Iterable<Pick<Reply, 'signal'>>): Record<Signal, number> {
  const counts = Object.fromEntries(SIGNALS.map((s) => [s, 0])) as Record<Signal, number>;
  for (const r of replies) counts[r.signal]++;
  return counts;
}
