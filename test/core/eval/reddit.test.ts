import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRedditCase } from '../../../src/core/eval/reddit';
import { evaluateCases } from '../../../src/core/eval/evaluate';
import { inputErrorOf } from '../../helpers/input-error';

// Synthetic thread in the shape of the corpus's Reddit thread.json.
const thread = readFileSync(new URL('../../fixtures/eval/corpora/reddit-austinfood-thread/thread.json', import.meta.url), 'utf8');

const sets = (entries: [string, string[]][]) => new Map(entries.map(([k, v]) => [k, new Set(v)]));

describe('Reddit evaluation case', () => {
  const c = loadRedditCase('soup', thread);

  it('reads the post and its comments; scores the comments, not the post nor an orphan', () => {
    expect(c.kind).toBe('reddit');
    expect(c.thread.comments.map((x) => x.id)).toEqual(['t3_abc123', 't1_c1', 't1_c2', 't1_c3', 't1_c4', 't1_c5', 't1_c6']);
    // t1_c5 answers a comment missing from the file: unknown gold, not scored.
    expect(c.scored).toEqual(['t1_c1', 't1_c2', 't1_c3', 't1_c4', 't1_c6']);
  });

  it('gold = parent_id when it is a comment of the file (top-level and orphaned comments have none)', () => {
    expect(c.goldParents).toEqual(sets([['t1_c2', ['t1_c1']], ['t1_c3', ['t1_c2']], ['t1_c6', ['t1_c4']]]));
    const author = (id: string) => c.thread.comments.find((x) => x.id === id)!.authorId;
    expect(c.goldTargets!.get('t1_c6')).toEqual(new Set([author('t1_c4')]));
  });

  it('hides parent ids from inference unless asked to keep them', () => {
    expect(c.thread.comments.every((x) => x.parentId === undefined)).toBe(true);
    expect(loadRedditCase('soup', thread, { keepParentIds: true }).thread.comments.filter((x) => x.parentId).length).toBe(6);
  });

  it('scores the previous-comment baseline by hand: c2→c1, c3→c2 right; c6→c5 wrong', () => {
    const previous = evaluateCases([c]).find((s) => s.method === 'previous')!;
    // predicted for the scored: c1→post, c2→c1, c3→c2, c4→c3, c6→c5 (5 links); gold 3; matched 2.
    expect([previous.link.matched, previous.link.predicted, previous.link.gold]).toEqual([2, 5, 3]);
  });

  it('refuses JSON that is not a Reddit thread', () => {
    const e = inputErrorOf(() => loadRedditCase('soup', '[{"author": "ann", "text": "hello"}]'));
    expect(e.code).toBe('BAD_JSON');
    expect(e.message).toBe('soup: the JSON parser read this file as generic JSON, not a Reddit thread.');
  });
});
