/**
 * The comment form below a thread (and the comment-list footer): lines only a form prints
 * ("Leave a Reply", "Post Comment", "Your email address will not be published"), bare field
 * labels ("Name *", "Email", "Website") that count only next to other form lines, and where the
 * form starts in a range of lines. Used by the pasted-text parsers.
 */
import { isBlank, type LineRange } from './blocks';

/** Lines that can only belong to a comment form or the comment-list footer. */
const STRONG_FORM_STARTS = [
  'leave a reply', 'leave a comment', 'leave a response', 'leave your comment', 'leave your reply',
  'post a comment', 'post a new comment', 'add a comment', 'add a new comment', 'add your comment',
  'write a comment', 'submit a comment', 'cancel reply', 'your email address will not be published',
  'your email address will never be published', 'your email will not be published', 'required fields are marked',
  'save my name, email', 'notify me of', 'this site uses akismet', 'you must be logged in to post a comment',
  'you must log in to post a comment', 'logged in as', 'comments are closed', 'post comment', 'submit comment',
  'enter your information below', 'you may use these html tags', 'allowed html tags', 'comment navigation',
  'older comments', 'newer comments', '« older comments', '← older comments',
];

/** Short form labels that are form lines only next to other form lines ("Name *", "Email", "Website"). */
const WEAK_FORM_LABELS = new Set([
  'comment', 'comments', 'name', 'your name', 'email', 'e-mail', 'email address', 'your email', 'website', 'url',
  'website url', 'your website', 'homepage', 'submit', 'post', 'preview', 'message', 'your comment', 'author',
  'remember me', 'remember personal info', 'subscribe', 'subject', 'δ',
]);

function normaliseFormLine(line: string): string {
  return line
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\((?:required|optional|will not be published|not published|never published)\)/g, '')
    .replace(/[*:?]/g, '')
    .trim();
}

/** True for lines that only a comment form or comment footer prints ("Leave a Reply", "Post Comment"). */
export function isStrongFormLine(line: string): boolean {
  const norm = normaliseFormLine(line);
  return norm !== '' && STRONG_FORM_STARTS.some((start) => norm.startsWith(start));
}

/** True for any comment-form line: strong ones and bare field labels ("Name *", "Email", "Website"). */
export function isFormLine(line: string): boolean {
  return isStrongFormLine(line) || WEAK_FORM_LABELS.has(normaliseFormLine(line));
}

/**
 * First line of the comment form (or comment-list footer) in the range: the first strong form
 * line, or the first field label that has another form line within the next six non-blank
 * lines (so a lone "Comment" inside a comment body does not end the thread).
 */
export function findFormStart(lines: string[], range: LineRange): number | undefined {
  for (let i = range.start; i < range.end; i++) {
    const line = lines[i] ?? '';
    if (isBlank(line)) continue;
    if (isStrongFormLine(line)) return i;
    if (!isFormLine(line)) continue;
    let seen = 0;
    for (let j = i + 1; j < range.end && seen < 6; j++) {
      const next = lines[j] ?? '';
      if (isBlank(next)) continue;
      seen++;
      if (isFormLine(next)) return i;
    }
  }
  return undefined;
}
