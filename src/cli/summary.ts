/**
 * The one-screen summary the CLI prints to stderr after ingesting a thread.
 */
import type { Report, Reply, SkippedBlock } from '../core/types';
import { SIGNALS } from '../core/types';
import { countBySignal } from '../core/signal-counts';
import { plural } from '../core/plural';

function list(items: string[], max = 5): string {
  if (items.length <= max) return items.join('; ');
  return `${items.slice(0, max).join('; ')}; … ${items.length - max} more`;
}

const where = (b: SkippedBlock): string => `${b.line}${b.endLine && b.endLine !== b.line ? `–${b.endLine}` : ''}`;

/**
 * The skipped blocks, one line per reason in order of first appearance (a page may hold a
 * hundred "Reply" links): a lone block with its lines and excerpt, a repeated one with its
 * count and first lines.
 */
export function skippedLines(skipped: readonly SkippedBlock[], maxReasons = 6): string[] {
  const groups = new Map<string, SkippedBlock[]>();
  for (const b of skipped) {
    const group = groups.get(b.reason);
    if (group) group.push(b);
    else groups.set(b.reason, [b]);
  }
  const out: string[] = [];
  for (const [reason, blocks] of [...groups].slice(0, maxReasons)) {
    const first = blocks[0]!;
    if (blocks.length === 1) out.push(`    line ${where(first)}: ${reason} ("${first.excerpt}")`);
    else {
      const at = blocks.slice(0, 5).map(where).join(', ') + (blocks.length > 5 ? ', …' : '');
      out.push(`    ${blocks.length} × ${reason}: lines ${at} (first: "${first.excerpt}")`);
    }
  }
  if (groups.size > maxReasons) {
    const rest = [...groups.values()].slice(maxReasons).reduce((n, g) => n + g.length, 0);
    out.push(`    … ${rest} more, for ${plural(groups.size - maxReasons, 'other reason', 'other reasons')}`);
  }
  return out;
}

export function formatSummary(file: string, report: Report, written: readonly Reply[], all: readonly Reply[], minConfidence: number, outDir?: string): string {
  const lines: string[] = [];
  lines.push(`threadgraph: ${file} (${report.format}/${report.dialect})`);
  lines.push(`  ${plural(report.comments, 'comment', 'comments')} · ${plural(report.participants, 'participant', 'participants')} · ${plural(written.length, 'reply', 'replies')}` +
    (all.length > written.length ? ` (${all.length - written.length} more below confidence ${minConfidence} or in disabled signals)` : ''));
  const counts = countBySignal(written);
  const per = SIGNALS.map((s) => `${s} ${counts[s]}`).join(' · ');
  lines.push(`  replies by signal: ${per}`);
  lines.push(`  comments answering nobody: ${report.unanswered} · undated comments: ${report.undated}`);
  if (report.skipped.length > 0) {
    lines.push(`  skipped blocks: ${report.skipped.length}`);
    lines.push(...skippedLines(report.skipped));
  } else {
    lines.push('  skipped blocks: none');
  }
  const ambiguous = report.ambiguousNames.map((n) => `#${n.commentIndex} "${n.text}" → ${n.chosen} (also ${n.candidates.filter((c) => c !== n.chosen).join(', ')})`);
  lines.push(`  ambiguous names: ${ambiguous.length ? list(ambiguous) : 'none'}`);
  // A name met twice in one comment ("Hi Alex," quoted above "Alex." signing off) is listed once.
  const unresolved = [...new Set(report.unresolvedNames.map((n) => `#${n.commentIndex} "${n.text}"`))];
  lines.push(`  unresolved names (not participants): ${unresolved.length ? list(unresolved, 8) : 'none'}`);
  for (const note of report.notes) lines.push(`  note: ${note}`);
  if (outDir) lines.push(`  wrote comments.csv replies.csv links.csv nodes.csv edges.csv graph.json graph.gexf graph.graphml report.json to ${outDir}`);
  return lines.join('\n');
}
