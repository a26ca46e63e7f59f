/**
 * Pasted page text: tries each known comment-section layout in turn (Squarespace footers,
 * WordPress "NAME says:" headers) and falls back to finding a repeated author/date line. A saved
 * web page (HTML) is first turned into the text a browser shows (html-page.ts).
 */
import type { ParseResult } from '../../types';
import { InputError } from '../../errors';
import { splitLines, stripBom } from '../lines';
import { parseSquarespaceText } from './squarespace';
import { parseWordpressText } from './wordpress';
import { parseGenericText } from './generic';
import { looksLikeWebPage, pageText, pageTitle } from './html-page';

const DIALECTS = [parseSquarespaceText, parseWordpressText, parseGenericText];

export function parseText(input: string): ParseResult {
  const text = stripBom(input);
  const page = looksLikeWebPage(text);
  const lines = splitLines(page ? pageText(text) : text);
  for (const parse of DIALECTS) {
    const result = parse(lines);
    if (result && result.comments.length > 0) {
      if (page) {
        result.notes.unshift(PAGE_NOTE);
        const title = result.title ?? pageTitle(text);
        if (title) result.title = title;
      }
      return result;
    }
  }
  if (page) {
    throw new InputError('NO_COMMENTS', 'no comments found in the web page: its text has no repeated author/date line.', {
      hint: 'Save the page that shows the comments (with each comment\'s author and date), or export the thread as CSV (author,date,text).',
    });
  }
  throw new InputError('NO_COMMENTS', 'no comments found in the pasted text: no repeated author/date line was recognised.', {
    hint: 'Paste the whole comment section including each comment\'s author and date line, or export the thread as CSV (author,date,text).',
  });
}

const PAGE_NOTE = 'Read as a web page (HTML): as the text a browser shows, nested replies indented and block quotations marked with "> "; line numbers count lines of that text.';
