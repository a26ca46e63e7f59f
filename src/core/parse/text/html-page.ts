/**
 * A saved web page (HTML) of a comment section, turned into the text a browser shows, so that
 * the pasted-text parsers read it: tags are removed and entities decoded, block elements
 * (paragraphs, list items, divisions, line breaks) end lines, a nested list's lines are indented
 * four spaces per level (threaded replies are nested lists, and the parsers read nesting from
 * indentation), and block quotations' lines start with "> " (which the quote signal reads as
 * quoted words). Scripts, styles, the page head, forms' fields and images are left out. Text is
 * never interpreted as markup beyond this: the result is plain text.
 */
import { decodeEntities } from '../lines';

/**
 * Whether the input is HTML markup rather than text: a document type, html or body tag near the
 * start, or many paragraph, list and division tags in a text that opens with a tag or whose lines
 * mostly do (a page's source, or a part of it). Text with a few tags in its comments is text.
 */
export function looksLikeWebPage(input: string): boolean {
  const head = input.slice(0, 4096);
  if (/^\s*<!doctype\s+html\b/i.test(head) || /<html[\s>]/i.test(head) || /<body[\s>]/i.test(head)) return true;
  const sample = input.slice(0, 65536);
  const tags = sample.match(/<\/?(?:p|div|li|ol|ul|br|span|article|section|blockquote|time|a)\b[^<>]*>/gi)?.length ?? 0;
  // Markup closes what it opens; a chat log's "<nick>" never comes as "</nick>".
  const closing = sample.match(/<\/(?:p|div|li|ol|ul|span|article|section|blockquote|time|a)\s*>/gi)?.length ?? 0;
  if (tags < 8 || closing < 4) return false;
  if (/^\s*</.test(sample)) return true;
  const lines = sample.split('\n', 400).filter((l) => l.trim() !== '').slice(0, 200);
  return lines.filter((l) => /^\s*<[A-Za-z/!]/.test(l)).length >= lines.length / 2;
}

/** Elements whose content is not shown as text. */
const HIDDEN = new Set(['script', 'style', 'head', 'noscript', 'template', 'svg', 'select', 'textarea', 'iframe', 'object']);
/** Elements that start and end a block of text (a line of their own). */
const BLOCK = new Set([
  'p', 'div', 'li', 'ol', 'ul', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section',
  'article', 'header', 'footer', 'aside', 'nav', 'main', 'figure', 'figcaption', 'table', 'tr', 'form', 'fieldset',
  'address', 'hr', 'details', 'summary', 'body', 'html',
]);
/** Blocks separated by a blank line, as browsers show paragraphs and headings. */
const SPACED = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'figure', 'hr']);
const LIST = new Set(['ol', 'ul']);
const TABLE_CELL = new Set(['td', 'th']);

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>|<\?[^>]*>|<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

const SCRIPT_END = /<\/script/gi;
const STYLE_END = /<\/style/gi;

/** Builds the text line by line: words join with single spaces, blocks end lines. */
class TextBuilder {
  private readonly lines: string[] = [];
  private line = '';
  /** A space is owed before the next word of this line. */
  private space = false;
  /** Blank lines owed before the next line with text. */
  private gap = 0;
  listDepth = 0;
  quoteDepth = 0;
  preDepth = 0;

  words(text: string): void {
    if (this.preDepth > 0) {
      const parts = text.split('\n');
      parts.forEach((part, k) => {
        if (k > 0) this.endLine();
        if (part !== '') this.put(part);
      });
      return;
    }
    const collapsed = text.replace(/[ \t\n\r\f]+/g, ' ');
    if (collapsed === ' ') {
      if (this.line !== '') this.space = true;
      return;
    }
    if (collapsed.startsWith(' ') && this.line !== '') this.space = true;
    const trimmed = collapsed.trim();
    if (trimmed !== '') this.put(trimmed);
    if (collapsed.endsWith(' ')) this.space = true;
  }

  private put(text: string): void {
    if (this.line === '') {
      for (; this.gap > 0 && this.lines.length > 0; this.gap--) this.lines.push('');
      this.gap = 0;
      this.line = ' '.repeat(4 * Math.max(0, this.listDepth - 1)) + '> '.repeat(this.quoteDepth);
      this.space = false;
    }
    if (this.space && !this.line.endsWith(' ')) this.line += ' ';
    this.space = false;
    this.line += text;
  }

  /** Ends the current line (a line break, or the edge of a block). */
  endLine(): void {
    if (this.line !== '') this.lines.push(this.line.trimEnd());
    this.line = '';
    this.space = false;
  }

  /** Ends the current line and owes a blank line before the next. */
  endParagraph(): void {
    this.endLine();
    this.gap = 1;
  }

  text(): string {
    this.endLine();
    return this.lines.join('\n');
  }
}

/**
 * The text a browser shows for an HTML page (see the module comment). Unlike lines.ts's
 * htmlToText, for stored comment bodies, it follows HTML's rules for white space: line breaks in
 * the source are spaces.
 */
export function pageText(html: string): string {
  const out = new TextBuilder();
  let hidden = 0;
  let hiddenTag = '';
  let at = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    if (hidden === 0 && m.index > at) out.words(decodeEntities(html.slice(at, m.index)));
    at = TOKEN.lastIndex;
    const name = m[2]?.toLowerCase();
    if (!name) continue; // a comment, declaration or processing instruction
    const closing = m[1] === '/';
    const selfClosing = /\/\s*$/.test(m[3] ?? '');
    if (hidden > 0) {
      // Inside a hidden element only its own nesting counts (a script's text is not markup).
      if (name === hiddenTag) hidden += closing ? -1 : selfClosing ? 0 : 1;
      continue;
    }
    if (HIDDEN.has(name)) {
      if (!closing && !selfClosing) {
        hidden = 1;
        hiddenTag = name;
        // Script and style content is raw text: jump to its end tag.
        if (name === 'script' || name === 'style') {
          const end = (name === 'script' ? SCRIPT_END : STYLE_END);
          end.lastIndex = at;
          at = end.exec(html)?.index ?? html.length;
          TOKEN.lastIndex = at;
        }
      }
      continue;
    }
    if (name === 'br') { out.endLine(); continue; }
    if (TABLE_CELL.has(name)) { out.words(' '); continue; }
    if (!BLOCK.has(name)) continue;
    if (SPACED.has(name)) out.endParagraph();
    else out.endLine();
    if (LIST.has(name)) out.listDepth += closing ? (out.listDepth > 0 ? -1 : 0) : 1;
    if (name === 'blockquote') out.quoteDepth += closing ? (out.quoteDepth > 0 ? -1 : 0) : 1;
    if (name === 'pre') out.preDepth += closing ? (out.preDepth > 0 ? -1 : 0) : 1;
  }
  if (hidden === 0 && at < html.length) out.words(decodeEntities(html.slice(at)));
  return out.text();
}

/** The page's title (its <title>), if it has one. */
export function pageTitle(html: string): string | undefined {
  const m = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html.slice(0, 65536));
  const title = m ? decodeEntities(m[1]!.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim() : '';
  return title || undefined;
}
