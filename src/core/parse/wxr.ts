/**
 * WordPress export files (WXR: RSS 2.0 with the `wp:` namespace), as Tools → Export writes
 * them: every post (`<item>`) with its reader comments (`<wp:comment>`). Each comment keeps its
 * WordPress id, author, GMT date, text (HTML converted to plain text) and parent
 * (`wp:comment_parent`, 0 for none), and belongs to the topic of its post, so comments on
 * different posts are never read as answering each other by position. Comments of all posts
 * are put in time order (file order when some are undated).
 *
 * Accounting: posts are the articles the comments answer, not comments, and are listed as
 * skipped with their lines; so are pingbacks and trackbacks (links from other sites), comments
 * not approved (spam, pending, trash) and comments without text. The site header before the
 * first post is skipped too.
 */
import { InputError } from '../errors';
import type { ParseResult, RawComment } from '../types';
import { CommentCollector, inTimeOrder } from './collector';
import { decodeEntities, lineAt, lineStarts, plainText, stripBom } from './lines';
import { child, childText, parseXml, type XmlElement } from './xml';

/** True when the text is a WordPress export (checked on its start). */
export function looksLikeWxr(text: string): boolean {
  const head = text.slice(0, 4000);
  return /<rss\b/.test(head) && /xmlns:wp="http:\/\/wordpress\.org\/export\//.test(head);
}

/** WordPress writes "0000-00-00 00:00:00" when a GMT date is unknown. */
function wpDate(gmt: string, local: string): string | undefined {
  const usable = (s: string) => s.trim() !== '' && !s.startsWith('0000');
  if (usable(gmt)) return `${gmt.trim().replace(' ', 'T')}Z`;
  // The site's local time, of unknown offset: read as given, to the day at least.
  return usable(local) ? local.trim().slice(0, 10) : undefined;
}

function topicOf(post: XmlElement): string {
  const id = childText(post, 'wp:post_id').trim();
  const title = childText(post, 'title').trim() || '(untitled)';
  return id ? `post ${id}: ${title}` : title;
}

export function parseWxr(input: string): ParseResult {
  const text = stripBom(input);
  const root = parseXml(text);
  const channel = root.name === 'rss' ? child(root, 'channel') : undefined;
  if (!channel) {
    throw new InputError('BAD_XML', 'this XML file is not a WordPress export (no <rss><channel>).', {
      hint: 'Export the site with WordPress Tools → Export, or give the comments as CSV or JSON.',
    });
  }
  const starts = lineStarts(text);
  const lineOf = (offset: number) => lineAt(starts, offset);
  const collector = new CommentCollector();
  const posts = channel.children.filter((c) => c.name === 'item');
  if (posts.length > 0 && posts[0]!.start > channel.start) {
    const headerEnd = posts[0]!.start;
    collector.skip(lineOf(channel.start), 'site header (title, authors, categories), not comments', text.slice(channel.start, headerEnd), lineOf(headerEnd - 1));
  }

  let commented = 0;
  for (const post of posts) {
    const comments = post.children.filter((c) => c.name === 'wp:comment');
    const firstComment = comments[0]?.start ?? post.end;
    const kind = childText(post, 'wp:post_type').trim() || 'post';
    collector.skip(
      lineOf(post.start),
      comments.length > 0 ? `the ${kind} the comments below answer (an article, not a comment)` : `${kind} without comments`,
      childText(post, 'title') || text.slice(post.start, firstComment), lineOf(firstComment - 1),
    );
    const topic = topicOf(post);
    let kept = 0;
    for (const c of comments) {
      const line = lineOf(c.start);
      const endLine = lineOf(c.end - 1);
      const type = childText(c, 'wp:comment_type').trim();
      const approved = childText(c, 'wp:comment_approved').trim();
      const body = plainText(childText(c, 'wp:comment_content'));
      // WordPress keeps author names HTML-escaped ("O&#039;Brien").
      const author = decodeEntities(childText(c, 'wp:comment_author')).trim();
      const excerptSource = body || author;
      if (type === 'pingback' || type === 'trackback') {
        collector.skip(line, `${type}: a link from another site, not a comment`, excerptSource, endLine);
        continue;
      }
      if (approved !== '1' && approved !== '') {
        collector.skip(line, `comment not approved (${approved === '0' ? 'pending' : approved})`, excerptSource, endLine);
        continue;
      }
      if (!body) {
        collector.skip(line, 'comment has no text', author, endLine);
        continue;
      }
      const comment: RawComment = { author: author || 'Anonymous', text: body, line, topic };
      const id = collector.claimId(childText(c, 'wp:comment_id').trim(), line);
      if (id !== undefined) comment.id = id;
      const parent = childText(c, 'wp:comment_parent').trim();
      if (parent !== '' && parent !== '0') comment.parentId = parent;
      const time = wpDate(childText(c, 'wp:comment_date_gmt'), childText(c, 'wp:comment_date'));
      collector.applyTime(comment, time);
      collector.add(comment);
      kept++;
    }
    if (kept > 0) commented++;
  }
  const finished = collector.finish();
  const { skipped, notes } = finished;
  // Posts come in the file's order and their comments under them.
  const comments = inTimeOrder(finished.comments);
  if (comments.length === 0) {
    throw new InputError('BAD_XML', 'this WordPress export holds no approved reader comments.', {
      hint: 'Export a site (or a post) that has comments; pingbacks and unapproved comments are not read.',
    });
  }
  const result: ParseResult = {
    format: 'wxr', dialect: 'wordpress', comments, skipped,
    notes: [...notes, `${comments.length} comment(s) on ${commented} post(s); comments on different posts answer each other only by name, quotation or reference.`],
  };
  const title = childText(channel, 'title').trim();
  if (title) result.title = title;
  return result;
}
