/**
 * Pasted page text: tries each known comment-section layout in turn (Squarespace footers,
 * WordPress "NAME says:" headers) and falls back to finding a repeated author/date line.
 */
import type { ParseResult } from '../../types';
import { InputError } from '../../errors';
import { splitLines, stripBom } from '../lines';
import { parseSquarespaceText } from './squarespace';
import { parseWordpressText } from './wordpress';
import { parseGenericText } from './generic';

const DIALECTS = [parseSquarespaceText, parseWordpressText, parseGenericText];

export function parseText(input: string): ParseResult {
  const lines = splitLines(stripBom(input));
  for (const parse of DIALECTS) {
    const result = parse(lines);
    if (result && result.comments.length > 0) return result;
  }
  throw new InputError('NO_COMMENTS', 'no comments found in the pasted text: no repeated author/date line was recognised.', {
    hint: 'Paste the whole comment section including each comment\'s author and date line, or export the thread as CSV (author,date,text).',
  });
}
