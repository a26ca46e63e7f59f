/**
 * What the text panel lists for each kind of selection, as plain data: comment cards (text
 * split into plain and evidence segments, the replies the comment makes and receives), the
 * comments behind an edge with the comment each answers, a comment's thread neighbours, and
 * with nothing selected the participants who receive most replies. Only visible replies (the
 * current filters) are listed or highlighted.
 */
import type { Comment, Reply, Signal, Thread } from '../../core/types';
import { excerpt } from '../../core/parse/lines';
import { visibleReplies } from '../../store/derived';
import type { AppState } from '../../store/state';
import { highlightRanges, type HighlightRange, type Segment } from './highlight';
import { commentAt, commentById, pairKey, participantName, replyIndex, type ReplyIndex } from './reply-index';
import { commentTimeLabel, confidenceText } from './labels';
import { plural } from '../../core/plural';

export interface ReplyLine {
  replyId: string;
  /** out: this comment answers `person`; in: `person` answers this comment. */
  direction: 'out' | 'in';
  personId: string;
  personName: string;
  signal: Signal;
  confidence: number;
  /** "salutation · 0.95" */
  detail: string;
  /** The other comment: the one answered (out, when known) or the answering one (in). */
  commentId?: string;
  commentIndex?: number;
}

export interface CommentCard {
  commentId: string;
  index: number;
  author: string;
  authorId: string;
  /** The time at its precision, or "comment N" when undated. */
  timeLabel: string;
  dated: boolean;
  /** The discussion it belongs to when the file holds several (the post, in a blog export). */
  topic?: string;
  text: string;
  segments: Segment[];
  made: ReplyLine[];
  received: ReplyLine[];
}

export interface CommentRef {
  commentId: string;
  index: number;
  author: string;
  excerpt: string;
}

export interface TopParticipant {
  id: string;
  name: string;
  received: number;
  comments: number;
}

export type DetailsModel =
  | { kind: 'empty' }
  | { kind: 'overview'; hint: string; top: TopParticipant[] }
  | { kind: 'participant'; id: string; title: string; subtitle: string; cards: CommentCard[]; total: number }
  | { kind: 'edge'; source: string; target: string; sourceName: string; targetName: string; title: string; items: { card: CommentCard; answered?: CommentRef }[]; total: number }
  | { kind: 'comment'; id: string; title: string; card: CommentCard; previous?: CommentRef; next?: CommentRef };

export const OVERVIEW_HINT = 'Select a person or a line in the network, or a name below, to read the comments and the exact words behind each reply.';

/** How many of the most answered participants the overview lists. */
const TOP_PARTICIPANTS = 10;

/** Evidence ranges of replies a comment makes: every support piece with real offsets. */
export function evidenceRanges(replies: readonly Reply[]): HighlightRange[] {
  const ranges: HighlightRange[] = [];
  for (const r of replies) {
    for (const e of r.support) if (e.start < e.end) ranges.push({ start: e.start, end: e.end, label: e.signal });
  }
  return ranges;
}

function replyLine(thread: Thread, r: Reply, direction: 'out' | 'in'): ReplyLine {
  const personId = direction === 'out' ? r.target : r.source;
  const other = direction === 'out' ? (r.targetCommentId !== undefined ? commentById(thread, r.targetCommentId) : undefined) : commentById(thread, r.commentId);
  return {
    replyId: r.id, direction, personId, personName: participantName(thread, personId),
    signal: r.signal, confidence: r.confidence, detail: `${r.signal} · ${confidenceText(r.confidence)}`,
    ...(other ? { commentId: other.id, commentIndex: other.index } : {}),
  };
}

