/**
 * Test helper: writes a thread's comments out again as CSV (threadgraph's comments.csv), as a
 * JSON array, and as the text a reader gets by copying a WordPress comment section.
 */
import type { Thread } from '../../src/core/types';
import { commentsCsv } from '../../src/core/export/tables';

export function asCsv(thread: Thread): string {
  return commentsCsv(thread);
}

export function asJson(thread: Thread): string {
  return JSON.stringify(thread.comments.map((c) => ({ id: c.id, author: c.author, date: c.time, text: c.text })), null, 2) + '\n';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function wordpressDate(iso: string): string {
  const d = new Date(iso);
  const h = d.getUTCHours();
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  const minutes = String(d.getUTCMinutes()).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} at ${hour12}:${minutes} ${h < 12 ? 'am' : 'pm'}`;
}

export function asWordpressPaste(thread: Thread, title: string): string {
  const out: string[] = [title, '', 'Posted on the blog.', '', `${thread.comments.length} thoughts on “${title}”`, ''];
  for (const c of thread.comments) {
    out.push(`${c.author} says:`, c.time ? wordpressDate(c.time) : '', '', c.text, '', 'Reply', '');
  }
  out.push('Leave a Reply', 'Your email address will not be published. Required fields are marked *', '', 'Comment', '', 'Name *', '', 'Email *', '', 'Website', '', 'Post Comment', '');
  return out.join('\n');
}
