import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLemireCase } from '../../../src/core/eval/lemire';
import { inputErrorOf } from '../../helpers/input-error';

// Real excerpt (MIT, see fixtures/eval/PROVENANCE.md): the first five comments of a threaded
// WordPress comment section pasted as text, and their gold.csv rows.
const dir = new URL('../../fixtures/eval/lemire/', import.meta.url);
const text = readFileSync(new URL('simplistic-programming-excerpt.txt', dir), 'utf8');
const gold = readFileSync(new URL('gold.csv', dir), 'utf8');
const GOLD_FILE = '2017-12-06-comment-simplistic-programming-is-underrated.md';

const sets = (entries: [string, string[]][]) => new Map(entries.map(([k, v]) => [k, new Set(v)]));

describe('WordPress pasted-text evaluation case', () => {
  const c = loadLemireCase('simplistic', text, gold, GOLD_FILE);
  const ids = c.thread.comments.map((x) => x.id);

  it('reads the text with the normal parser and scores every comment', () => {
    expect(c.kind).toBe('wordpress');
    expect(c.thread.format).toBe('text');
    expect(c.thread.dialect).toBe('wordpress');
    expect(c.thread.comments.map((x) => x.author)).toEqual(['Benoit St-Jean', 'Greg Baryza', 'Jaco Pretorius', 'Yaakov', 'Bruce W. Roeser']);
    expect(c.scored).toEqual(ids);
  });

  it('maps gold.csv parents onto the parsed comments by order (top-level comments have none)', () => {
    const [benoit, greg, jaco, yaakov, bruce] = ids as [string, string, string, string, string];
    expect(c.goldParents).toEqual(sets([[greg, [benoit]], [jaco, [benoit]], [yaakov, [jaco]], [bruce, [benoit]]]));
    expect(c.goldTargets!.get(yaakov)).toEqual(new Set([c.thread.comments[2]!.authorId]));
  });

  it('hides the parents the parser read from indentation, unless asked to keep them', () => {
    expect(c.thread.comments.every((x) => x.parentId === undefined)).toBe(true);
    const kept = loadLemireCase('simplistic', text, gold, GOLD_FILE, { keepParentIds: true });
    const parsedParents = new Map(kept.thread.comments.filter((x) => x.parentId).map((x) => [x.id, new Set([x.parentId!])]));
    expect(parsedParents).toEqual(kept.goldParents);
  });

  it('leaves out gold rows without an author (pingbacks are not on the pasted page)', () => {
    const withPingback = gold.replace('\n2017-12-06', `\n${GOLD_FILE},comment-1,,,,,1\n2017-12-06`);
    expect(loadLemireCase('simplistic', text, withPingback, GOLD_FILE).goldParents).toEqual(c.goldParents);
  });

  it('throws naming the file, the index and the gold row when authors disagree', () => {
    const e = inputErrorOf(() => loadLemireCase('simplistic', text, gold.replace(',Jaco Pretorius,2017', ',Someone Else,2017'), GOLD_FILE));
    expect(e.code).toBe('BAD_ANNOTATION');
    expect(e.message).toBe('simplistic: comment 3 (text line 17) is by "Jaco Pretorius" but gold row 5 (comment-292906) is by "Someone Else".');
    expect(e.line).toBe(5);
    expect(e.unit).toBe('row');
  });

  it('throws when the counts differ, naming the first unmatched comment', () => {
    const fewer = gold.split('\n').filter((l) => !l.includes('Bruce W. Roeser')).join('\n');
    const e = inputErrorOf(() => loadLemireCase('simplistic', text, fewer, GOLD_FILE));
    expect(e.message).toContain('the text parser found 5 comments but gold.csv has 4');
    expect(e.message).toContain('comment 5 (text line 31, by "Bruce W. Roeser") has no gold row');
    expect(inputErrorOf(() => loadLemireCase('simplistic', text, gold, 'missing.md')).message).toContain('no rows for "missing.md"');
  });

  it('throws naming the row of a broken gold table', () => {
    const e = inputErrorOf(() => loadLemireCase('simplistic', text, gold.replace('Yaakov,', '"Yaakov,'), GOLD_FILE));
    expect(e.code).toBe('BAD_CSV');
    expect(e.unit).toBe('row');
    expect(inputErrorOf(() => loadLemireCase('simplistic', text, gold.replace('parent_comment_id', 'parent'), GOLD_FILE)).message)
      .toContain('no column "parent_comment_id"');
  });
});
