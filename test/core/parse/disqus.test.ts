import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/core/parse/index';
import { detectFormat } from '../../../src/core/parse/detect';
import { buildThread } from '../../../src/core/thread';
import { inferReplies } from '../../../src/core/infer/index';
import { InputError } from '../../../src/core/errors';

const EXPORT = readFileSync('test/fixtures/disqus/allotment-blog.xml', 'utf8');

function errorOf(input: string, format?: 'disqus'): InputError {
  try { parseInput(input, format ? { format } : {}); } catch (e) { return e as InputError; }
  throw new Error('no error');
}

describe('Disqus exports', () => {
  it('reads every post with its id, author, time, page and parent, in time order, and accounts for the rest', () => {
    const r = parseInput(EXPORT, { fileName: 'export.xml' });
    expect(r.format).toBe('disqus');
    expect(r.comments.map((c) => [c.id, c.author, c.time, c.parentId])).toEqual([
      ['90001', 'Priya Nair', '2021-05-03T09:15:00Z', undefined],
      ['90002', 'Tom Okafor', '2021-05-03T11:40:00Z', '90001'],
      ['90004', 'Priya Nair', '2021-05-03T18:05:00Z', '90002'],
      ['90006', 'Lena Vogt', '2021-05-10T10:00:00Z', undefined],
      ['90007', 'Guest', '2021-05-10T13:20:00Z', '90006'],
      ['90008', 'Sam Reyes', '2021-05-10T13:25:00Z', undefined],
    ]);
    expect(r.comments.map((c) => c.topic)).toEqual([
      'Growing tomatoes outdoors', 'Growing tomatoes outdoors', 'Growing tomatoes outdoors',
      'Hot compost in a small bay', 'Hot compost in a small bay', 'Growing tomatoes outdoors',
    ]);
    // The message's HTML as text: a block quotation's lines start with "> ", entities are decoded.
    expect(r.comments[1]!.text).toBe('> split every time it rains after a dry spell\n\nWater them evenly, a little every morning, and the skins stay supple. Mulch helps too — straw is fine.');
    expect(r.comments[4]!.text).toContain('60°C');
    expect(r.skipped.map((s) => [s.line, s.reason])).toEqual([
      [3, 'category of the site, not a comment'],
      [8, 'page the comments are on (a thread, not a comment)'],
      [24, 'page the comments are on (a thread, not a comment)'],
      [81, 'comment marked as spam'],
      [93, 'deleted comment'],
    ]);
    expect(r.title).toBe('allotment-notes');
  });

  it('is recognised by its content, and is neither a WordPress export nor a web page', () => {
    expect(detectFormat(EXPORT)).toBe('disqus');
    expect(detectFormat(EXPORT, 'comments.xml')).toBe('disqus');
    expect(detectFormat(readFileSync('data/cc-labs-excerpt.wxr.xml', 'utf8'))).toBe('wxr');
    const wrong = errorOf(readFileSync('data/cc-labs-excerpt.wxr.xml', 'utf8'), 'disqus');
    expect(wrong.message).toMatch(/not a Disqus export/);
  });

  it('keeps the parents, and comments on different pages answer each other only by name, quotation or reference', () => {
    const { replies } = inferReplies(buildThread(parseInput(EXPORT)).thread);
    expect(replies.map((r) => [r.commentId, r.target, r.signal])).toEqual([
      ['90002', 'priya-nair', 'explicit'],
      ['90004', 'tom-okafor', 'explicit'],
      ['90007', 'lena-vogt', 'explicit'],
    ]);
    // Tom's answer quotes Priya's words too.
    expect(replies[0]!.support.map((e) => e.signal)).toContain('quote');
  });

  it('refuses an export whose posts are all deleted or spam, naming the first', () => {
    const onlyRemoved = EXPORT.replace(/<isDeleted>false<\/isDeleted>\s*<isSpam>false<\/isSpam>/g, '<isDeleted>true</isDeleted><isSpam>false</isSpam>');
    const e = errorOf(onlyRemoved);
    expect(e.code).toBe('NO_COMMENTS');
    expect(e.message).toMatch(/category of the site/);
    expect(e.line).toBe(3);
  });
});
