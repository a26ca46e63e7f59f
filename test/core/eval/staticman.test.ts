import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadStaticmanCase, type StaticmanFile } from '../../../src/core/eval/staticman';
import { inputErrorOf } from '../../helpers/input-error';

// Real excerpt (MIT, see fixtures/eval/PROVENANCE.md): the first five comment files, by name,
// of one post's Staticman comments folder.
const dir = new URL('../../fixtures/eval/staticman/post-excerpt/', import.meta.url);
const files: StaticmanFile[] = readdirSync(dir).map((fileName) => ({ fileName, text: readFileSync(new URL(fileName, dir), 'utf8') }));

const sets = (entries: [string, string[]][]) => new Map(entries.map(([k, v]) => [k, new Set(v)]));

describe('Staticman evaluation case', () => {
  // Given in reverse order: the loader sorts by file name itself.
  const c = loadStaticmanCase('post', [...files].reverse());
  const [first, second, reply1, third, reply3] = c.thread.comments;

  it('orders comments by file name and reads name, date and message', () => {
    expect(c.kind).toBe('staticman');
    expect(c.thread.comments.map((x) => x.id)).toEqual([
      'comment-1481460884456', 'comment-1481474339051', 'comment-1481479533346', 'comment-1481624126585', 'comment-1481658090053',
    ]);
    expect(first!.author).toBe('Arnab Wahid');
    expect(first!.time).toBe('2016-12-11T12:54:44Z');
    // double-quoted with \r\n escapes, line endings made plain newlines
    expect(first!.text).toContain('as the experience that followed.\n\nYour website is one of the most');
    // a folded (>-) block: lines joined with spaces, no final newline
    expect(second!.text).toBe("Wow, this looks amazing! I'm definitely going to check it out...I'll be launching a new Jekyll-powered magazine soon and have considered comments but I definitely want to avoid Disqus if possible.");
  });

  it('resolves replying_to as the 1-based index among top-level comments sorted by file name', () => {
    expect(c.goldParents).toEqual(sets([[reply1!.id, [first!.id]], [reply3!.id, [third!.id]]]));
    expect(c.goldTargets!.get(reply3!.id)).toEqual(new Set([third!.authorId]));
    expect(c.scored).toEqual(c.thread.comments.map((x) => x.id));
  });

  it('never shows replying_to to inference', () => {
    expect(c.thread.comments.every((x) => x.parentId === undefined)).toBe(true);
  });

  it('throws naming the file when replying_to names no top-level comment', () => {
    const broken = files.map((f) => (f.fileName === 'comment-1481658090053.yml' ? { ...f, text: f.text.replace("replying_to: '3'", "replying_to: '9'") } : f));
    const e = inputErrorOf(() => loadStaticmanCase('post', broken));
    expect(e.code).toBe('BAD_ANNOTATION');
    expect(e.message).toBe('comment-1481658090053.yml: replying_to "9" names no top-level comment; the post has 3.');
  });

  it('throws naming the file and line of unreadable YAML, or a comment without a name', () => {
    const badYaml = files.map((f) => (f.fileName === 'comment-1481474339051.yml' ? { ...f, text: f.text.replace("url: 'https://jaredwhite.com'", "url: 'https://jaredwhite.com") } : f));
    const e = inputErrorOf(() => loadStaticmanCase('post', badYaml));
    expect(e.message).toBe('comment-1481474339051.yml: the single-quoted value is never closed');
    expect(e.line).toBe(9);
    const noName = files.map((f) => (f.fileName === 'comment-1481460884456.yml' ? { ...f, text: f.text.replace('name: Arnab Wahid', "name: ''") } : f));
    expect(inputErrorOf(() => loadStaticmanCase('post', noName)).message).toBe('comment-1481460884456.yml: the comment has no "name".');
  });
});
