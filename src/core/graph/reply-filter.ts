/**
 * Which replies the graph and the tables count: confidence at least the floor, some evidence of
 * an enabled signal (see keepSignals), not a participant answering themselves, and only the
 * first reply of each comment → target pair, in thread order (comment index, then target id).
 * The rule is applied a comment at a time, so that the graph can take in replies as inference
 * judges them (assembler.ts) and give the same result as from the whole list at once.
 */
import { InputError } from '../errors';
import { SIGNALS } from '../types';
import type { Reply, Signal } from '../types';
import { keepSignals } from '../infer/signal-filter';
import { DEFAULT_SIGNALS } from '../infer/default-signals';

/** Which replies count: confidence floor and enabled signals. */
export interface ReplyFilter {
  /** Replies with confidence below this are left out (default 0). */
  minConfidence?: number;
  /** Only evidence of these signals counts; replies left with none are dropped (default: all but adjacency). */
  signals?: readonly Signal[];
}

/** A filter with its defaults filled in and checked. */
export interface CheckedFilter {
  minConfidence: number;
  signals: Signal[];
  enabled: ReadonlySet<Signal>;
}

/** The filter with its defaults; throws InputError (BAD_OPTION) on a bad one. */
export function checkFilter(filter: ReplyFilter): CheckedFilter {
  const minConfidence = filter.minConfidence ?? 0;
  if (typeof minConfidence !== 'number' || !Number.isFinite(minConfidence)) {
    throw new InputError('BAD_OPTION', `Minimum confidence must be a number, got "${String(minConfidence)}".`, {
      hint: 'Use a value between 0 and 1, e.g. 0.5.',
    });
  }
  const signals = [...(filter.signals ?? DEFAULT_SIGNALS)];
  for (const s of signals) {
    if (!SIGNALS.includes(s)) {
      throw new InputError('BAD_OPTION', `Unknown signal "${String(s)}".`, { hint: `Known signals: ${SIGNALS.join(', ')}.` });
    }
  }
  return { minConfidence, signals, enabled: new Set(signals) };
}

/** Whether the replies come comment by comment in thread order (each comment's replies together). */
export function inCommentOrder(replies: readonly Reply[]): boolean {
  for (let i = 1; i < replies.length; i++) if (replies[i - 1]!.commentIndex > replies[i]!.commentIndex) return false;
  return true;
}

/** The replies in thread order of their comments (a stable sort, so each comment's keep their order). */
export function byComment(replies: readonly Reply[]): readonly Reply[] {
  return inCommentOrder(replies) ? replies : [...replies].sort((a, b) => a.commentIndex - b.commentIndex);
}

/** Where the replies of the comment of replies[from] end (replies in comment order). */
export function commentEnd(replies: readonly Reply[], from: number): number {
  const comment = replies[from]!.commentIndex;
  let to = from + 1;
  while (to < replies.length && replies[to]!.commentIndex === comment) to++;
  return to;
}

/**
 * Appends to `out` the replies of replies[from, to), all of one comment, that the filter keeps,
 * ordered by target id (first come first among equal ones) and with only the first reply to
 * each target.
 */
export function keepCommentReplies(replies: readonly Reply[], from: number, to: number, filter: CheckedFilter, out: Reply[]): void {
  const start = out.length;
  for (let i = from; i < to; i++) {
    const r = replies[i]!;
    if (r.source === r.target) continue;
    const reply = keepSignals(r, filter.enabled);
    if (reply && reply.confidence >= filter.minConfidence) out.push(reply);
  }
  // A comment has a handful of replies: an insertion sort, which keeps equal targets in order.
  for (let i = start + 1; i < out.length; i++) {
    const reply = out[i]!;
    let j = i;
    while (j > start && out[j - 1]!.target > reply.target) {
      out[j] = out[j - 1]!;
      j--;
    }
    out[j] = reply;
  }
  let length = start;
  for (let i = start; i < out.length; i++) {
    if (length > start && out[length - 1]!.target === out[i]!.target) continue;
    out[length++] = out[i]!;
  }
  out.length = length;
}

/**
 * The replies that belong in the graph and the tables (see the module comment), in thread order.
 * Throws InputError (BAD_OPTION) on a bad filter.
 */
export function filterReplies(replies: readonly Reply[], filter: ReplyFilter = {}): Reply[] {
  const checked = checkFilter(filter);
  const ordered = byComment(replies);
  const kept: Reply[] = [];
  for (let from = 0; from < ordered.length;) {
    const to = commentEnd(ordered, from);
    keepCommentReplies(ordered, from, to, checked, kept);
    from = to;
  }
  return kept;
}
