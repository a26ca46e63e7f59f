/**
 * Squarespace comment sections as pasted text: each comment's body comes first, then a footer
 * line `April 29, 2010 | Unregistered Commenter NAME` (also `Registered Commenter`, and with the
 * space after "Commenter" lost in copying). The article sits above the "Reader Comments (N)"
 * heading and the comment form below the last footer; neither is a comment.
 */
import type { ParseResult, RawComment, SkippedBlock } from '../../types';
import { parseDate } from '../dates';
import { excerpt } from '../lines';
import { findCommentsHeading } from './headings';
import { firstNonBlank, lastNonBlank } from './span';

const FOOTER = /^(.{4,60}?)\s+\|\s+(?:(?:un)?registered\s+)?commenter\s*(.+?)\s*$/i;

interface Footer {
  line: number; // 0-based
  author: string;
  time?: { iso: string; precision: 'day' | 'minute' | 'second' };
}

function findFooters(lines: string[]): Footer[] {
  const out: Footer[] = [];
  lines.forEach((raw, i) => {
    const m = FOOTER.exec(raw.trim());
    if (!m) return;
    const time = parseDate(m[1]!);
    if (!time) return;
    out.push({ line: i, author: m[2]!, time });
  });
  return out;
}

/** Parses Squarespace page text, or returns undefined when the page has no Squarespace footers. */
export function parseSquarespaceText(lines: string[]): ParseResult | undefined {
  const footers = findFooters(lines);
  if (footers.length === 0) return undefined;

  const comments: RawComment[] = [];
  const skipped: SkippedBlock[] = [];
  const notes: string[] = [];

  const heading = findCommentsHeading(lines, footers[0]!.line);
  let start: number;
  if (heading >= 0) {
    start = heading + 1;
    if (heading > 0) {
      const first = firstNonBlank(lines, 0, heading);
      if (first >= 0) {
        skipped.push({ line: first + 1, endLine: heading + 1, reason: 'article and page text above the comments heading', excerpt: excerpt(lines[first]!) });
      }
    }
  } else {
    // No heading: the first comment is taken to be the paragraph right above the first footer.
    let i = footers[0]!.line - 1;
    while (i >= 0 && lines[i]!.trim() === '') i--;
    while (i >= 0 && lines[i]!.trim() !== '') i--;
    start = i + 1;
    const first = firstNonBlank(lines, 0, start);
    if (first >= 0) {
      skipped.push({ line: first + 1, endLine: start, reason: 'page text above the first comment (no comments heading found)', excerpt: excerpt(lines[first]!) });
    }
    notes.push('No comments heading found: the first comment was taken to be the paragraph above the first comment footer.');
  }

  for (const footer of footers) {
    const from = firstNonBlank(lines, start, footer.line);
    if (from < 0) {
      skipped.push({ line: footer.line + 1, reason: 'comment footer with an empty body', excerpt: excerpt(lines[footer.line]!) });
    } else {
      const to = lastNonBlank(lines, from, footer.line);
      const c: RawComment = {
        author: footer.author,
        text: lines.slice(from, to + 1).join('\n'),
        line: from + 1,
      };
      if (footer.time) {
        c.time = footer.time.iso;
        c.timePrecision = footer.time.precision;
      }
      comments.push(c);
    }
    start = footer.line + 1;
  }

  const tail = firstNonBlank(lines, start, lines.length);
  if (tail >= 0) {
    skipped.push({ line: tail + 1, endLine: lastNonBlank(lines, tail, lines.length) + 1, reason: 'comment form and page text below the last comment', excerpt: excerpt(lines[tail]!) });
  }
  return { format: 'text', dialect: 'squarespace', comments, skipped, notes };
}
