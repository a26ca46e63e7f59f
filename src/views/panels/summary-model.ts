/**
 * Counts behind the summary line and the signal toggles: replies per signal that the current
 * confidence floor and time window let through (whatever signals are switched on), so each
 * toggle says how many replies switching it on would show.
 */
import { SIGNALS, type Signal } from '../../core/types';
import { filterReplies } from '../../core/graph/build';
import { countBySignal } from '../../core/signal-counts';
import { summaryLine } from '../../store/derived';
import type { AppState } from '../../store/state';

/** Replies per primary signal passing the confidence floor and the time window. */
export function signalCounts(state: AppState): Record<Signal, number> {
  if (!state.data) return countBySignal([]);
  const [from, to] = state.view.timeWindow ?? [1, Number.MAX_SAFE_INTEGER];
  return countBySignal(filterReplies(state.data.replies, { minConfidence: state.view.minConfidence, signals: SIGNALS })
    .filter((r) => r.commentIndex >= from && r.commentIndex <= to));
}

/** The summary line and the label of where the thread came from; null while nothing is loaded. */
export function summaryParts(state: AppState): { line: string; source: string } | null {
  if (!state.data) return null;
  return { line: summaryLine(state), source: state.source?.label ?? '' };
}
