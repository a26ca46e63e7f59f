/**
 * Builds the reply graph: one node per participant, one directed edge per ordered pair
 * (answering participant → answered participant) aggregating the replies between them, with
 * per-signal counts, mean confidence, the reply and comment ids, node metrics, Louvain
 * communities and deterministic positions (assembler.ts does the work, in one go here). Also the
 * reply filter shared with the CSV exports, so tables and graph always contain the same replies.
 */
import type { Reply, Thread } from '../types';
import type { GraphOptions, ThreadGraph } from './graph-types';
import { GraphAssembler } from './assembler';
import { byComment } from './reply-filter';

export type { EdgeAttributes, GraphAttributes, GraphOptions, NodeAttributes, ThreadGraph } from './graph-types';
export { filterReplies, type ReplyFilter } from './reply-filter';
export { edgeKey } from './edge-drafts';
export { DEFAULT_SIGNALS } from '../infer/default-signals';

/** Builds the directed, weighted reply graph of a thread. See the module comment. */
export function buildGraph(thread: Thread, replies: readonly Reply[], opts: GraphOptions = {}): ThreadGraph {
  return new GraphAssembler(thread, opts).finish(byComment(replies), opts.communities);
}
