/**
 * Which format is this input? The file name's extension decides when it is telling;
 * otherwise the first lines are inspected: WordPress export (WXR), Disqus export, JSON, mbox/raw
 * mail, a web page (HTML, read as page text), chat log, CSV/TSV (known headers, or rows of one
 * width), else page text.
 */
import type { Format } from '../types';
import { splitLines, stripBom } from './lines';
import { delimiterLine, detectDelimiter } from './csv';
import { readCsvRows } from './csv-rows';
import { parseIrcLine, parseWhatsAppHeader } from './chat-lines';
import { looksLikeWxr } from './wxr';
import { looksLikeDisqus } from './disqus';
import { looksLikeWebPage } from './text/html-page';

const BY_EXTENSION: Record<string, Format> = {
  csv: 'csv', tsv: 'csv', tab: 'csv', json: 'json', ndjson: 'json', jsonl: 'json',
  mbox: 'mbox', mbx: 'mbox', eml: 'mbox', mail: 'mbox', log: 'chat', irc: 'chat', wxr: 'wxr',
  html: 'text', htm: 'text', xhtml: 'text',
  // An Excel workbook reaches the parsers as its first sheet written out as CSV (file-text.ts).
  xlsx: 'csv',
};

/**
 * How a JSON document or stream opens: an object, or a list of objects, lists or strings (a chat
 * log's `[12:30]` and a page's `[Home]` open otherwise).
 */
const JSON_OPENING = /^(\{\s*["}]|\[\s*[{["\]])/;

const HEADER_WORDS = /^(author|name|user|username|user_name|sender|from|commenter|date|time|timestamp|created_at|posted_at|text|body|message|comment|content|id|comment_id|parent|parent_id|in_reply_to|reply_to|comment_index)$/i;

function looksLikeCsv(lines: string[]): boolean {
  const header = lines[0] ?? '';
  for (const delim of [',', '\t', ';']) {
    const cells = header.split(delim).map((c) => c.trim().replace(/^"|"$/g, '').replace(/[\s.-]+/g, '_'));
    if (cells.length >= 2 && cells.filter((c) => HEADER_WORDS.test(c)).length >= 2) return true;
  }
  return false;
}

/**
 * A table whatever its headers: its first rows (up to 8 KB, quoted cells read as CSV) number
 * three or more, and each has the same number of cells, two or more. Prose lines almost never
 * hold the same number of commas, tabs or semicolons each.
 */
function looksTabular(text: string): boolean {
  const head = text.length > TABLE_PROBE ? text.slice(0, text.lastIndexOf('\n', TABLE_PROBE) + 1) : text;
  const widths: number[] = [];
  readCsvRows(head, detectDelimiter(head), (cells) => {
    if (cells.some((c) => c.trim() !== '')) widths.push(cells.length);
  });
  return widths.length >= 3 && widths[0]! >= 2 && widths.every((w) => w === widths[0]);
}

const TABLE_PROBE = 8192;

export function detectFormat(input: string, fileName?: string): Format {
  const ext = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext && BY_EXTENSION[ext]) return BY_EXTENSION[ext];
  const text = stripBom(input).trimStart();
  // A WordPress export (WXR); other XML files (.xml) are read on their content.
  if (text.startsWith('<') && looksLikeWxr(text)) return 'wxr';
  if (text.startsWith('<') && looksLikeDisqus(text)) return 'disqus';
  if (text.startsWith('[') || text.startsWith('{')) {
    const firstLine = text.split('\n', 1)[0]!.trim();
    try { JSON.parse(text); return 'json'; } catch { /* maybe NDJSON */ }
    try { JSON.parse(firstLine); return 'json'; } catch { /* not JSON */ }
    // JSON with a syntax error is still JSON: the JSON reader then names the line to mend.
    if (JSON_OPENING.test(text)) return 'json';
  }
  const lines = splitLines(text).slice(0, 60);
  if (/^From \S+/.test(lines[0] ?? '') && lines.slice(1, 30).some((l) => /^[A-Za-z-]+:\s/.test(l))) return 'mbox';
  const headerish = lines.slice(0, 30).filter((l) => /^(Received|From|To|Subject|Date|Message-I[Dd]|Return-Path|MIME-Version|In-Reply-To):\s/.test(l)).length;
  if (headerish >= 3 && /^[A-Za-z-]+:\s/.test(lines[0] ?? '')) return 'mbox';
  // A saved web page is read as the page text it shows (its tag lines are not chat lines).
  if (looksLikeWebPage(text)) return 'text';
  // Chat logs: most lines are IRC-style lines, or WhatsApp-style messages start often enough
  // (their messages may continue over several lines).
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  const irc = nonEmpty.filter((l) => parseIrcLine(l) !== undefined).length;
  const whatsapp = nonEmpty.filter((l) => parseWhatsAppHeader(l) !== undefined).length;
  if (nonEmpty.length > 0 && (irc / nonEmpty.length >= 0.6 || whatsapp / nonEmpty.length >= 0.3)) return 'chat';
  if (delimiterLine(lines[0] ?? '') !== undefined || looksLikeCsv(lines) || looksTabular(text)) return 'csv';
  return 'text';
}
