/**
 * WordPress export files (WXR): comments of every post with their ids, parents, GMT times and
 * topics, in time order; posts, pingbacks and unapproved comments accounted for as skipped
 * blocks with their lines. Real excerpt of the CC Labs export (data/README.md)
 * plus invented edge cases.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWxr } from '../../../src/core/parse/wxr';
import { parseInput } from '../../../src/core/parse/index';
import { InputError } from '../../../src/core/errors';
import { ingest } from '../../../src/core/pipeline';

const excerpt = readFileSync(new URL('../../../data/cc-labs-excerpt.wxr.xml', import.meta.url), 'utf8');

/** A one-post export with the given comment elements. */
function wxr(comments: string[], post = '<title>Post</title><wp:post_id>7</wp:post_id>'): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" ?>',
    '<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel><title>Garden notes</title>',
    `<item>${post}`,
    ...comments,
    '</item>',
    '</channel></rss>',
  ].join('\n');
}

function comment(fields: Record<string, string>): string {
  const all = { comment_id: '1', comment_author: 'Ann', comment_date: '2020-05-01 10:00:00', comment_date_gmt: '2020-05-01 08:00:00', comment_content: 'Hello', comment_approved: '1', comment_type: '', comment_parent: '0', ...fields };
  return `<wp:comment>${Object.entries(all).map(([k, v]) => `<wp:${k}><![CDATA[${v}]]></wp:${k}>`).join('')}</wp:comment>`;
}

describe('parseWxr on the CC Labs excerpt', () => {
  const r = parseWxr(excerpt);

  it('reads the comments of every post in time order, with ids, GMT times and parents', () => {
    expect(r.format).toBe('wxr');
    expect(r.dialect).toBe('wordpress');
    expect(r.title).toBe('CC Labs');
    expect(r.comments.map((c) => [c.id, c.author, c.time, c.parentId])).toEqual([
      ['2', 'Eric', '2007-04-11T23:18:48Z', undefined],
      ['5', 'Cassio Melo', '2007-04-12T14:58:19Z', undefined],
      ['3', 'Chris Garrett', '2007-08-14T14:35:08Z', undefined],
      ['80', 'IZ', '2009-08-14T05:35:54Z', undefined],
      ['81', 'Nathan Kinkade', '2009-08-14T21:23:02Z', '80'],
      ['4', 'Marc', '2012-05-14T00:42:13Z', undefined],
    ]);
    expect(r.comments[0]!.text).toBe('Great to see this...look forward to hearing about what you guys are up to :-)');
  });

  it('gives each comment the topic of its post and the line of its <wp:comment>', () => {
    expect(r.comments.map((c) => c.topic)).toEqual([
      'post 6: wpLicense 0.7.6', 'post 8: Summer of Code Projects', 'post 6: wpLicense 0.7.6',
      'post 107: Per-blog registrations for Wordpress-mu', 'post 107: Per-blog registrations for Wordpress-mu', 'post 6: wpLicense 0.7.6',
    ]);
    const lines = excerpt.split('\n');
    for (const c of r.comments) {
      expect(lines[c.line! - 1]!.trim()).toBe('<wp:comment>');
      expect(lines[c.line!]!).toContain(`<wp:comment_id>${c.id}</wp:comment_id>`);
    }
  });

  it('accounts for the site header, the posts and the pingbacks as skipped blocks', () => {
    expect(r.skipped.map((s) => [s.line, s.endLine, s.reason])).toEqual([
      [28, 39, 'site header (title, authors, categories), not comments'],
      [39, 70, 'the post the comments below answer (an article, not a comment)'],
      [116, 146, 'the post the comments below answer (an article, not a comment)'],
      [162, 175, 'pingback: a link from another site, not a comment'],
      [176, 189, 'pingback: a link from another site, not a comment'],
      [192, 226, 'the post the comments below answer (an article, not a comment)'],
    ]);
    expect(r.skipped[1]!.excerpt).toBe('wpLicense 0.7.6');
    expect(r.notes.some((n) => n.includes('6 comment(s) on 3 post(s)'))).toBe(true);
  });

  it('is what parseInput reads when the content is a WordPress export', () => {
    expect(parseInput(excerpt).comments).toEqual(r.comments);
  });

  it('links comments only within their post, and keeps the explicit parent', () => {
    const { thread, links, replies } = ingest(excerpt);
    const topicOf = new Map(thread.comments.map((c) => [c.id, c.topic]));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(topicOf.get(l.parentId)).toBe(topicOf.get(l.commentId));
    expect(replies.find((x) => x.commentId === '81')).toMatchObject({ source: 'nathan-kinkade', target: 'iz', signal: 'explicit', targetCommentId: '80' });
  });
});

describe('parseWxr edge cases', () => {
  it('skips spam, pending and empty comments with a reason, and reads HTML comment text as text', () => {
    const r = parseWxr(wxr([
      comment({ comment_id: '1', comment_content: 'Buy <a href="http://x.invalid">cheap</a> pills', comment_approved: 'spam' }),
      comment({ comment_id: '2', comment_content: 'Waiting', comment_approved: '0' }),
      comment({ comment_id: '3', comment_content: '  ' }),
      comment({ comment_id: '4', comment_author: 'O&#039;Brien &amp; Co', comment_content: '<p>Ann, see <em>this</em> &amp; that</p>\n<blockquote>Hello</blockquote>' }),
    ]));
    expect(r.skipped.map((s) => s.reason)).toEqual([
      'site header (title, authors, categories), not comments', 'the post the comments below answer (an article, not a comment)',
      'comment not approved (spam)', 'comment not approved (pending)', 'comment has no text',
    ]);
    expect(r.comments).toHaveLength(1);
    expect(r.comments[0]).toMatchObject({ id: '4', author: "O'Brien & Co", text: 'Ann, see this & that\n\n> Hello' });
  });

  it('falls back to the local date when the GMT date is unknown, and keeps file order when a comment is undated', () => {
    const r = parseWxr(wxr([
      comment({ comment_id: '1', comment_date_gmt: '0000-00-00 00:00:00', comment_date: '2020-05-03 09:00:00' }),
      comment({ comment_id: '2', comment_date_gmt: '2020-05-02 08:00:00' }),
      comment({ comment_id: '3', comment_date_gmt: '0000-00-00 00:00:00', comment_date: '0000-00-00 00:00:00' }),
    ]));
    expect(r.comments.map((c) => [c.id, c.time, c.timePrecision])).toEqual([
      ['1', '2020-05-03T00:00:00Z', 'day'], ['2', '2020-05-02T08:00:00Z', 'second'], ['3', undefined, undefined],
    ]);
  });

  it('says clearly when XML is not a WordPress export, or holds no comments', () => {
    const attempt = (input: string) => {
      try { parseInput(input, { format: 'wxr' }); } catch (e) { return e; }
      return undefined;
    };
    const notWxr = attempt('<feed><entry/></feed>');
    expect(notWxr).toBeInstanceOf(InputError);
    expect((notWxr as Error).message).toMatch(/not a WordPress export/);
    expect((attempt(wxr([comment({ comment_type: 'pingback' })])) as Error).message).toMatch(/no approved reader comments/);
    expect((attempt('<rss>\n<channel>\n</rss>') as InputError).describe()).toMatch(/^line 3: <\/rss> closes <channel>/);
  });
});
