/**
 * Disqus comment exports (Admin → Tools → Export: `<disqus>` XML, docs.disqus.com/developers/
 * export): the site's categories and threads (the pages people comment on) first, then every post
 * (comment) with its Disqus id, message (HTML converted to plain text), creation time, author,
 * thread and parent (`<parent dsq:id>`). Each comment belongs to the topic of its thread, so
 * comments on different pages are never read as answering each other by position; comments are
 * put in time order.
 *
 * Accounting: categories and threads are not comments and are listed as skipped with their lines;
 * so are deleted posts, spam and posts without text.
 */
import { InputError } from '../errors';
import type { ParseResult, RawComment } from '../types';
import { CommentCollector, inTimeOrder } from './collector';
import { lineAt, lineStarts, plainText, stripBom } from './lines';
import { child, childText, parseXml, type XmlElement } from './xml';

/** True when the text is a Disqus export (checked on its start). */
export function looksLikeDisqus(text: string): boolean {
  return /<disqus\b[^>]*xmlns="http:\/\/disqus\.com"/.test(text.slice(0, 4000));
}

function flag(el: XmlElement, name: string): boolean {
  return childText(el, name).trim().toLowerCase() === 'true';
}

function threadTopic(thread: XmlElement): string {
  const title = childText(thread, 'title').trim();
  const link = childText(thread, 'link').trim();
  const id = thread.attributes['dsq:id'] ?? '';
  return title || link || `thread ${id}`;
}

export function parseDisqus(input: string): ParseResult {
  const text = stripBom(input);
  const root = parseXml(text);
  if (root.name !== 'disqus') {
    throw new InputError('BAD_XML', 'this XML file is not a Disqus export (no <disqus> root).', {
      hint: 'Export the comments with Disqus Admin → Tools → Export, or give them as CSV or JSON.',
    });
  }
  const starts = lineStarts(text);
  const lineOf = (offset: number) => lineAt(starts, offset);
  const collector = new CommentCollector();
  const topics = new Map<string, string>();
  const commented = new Set<string>();
  for (const el of root.children) {
    const line = lineOf(el.start);
    const endLine = lineOf(el.end - 1);
    if (el.name === 'category') {
      collector.skip(line, 'category of the site, not a comment', childText(el, 'title'), endLine);
      continue;
    }
    if (el.name === 'thread') {
      const topic = threadTopic(el);
      topics.set(el.attributes['dsq:id'] ?? '', topic);
      collector.skip(line, 'page the comments are on (a thread, not a comment)', topic, endLine);
      continue;
    }
    if (el.name !== 'post') {
      collector.skip(line, `<${el.name}> element, not a comment`, el.text, endLine);
      continue;
    }
    const author = child(el, 'author');
    const name = (author ? childText(author, 'name') || childText(author, 'username') : '').trim();
    const body = plainText(childText(el, 'message'));
    const excerptSource = body || name;
    if (flag(el, 'isDeleted')) {
      collector.skip(line, 'deleted comment', excerptSource, endLine);
      continue;
    }
    if (flag(el, 'isSpam')) {
      collector.skip(line, 'comment marked as spam', excerptSource, endLine);
      continue;
    }
    if (!body) {
      collector.skip(line, 'comment has no text', name, endLine);
      continue;
    }
    const threadId = child(el, 'thread')?.attributes['dsq:id'] ?? '';
    const comment: RawComment = { author: name || 'Guest', text: body, line, topic: topics.get(threadId) ?? `thread ${threadId}` };
    const id = collector.claimId((el.attributes['dsq:id'] ?? '').trim(), line);
    if (id !== undefined) comment.id = id;
    const parent = child(el, 'parent')?.attributes['dsq:id']?.trim();
    if (parent) comment.parentId = parent;
    // Disqus writes UTC times, some without a zone (read as UTC).
    collector.applyTime(comment, childText(el, 'createdAt').trim() || undefined);
    collector.add(comment);
    commented.add(comment.topic!);
  }
  const finished = collector.finish();
  const { skipped, notes } = finished;
  const comments = inTimeOrder(finished.comments);
  const result: ParseResult = {
    format: 'disqus', dialect: 'disqus', comments, skipped,
    notes: [...notes, `${comments.length} comment(s) on ${commented.size} page(s); comments on different pages answer each other only by name, quotation or reference.`],
  };
  const forum = childText(root.children.find((c) => c.name === 'category') ?? root, 'forum').trim();
  if (forum) result.title = forum;
  return result;
}
