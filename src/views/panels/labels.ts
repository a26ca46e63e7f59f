/**
 * Readable names for the values the panels show: signals, node metrics and colour attributes,
 * plus the small formatting rules (confidence, comment time) used across the panels.
 */
import type { Comment, Signal } from '../../core/types';
import type { ColorAttribute, NodeMetric } from '../../store/state';

export const SIGNAL_LABELS: Record<Signal, string> = {
  explicit: 'Explicit reply',
  salutation: 'Salutation',
  mention: 'Mention',
  quote: 'Quote',
  reference: 'Reference',
  adjacency: 'Position',
};

export const SIGNAL_HINTS: Record<Signal, string> = {
  explicit: 'The source says which comment this one answers (parent id, In-Reply-To).',
  salutation: 'The comment opens by addressing someone by name.',
  mention: 'The comment names someone in its text.',
  quote: 'The comment quotes words of an earlier comment.',
  reference: 'The comment points at an earlier comment by number or id ("see post 9", "#12").',
  adjacency: 'No words point at anyone: the scorer judged from position and time alone (on by default in chat logs).',
};

export const METRIC_LABELS: Record<ColorAttribute, string> = {
  community: 'Community',
  comments: 'Comments written',
  words: 'Words written',
  inWeight: 'Replies received',
  outWeight: 'Replies made',
  degree: 'People connected',
  replyRank: 'Reply rank (PageRank)',
};

export function metricLabel(metric: NodeMetric | ColorAttribute): string {
  return METRIC_LABELS[metric];
}

/** Confidence as two decimals, e.g. "0.95". */
export function confidenceText(confidence: number): string {
  return confidence.toFixed(2);
}

/** A comment's time at the precision the source gives (UTC), or "comment N" when undated. */
export function commentTimeLabel(comment: Pick<Comment, 'index' | 'time' | 'timePrecision'>): string {
  const t = comment.time;
  if (!t || !/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(t)) return `comment ${comment.index}`;
  const day = t.slice(0, 10);
  if (comment.timePrecision === 'day') return day;
  if (comment.timePrecision === 'second') return `${day} ${t.slice(11, 19)} UTC`;
  return `${day} ${t.slice(11, 16)} UTC`;
}