/** A comment card; `highlight` are the replies whose evidence is marked (default: all it makes). */
export function commentCard(thread: Thread, index: ReplyIndex, c: Comment, highlight?: readonly Reply[]): CommentCard {
  const made = index.made.get(c.id) ?? [];
  const received = index.received.get(c.id) ?? [];
  const timeLabel = commentTimeLabel(c);
  const card: CommentCard = {
    commentId: c.id, index: c.index, author: c.author, authorId: c.authorId, timeLabel, dated: timeLabel !== `comment ${c.index}`, text: c.text,
    segments: highlightRanges(c.text, evidenceRanges(highlight ?? made)),
    made: made.map((r) => replyLine(thread, r, 'out')),
    received: received.map((r) => replyLine(thread, r, 'in')),
  };
  if (c.topic !== undefined) card.topic = c.topic;
  return card;
}

export function commentRef(c: Comment, max = 120): CommentRef {
  return { commentId: c.id, index: c.index, author: c.author, excerpt: excerpt(c.text, max) };
}

/** Participants receiving visible replies, most first (ties: more comments, then name). */
function topParticipants(thread: Thread, index: ReplyIndex, limit: number): TopParticipant[] {
  return thread.participants
    .map((p) => ({ id: p.id, name: p.name, received: index.receivedBy.get(p.id) ?? 0, comments: p.commentIndexes.length }))
    .filter((p) => p.received > 0)
    .sort((a, b) => b.received - a.received || b.comments - a.comments || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, limit);
}

/**
 * The panel's content for the current selection. `limit` caps the cards listed for a
 * participant or an edge (the rest are counted in `total`) so huge threads stay responsive.
 */
export function detailsModel(state: AppState, limit = 100): DetailsModel {
  const data = state.data;
  if (!data) return { kind: 'empty' };
  const { thread } = data;
  const index = replyIndex(visibleReplies(state));
  const sel = state.view.selection;

  if (sel?.kind === 'participant') {
    const p = thread.participants.find((x) => x.id === sel.id);
    if (p) {
      const comments = p.commentIndexes.map((i) => commentAt(thread, i)).filter((c): c is Comment => c !== undefined);
      const made = comments.reduce((n, c) => n + (index.made.get(c.id)?.length ?? 0), 0);
      const received = index.receivedBy.get(p.id) ?? 0;
      return {
        kind: 'participant', id: p.id, title: p.name,
        subtitle: `${plural(comments.length, 'comment', 'comments')} · ${plural(made, 'reply', 'replies')} made · ${plural(received, 'reply', 'replies')} received`,
        cards: comments.slice(0, limit).map((c) => commentCard(thread, index, c)), total: comments.length,
      };
    }
  }

  if (sel?.kind === 'edge') {
    const replies = index.byPair.get(pairKey(sel.source, sel.target)) ?? [];
    const sourceName = participantName(thread, sel.source);
    const targetName = participantName(thread, sel.target);
    const items: { card: CommentCard; answered?: CommentRef }[] = [];
    for (const r of replies.slice(0, limit)) {
      const c = commentById(thread, r.commentId);
      if (!c) continue;
      const card = commentCard(thread, index, c, [r]);
      card.made = [replyLine(thread, r, 'out')];
      card.received = [];
      const answered = r.targetCommentId !== undefined ? commentById(thread, r.targetCommentId) : undefined;
      items.push(answered ? { card, answered: commentRef(answered) } : { card });
    }
    return {
      kind: 'edge', source: sel.source, target: sel.target, sourceName, targetName,
      title: `${sourceName} → ${targetName} · ${plural(replies.length, 'reply', 'replies')}`, items, total: replies.length,
    };
  }

  if (sel?.kind === 'comment') {
    const c = commentById(thread, sel.id);
    if (c) {
      const previous = commentAt(thread, c.index - 1);
      const next = commentAt(thread, c.index + 1);
      return {
        kind: 'comment', id: c.id, title: `${c.author} · comment ${c.index}`, card: commentCard(thread, index, c),
        ...(previous ? { previous: commentRef(previous, 60) } : {}), ...(next ? { next: commentRef(next, 60) } : {}),
      };
    }
  }

  return { kind: 'overview', hint: OVERVIEW_HINT, top: topParticipants(thread, index, TOP_PARTICIPANTS) };
}
