/**
 * The CSV tables of a thread: comments, replies, parent links, nodes and edges, with exactly the columns
 * the docs promise. Text columns go through safeCell (formula guard); number columns are written
 * as numbers. Text columns: comments → comment_id, author, timestamp, text; replies → comment_id,
 * author, target, target_comment_id, signal, evidence; links → comment_id, author,
 * parent_comment_id, parent_author; nodes → id, label, first_timestamp,
 * last_timestamp; edges → source, target, comment_ids. Everything else is a number.
 */
import type { CommentLink, Reply, Thread } from '../types';
import type { ThreadGraph } from '../graph/build';
import { safeCell, toCsv } from './csv';
import type { CsvCell } from './csv';
import { commentsById } from '../thread';

/** Re-exported so callers filter replies for the tables exactly as the graph does. */
export { filterReplies } from '../graph/build';

export const COMMENTS_COLUMNS = ['comment_id', 'comment_index', 'author', 'timestamp', 'text'] as const;
export const REPLIES_COLUMNS = [
  'comment_id', 'comment_index', 'author', 'target', 'target_comment_id', 'signal', 'confidence', 'evidence',
] as const;
export const LINKS_COLUMNS = [
  'comment_id', 'comment_index', 'author', 'parent_comment_id', 'parent_index', 'parent_author', 'confidence',
] as const;
export const NODES_COLUMNS = [
  'id', 'label', 'comments', 'words', 'first_timestamp', 'last_timestamp', 'in_weight', 'out_weight', 'community',
] as const;
export const EDGES_COLUMNS = [
  'source', 'target', 'weight', 'explicit', 'salutation', 'mention', 'quote', 'reference', 'adjacency',
  'mean_confidence', 'comment_ids',
] as const;

/** Plain code-unit comparison: the same order on every machine and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every comment of the thread (system lines included), in thread order. */
export function commentsCsv(thread: Thread): string {
  const rows: CsvCell[][] = thread.comments.map((c) => [
    safeCell(c.id), c.index, safeCell(c.author), safeCell(c.time), safeCell(c.text),
  ]);
  return toCsv(COMMENTS_COLUMNS, rows);
}

/**
 * One row per reply (already filtered by the caller), ordered by comment index then target name.
 * author is the comment's own spelling, target the participant's display name.
 */
export function repliesCsv(thread: Thread, replies: readonly Reply[]): string {
  const commentById = new Map(thread.comments.map((c) => [c.id, c]));
  const nameById = new Map(thread.participants.map((p) => [p.id, p.name]));
  const rows = replies.map((r) => {
    const targetName = nameById.get(r.target) ?? r.target;
    const author = commentById.get(r.commentId)?.author ?? nameById.get(r.source) ?? r.source;
    return { r, targetName, author };
  });
  rows.sort((a, b) =>
    a.r.commentIndex - b.r.commentIndex || compareText(a.targetName, b.targetName) || compareText(a.r.target, b.r.target));
  return toCsv(REPLIES_COLUMNS, rows.map(({ r, targetName, author }) => [
    safeCell(r.commentId), r.commentIndex, safeCell(author), safeCell(targetName), safeCell(r.targetCommentId),
    safeCell(r.signal), r.confidence.toFixed(3), safeCell(r.evidence.text),
  ]));
}

/**
 * One row per comment with a parent link at or above `minConfidence`, in thread order: the
 * comment → comment structure (a link to the author's own earlier comment continues their turn).
 */
export function linksCsv(thread: Thread, links: readonly CommentLink[], minConfidence = 0): string {
  const byId = commentsById(thread);
  const rows: CsvCell[][] = [];
  for (const l of links) {
    const c = byId.get(l.commentId), p = byId.get(l.parentId);
    if (!c || !p || l.confidence < minConfidence) continue;
    rows.push([safeCell(c.id), c.index, safeCell(c.author), safeCell(p.id), p.index, safeCell(p.author), l.confidence.toFixed(3)]);
  }
  rows.sort((a, b) => (a[1] as number) - (b[1] as number));
  return toCsv(LINKS_COLUMNS, rows);
}

/** One row per participant node, in graph (participant) order. */
export function nodesCsv(graph: ThreadGraph): string {
  const rows: CsvCell[][] = [];
  graph.forEachNode((id, a) => {
    rows.push([
      safeCell(id), safeCell(a.label), a.comments, a.words, safeCell(a.firstTime), safeCell(a.lastTime),
      a.inWeight, a.outWeight, a.community,
    ]);
  });
  return toCsv(NODES_COLUMNS, rows);
}

/** One row per edge, ordered by source label, target label, then edge key; comment ids space-separated. */
export function edgesCsv(graph: ThreadGraph): string {
  const edges: { key: string; source: string; target: string; row: CsvCell[] }[] = [];
  graph.forEachEdge((key, a, _source, _target, sourceAttrs, targetAttrs) => {
    edges.push({
      key, source: sourceAttrs.label, target: targetAttrs.label,
      row: [
        safeCell(sourceAttrs.label), safeCell(targetAttrs.label), a.weight, a.explicit, a.salutation, a.mention,
        a.quote, a.reference, a.adjacency, a.meanConfidence.toFixed(3), safeCell(a.commentIds.join(' ')),
      ],
    });
  });
  edges.sort((x, y) => compareText(x.source, y.source) || compareText(x.target, y.target) || compareText(x.key, y.key));
  return toCsv(EDGES_COLUMNS, edges.map((e) => e.row));
}
