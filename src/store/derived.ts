/**
 * Values derived from the state, memoised on the inputs they depend on: the replies that
 * pass the filters and time window, and the graph built from them (the same filter the CSV
 * and GEXF exports use, so what is shown is what is exported).
 */
import type { Reply } from '../core/types';
import { buildGraph, filterReplies, type ThreadGraph } from '../core/graph/build';
import type { AppState } from './state';

function memo<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | undefined;
  let last: R;
  return (...args: A) => {
    if (!lastArgs || args.length !== lastArgs.length || args.some((a, i) => a !== lastArgs![i])) {
      last = f(...args);
      lastArgs = args;
    }
    return last;
  };
}

const filtered = memo((replies: Reply[], min: number, signals: string, from: number, to: number): Reply[] =>
  filterReplies(replies, { minConfidence: min, signals: signals ? (signals.split(',') as Reply['signal'][]) : [] })
    .filter((r) => r.commentIndex >= from && r.commentIndex <= to));

/** Replies passing the confidence floor, the enabled signals and the time window. */
export function visibleReplies(state: AppState): Reply[] {
  if (!state.data) return [];
  const v = state.view;
  const [from, to] = v.timeWindow ?? [1, Number.MAX_SAFE_INTEGER];
  return filtered(state.data.replies, v.minConfidence, v.signals.join(','), from, to);
}

const graphOf = memo((data: AppState['data'], replies: Reply[], min: number, signals: string): ThreadGraph | null =>
  data ? buildGraph(data.thread, replies, { minConfidence: min, signals: signals ? (signals.split(',') as Reply['signal'][]) : [] }) : null);

/** The participant graph of the visible replies. */
export function visibleGraph(state: AppState): ThreadGraph | null {
  return graphOf(state.data, visibleReplies(state), state.view.minConfidence, state.view.signals.join(','));
}

/** "11 participants · 25 comments · 26 replies" */
export function summaryLine(state: AppState): string {
  if (!state.data) return '';
  const { report } = state.data;
  const replies = visibleReplies(state).length;
  const p = report.participants, c = report.comments;
  return `${p} participant${p === 1 ? '' : 's'} · ${c} comment${c === 1 ? '' : 's'} · ${replies} repl${replies === 1 ? 'y' : 'ies'}`;
}
