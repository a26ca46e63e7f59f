import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadIacCase, readIacQuotes } from '../../../src/core/eval/iac';
import { evaluateCases } from '../../../src/core/eval/evaluate';
import { inputErrorOf } from '../../helpers/input-error';

// Synthetic discussion in the Internet Argument Corpus shape (see fixtures/eval/PROVENANCE.md).
const dir = new URL('../../fixtures/eval/iac/', import.meta.url);
const discussion = readFileSync(new URL('discussion.json', dir), 'utf8');
const quotes = readFileSync(new URL('quotes.json', dir), 'utf8');

const sets = (entries: [string, string[]][]) => new Map(entries.map(([k, v]) => [k, new Set(v)]));

describe('IAC forum evaluation case', () => {
  const c = loadIacCase('barrels', discussion, quotes);
  const authorOf = (id: string) => c.thread.comments.find((x) => x.id === id)!.authorId;

  it('reads every post, in file order, with its id, author, time and raw text as it is', () => {
    expect(c.kind).toBe('forum');
    expect(c.thread.comments.map((x) => x.id)).toEqual(['100', '101', '102', '103', '104', '105', '106']);
    expect(c.scored).toEqual(['100', '101', '102', '103', '104', '105', '106']);
    const post102 = c.thread.comments[2]!;
    expect(post102.author).toBe('Lena');
    expect(post102.time).toBe('2010-01-01T12:00:00Z');
    expect(post102.text.startsWith('I think the club should buy three barrels before spring. \n \n \n Three')).toBe(true);
  });

  it('hides every parent id from inference', () => {
    expect(c.thread.comments.every((x) => x.parentId === undefined)).toBe(true);
  });

  it('takes the quoted posts as gold when every quoted id is in the thread, else the forum parent', () => {
    expect(c.goldParents).toEqual(sets([
      ['101', ['100']], // no quotes: forum parent
      ['102', ['101']], // quotes 101 although the forum parent is the opening post
      ['103', ['100', '102']], // quotes two posts (one of them twice)
      ['104', ['101']], // its only quote names no post: forum parent
      ['106', ['103']], // quotes a post of another thread: forum parent
    ]));
    // 100 opens the thread; 105's forum parent is not in the thread.
    expect(c.goldParents.has('100')).toBe(false);
    expect(c.goldParents.has('105')).toBe(false);
  });

  it('gives the quoted or parent posts\' authors as gold participants', () => {
    expect(c.goldTargets!.get('103')).toEqual(new Set([authorOf('100'), authorOf('102')]));
    expect(c.goldTargets!.get('102')).toEqual(new Set([authorOf('101')]));
    expect(c.goldTargets!.get('101')).toEqual(new Set([authorOf('100')]));
  });

  it('scores the previous-post baseline against that gold: 101→100, 102→101 right; 103 half; 104, 106 wrong', () => {
    const previous = evaluateCases([c]).find((s) => s.method === 'previous')!;
    // predicted 6 links (101..106), gold 6 links (103 has two), matched 101, 102, 103→102.
    expect([previous.link.matched, previous.link.predicted, previous.link.gold]).toEqual([3, 6, 6]);
  });

  it('collects quote sources per post, leaving out spans without a quote_id', () => {
    const q = readIacQuotes(quotes);
    expect(q.get('103')).toEqual(['100', '102']);
    expect(q.get('104')).toEqual([]);
  });

  it('names the line of a malformed post or a JSON syntax error', () => {
    const broken = discussion.replace('[105, null, "Lena",', '[105, null, 7,');
    const e = inputErrorOf(() => loadIacCase('barrels', broken, quotes));
    expect(e.code).toBe('BAD_JSON');
    expect(e.line).toBe(7);
    expect(e.message).toContain('post 105');
    expect(e.message).toContain('author');
    const syntax = inputErrorOf(() => loadIacCase('barrels', discussion, quotes.replace('[103, [39', '[103 [39')));
    expect(syntax.code).toBe('BAD_JSON');
    expect(syntax.line).toBe(4);
    const duplicate = inputErrorOf(() => loadIacCase('barrels', discussion.replace('[106, null', '[105, null'), quotes));
    expect(duplicate.message).toContain('appears twice');
  });
});
