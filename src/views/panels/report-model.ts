/**
 * Turns an ingestion Report into the rows the report panel shows as text: the facts (format,
 * counts), the skipped blocks with their line ranges, the notes and the names that were
 * guessed between several people or not resolved at all.
 */
import { SIGNALS, type NameIssue, type Report, type SkippedBlock } from '../../core/types';
import { SIGNAL_LABELS } from './labels';
import { plural } from '../../core/plural';

export interface ReportFact {
  label: string;
  value: string;
}

export interface SkippedRow {
  /** "line 4" or "lines 1–57". */
  where: string;
  reason: string;
  excerpt: string;
}

export interface ReportModel {
  facts: ReportFact[];
  skipped: SkippedRow[];
  notes: string[];
  /** `"text" in comment N → chosen (also other, …)` */
  ambiguous: string[];
  /** `"text" in comment N` (with the candidates when there were some) */
  unresolved: string[];
}

export function skippedWhere(block: SkippedBlock): string {
  const end = block.endLine ?? block.line;
  return end > block.line ? `lines ${block.line}–${end}` : `line ${block.line}`;
}

function ambiguousRow(issue: NameIssue): string {
  const where = `"${issue.text}" in comment ${issue.commentIndex}`;
  const others = issue.candidates.filter((c) => c !== issue.chosen);
  if (issue.chosen === undefined) return `${where}: could be ${issue.candidates.join(', ') || 'nobody known'}; none chosen`;
  return `${where} → ${issue.chosen}${others.length ? ` (also ${others.join(', ')})` : ''}`;
}

function unresolvedRow(issue: NameIssue): string {
  const where = `"${issue.text}" in comment ${issue.commentIndex}`;
  return issue.candidates.length ? `${where} (could be ${issue.candidates.join(', ')})` : where;
}

/** 57,656: counts with thousands separators, as the summary line and the legend write them. */
const count = (n: number): string => n.toLocaleString('en-US');

export function reportModel(report: Report): ReportModel {
  const perSignal = SIGNALS.filter((s) => report.repliesPerSignal[s] > 0)
    .map((s) => `${SIGNAL_LABELS[s].toLowerCase()} ${count(report.repliesPerSignal[s])}`);
  const facts: ReportFact[] = [
    { label: 'Format', value: report.dialect && report.dialect !== report.format ? `${report.format} (${report.dialect})` : report.format },
    { label: 'Comments', value: count(report.comments) },
    { label: 'Participants', value: count(report.participants) },
    { label: 'Replies found', value: perSignal.length ? perSignal.join(', ') : 'none' },
    { label: 'Replying to no one', value: count(report.unanswered) },
    { label: 'Undated comments', value: count(report.undated) },
    { label: 'Skipped blocks', value: report.skipped.length ? plural(report.skipped.length, 'block', 'blocks') : 'none' },
  ];
  return {
    facts,
    skipped: report.skipped.map((b) => ({ where: skippedWhere(b), reason: b.reason, excerpt: b.excerpt })),
    notes: [...report.notes],
    ambiguous: report.ambiguousNames.map(ambiguousRow),
    // A name met twice in one comment is shown once (as in the command line's summary).
    unresolved: [...new Set(report.unresolvedNames.map(unresolvedRow))],
  };
}
