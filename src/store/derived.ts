/**
 * Values derived from the state, memoised on the inputs they depend on: the replies that
 * pass the filters, time window and topic, the thread's topics, and the graph built from them (the same filter the CSV
 * and GEXF exports use, so what is shown is what is exported).
 */
import type { Comment, Reply } from '../core/types';
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

const filtered = memo((replies: Reply[], comments: readonly Comment[], min: number, signals: string, from: number, to: number, topic: string | null): Reply[] =>
  filterReplies(replies, { minConfidence: min, signals: signals ? (signals.split(',') as Reply['signal'][]) : [] })
    .filter((r) => r.commentIndex >= from && r.commentIndex <= to && (topic === null || comments[r.commentIndex - 1]?.topic === topic)));

/** Replies passing the confidence floor, the enabled signals, the time window and the topic. */
export function visibleReplies(state: AppState): Reply[] {
  if (!state.data) return [];
  const v = state.view;
  const [from, to] = v.timeWindow ?? [1, Number.MAX_SAFE_INTEGER];
  return filtered(state.data.replies, state.data.thread.comments, v.minConfidence, v.signals.join(','), from, to, v.topic);
}

/** The thread's topics (the posts of a blog export) with their comment counts, in order of first comment; empty when it has one or none. */
export const threadTopics = memo((comments: readonly Comment[]): { topic: string; comments: number }[] => {
  const counts = new Map<string, number>();
  for (const c of comments) if (c.topic !== undefined && !c.system) counts.set(c.topic, (counts.get(c.topic) ?? 0) + 1);
  return counts.size < 2 ? [] : [...counts].map(([topic, n]) => ({ topic, comments: n }));
});

const graphOf = memo((data: AppState['data'], replies: Reply[], min: number, signals: string): ThreadGraph | null =>
  data ? buildGraph(data.thread, replies, { minConfidence: min, signals: signals ? (signals.split(',') as Reply['signal'][]) : [] }) : null);

/** The participant graph of the visible replies. */
export function visibleGraph(state: AppState): ThreadGraph | null {
  return graphOf(state.data, visibleReplies(state), state.view.minConfidence, state.view.signals.join(','));
}

/** "11 participants · 25 comments · 26 replies" (thousands separated: "15,510 participants"); with a topic chosen, "… · 119 comments (3 on this post) · …" */
export function summaryLine(state: AppState): string {
  if (!state.data) return '';
  const { report, thread } = state.data;
  const replies = visibleReplies(state).length;
  const p = report.participants, c = report.comments;
  const topic = state.view.topic;
  const n = (x: number): string => x.toLocaleString('en-US');
  const onTopic = topic === null ? '' : ` (${n(threadTopics(thread.comments).find((t) => t.topic === topic)?.comments ?? 0)} on this post)`;
  return `${n(p)} participant${p === 1 ? '' : 's'} · ${n(c)} comment${c === 1 ? '' : 's'}${onTopic} · ${n(replies)} repl${replies === 1 ? 'y' : 'ies'}`;
}
