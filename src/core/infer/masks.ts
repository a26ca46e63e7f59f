/**
 * Quoted material inside a comment: text between quotation marks (straight, curly, guillemets)
 * within one paragraph, and e-mail style "> " lines. Names inside quotes belong to the quoted
 * writer, not to the person addressed, so name signals ignore these ranges; the quote signal
 * looks for them in earlier comments.
 */
import type { TokenList } from '../names/lexicon';
import { MARK_CHEVRON, MARK_QUOTE } from '../names/word-chars';

export interface QuoteSpan {
  /** Offsets of the quoted words (marks excluded). */
  start: number;
  end: number;
  kind: 'marks' | 'chevron';
  /** For "> " lines: how many ">" open the line (2 for "> > text": a quotation inside a quotation). */
  depth?: number;
}

/** Opening mark → the marks that may close it. Curly quotes are often closed by a straight one. */
const PAIRS: Record<string, string> = { '"': '"', '“': '”"', '«': '»', '„': '“”"', '”': '”"' };
const MAX_QUOTE = 1200;

const MARK = /["“”«»„]/g;

function markSpans(text: string, from: number, to: number, out: QuoteSpan[]): void {
  let open = -1;
  let closer = '';
  MARK.lastIndex = from;
  for (let m = MARK.exec(text); m && m.index < to; m = MARK.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (open < 0) {
      const c = PAIRS[ch];
      if (c) { open = i; closer = c; }
    } else if (closer.includes(ch)) {
      if (i - open - 1 > 0 && i - open <= MAX_QUOTE) out.push({ start: open + 1, end: i, kind: 'marks' });
      open = -1;
    }
  }
}

const NO_QUOTES: QuoteSpan[] = [];

/** The quoted spans of a comment, looked for only when its tokens saw a quotation mark or ">". */
export function commentQuotes(text: string, tokens: TokenList): QuoteSpan[] {
  return tokens.marks & (MARK_QUOTE | MARK_CHEVRON) ? quoteSpans(text) : NO_QUOTES;
}

/** A blank line (global: used from lastIndex 0 to the end by quoteSpans, made once rather than at every call). */
const PARAGRAPH_BREAK = /\n[ \t]*\n/g;

/** All quoted spans of a comment, in text order. */
export function quoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  if (!/["“”«»„>]/.test(text)) return out;
  // Paragraphs: quotation marks never pair across a blank line.
  const para = PARAGRAPH_BREAK;
  para.lastIndex = 0;
  let start = 0;
  for (let m = para.exec(text); ; m = para.exec(text)) {
    const end = m ? m.index : text.length;
    markSpans(text, start, end, out);
    if (!m) break;
    start = m.index + m[0].length;
  }
  if (!text.includes('>')) return out.sort((a, b) => a.start - b.start);
  const line = /^[ \t]*>.*$/gm;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const gt = m[0].indexOf('>');
    const depth = (/^[ \t]*(?:>[ \t]*)+/.exec(m[0])![0].match(/>/g) ?? []).length;
    out.push({ start: m.index + gt + 1, end: m.index + m[0].length, kind: 'chevron', depth });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A predicate telling whether a range overlaps any span. */
export function overlapsAny(spans: readonly QuoteSpan[]): (start: number, end: number) => boolean {
  return (start, end) => spans.some((s) => start < s.end && end > s.start);
}
