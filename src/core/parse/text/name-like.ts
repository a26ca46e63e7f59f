/**
 * Whether a short string could be a commenter's display name (the author part of an author or
 * date line in pasted page text), as opposed to a phrase, an action link, a form label, a
 * comments heading or a date.
 */
import { isActionLine, parseDateLine } from './blocks';
import { isFormLine } from './comment-form';
import { isCommentsHeading } from './headings';

/** Words that make a short string read as a phrase rather than a person's name. */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'am', 'and', 'or', 'but', 'not', 'no', 'of', 'to',
  'in', 'on', 'at', 'for', 'with', 'as', 'that', 'this', 'these', 'those', 'it', "it's", 'its', 'i', "i'm", 'you',
  'we', 'they', 'he', 'she', 'my', 'your', 'our', 'their', 'his', 'her', 'have', 'has', 'had', 'do', 'does', 'did',
  'so', 'if', 'than', 'then', 'there', 'here', 'what', 'which', 'who', 'how', 'why', 'when', 'can', 'will', 'would',
  'should', 'could', 'just', 'very', 'all', 'any', 'some', 'more', 'most', 'about', 'into', 'from', 'by', 'thanks',
  'thank', 'yes', 'great', 'good', 'nice', 'agree', 'agreed',
]);

/**
 * True when a string could be a commenter's display name: 1–5 words, at most 40 characters,
 * containing a letter, not ending like a sentence (a trailing initial such as "Ann B." is fine),
 * and not a phrase (no leading function word, at most one function word overall).
 */
export function looksLikeName(text: string): boolean {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t === '' || t.length > 40 || !/\p{L}/u.test(t)) return false;
  const words = t.split(' ');
  if (words.length > 5) return false;
  if (/[.!?;,:…]$/.test(t) && !/(?:^|\s)\p{L}{1,2}\.$/u.test(t)) return false;
  if (/^["“‘'>]/.test(t)) return false;
  const lower = words.map((w) => w.toLowerCase().replace(/[^\p{L}']/gu, ''));
  const functionWords = lower.filter((w) => FUNCTION_WORDS.has(w)).length;
  if (FUNCTION_WORDS.has(lower[0] ?? '') || functionWords > 1) return false;
  if (isActionLine(t) || isFormLine(t) || isCommentsHeading(t) || parseDateLine(t)) return false;
  return true;
}
