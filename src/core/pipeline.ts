/**
 * The whole core pipeline for one input: parse → thread → inferred replies → report.
 * The graph is built separately (buildGraph) so callers can re-filter without re-inferring.
 */
import type { CommentLink, ParseResult, Reply, Report, Thread } from './types';
import { countBySignal } from './signal-counts';
import { parseInput, type ParseOptions } from './parse/index';
import { buildThread } from './thread';
import { inferReplies, type InferOptions } from './infer/index';

export interface IngestOptions extends ParseOptions, InferOptions {}

export interface Ingested {
  parsed: ParseResult;
  thread: Thread;
  replies: Reply[];
  /** Each comment's most probable parent comment (see inferReplies). */
  links: CommentLink[];
  report: Report;
}

export function ingest(input: string, opts: IngestOptions = {}): Ingested {
  const parsed = parseInput(input, opts);
  return ingestParsed(parsed, opts);
}

export function ingestParsed(parsed: ParseResult, opts: InferOptions = {}): Ingested {
  const { thread, notes } = buildThread(parsed);
  const inferred = inferReplies(thread, opts);
  const repliesPerSignal = countBySignal(inferred.replies);
  const answered = new Set(inferred.replies.map((r) => r.commentId));
  const spoken = thread.comments.filter((c) => !c.system);
  const report: Report = {
    format: parsed.format,
    dialect: parsed.dialect,
    comments: spoken.length,
    participants: thread.participants.length,
    skipped: parsed.skipped,
    notes: [...parsed.notes, ...notes],
    undated: spoken.filter((c) => !c.time).length,
    repliesPerSignal,
    unanswered: spoken.filter((c) => !answered.has(c.id)).length,
    ambiguousNames: inferred.ambiguousNames,
    unresolvedNames: inferred.unresolvedNames,
  };
  return { parsed, thread, replies: inferred.replies, links: inferred.links, report };
}
