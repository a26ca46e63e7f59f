/**
 * report.json: what was parsed and skipped, as data: the format, the counts, every skipped block
 * with its lines, reason and excerpt, the notes, the names that were ambiguous or matched nobody,
 * and the replies kept (those of replies.csv: the confidence floor and signals given) per signal.
 * Keys in a fixed order, so the same input gives the same file.
 */
import { SIGNALS, type Reply, type Report, type Signal } from '../types';
import { countBySignal } from '../signal-counts';

export interface ReportMeta {
  /** The input's name (a file name, a sample's label). */
  source: string;
  minConfidence: number;
  /** The signals whose replies are kept. */
  signals: readonly Signal[];
}

/** `kept`: the replies at or above the floor in the kept signals, the rows of replies.csv. */
export function reportJson(report: Report, kept: readonly Reply[], meta: ReportMeta): string {
  const ordered = {
    source: meta.source,
    format: report.format,
    dialect: report.dialect,
    comments: report.comments,
    participants: report.participants,
    undated: report.undated,
    unanswered: report.unanswered,
    min_confidence: meta.minConfidence,
    signals: SIGNALS.filter((s) => meta.signals.includes(s)),
    replies: kept.length,
    replies_per_signal: countBySignal(kept),
    skipped: report.skipped.map((b) => ({ line: b.line, end_line: b.endLine ?? b.line, reason: b.reason, excerpt: b.excerpt })),
    notes: report.notes,
    ambiguous_names: report.ambiguousNames.map((n) => ({ comment_index: n.commentIndex, text: n.text, candidates: n.candidates, chosen: n.chosen ?? null })),
    unresolved_names: report.unresolvedNames.map((n) => ({ comment_index: n.commentIndex, text: n.text })),
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}
