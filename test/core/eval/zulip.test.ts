import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadZulipCase } from '../../../src/core/eval/zulip';
import { inputErrorOf } from '../../helpers/input-error';

// Synthetic topic in the Zulip archive's shape, with gold.csv rows in the corpus's columns.
const dir = new URL('../../fixtures/eval/zulip/', import.meta.url);
const topic = readFileSync(new URL('rain-gauges.json', dir), 'utf8');
const gold = readFileSync(new URL('gold.csv', dir), 'utf8');

const sets = (entries: [string, string[]][]) => new Map(entries.map(([k, v]) => [k, new Set(v)]));

describe('Zulip evaluation case', () => {
  const c = loadZulipCase('rain', topic, gold, 'rain-gauges.json');
  const authorOf = (id: string) => c.thread.comments.find((x) => x.id === id)!.authorId;

  it('reads every message with the JSON parser (HTML made plain, quote-replies as "> " lines)', () => {
    expect(c.kind).toBe('zulip');
    expect(c.thread.dialect).toBe('zulip');
    expect(c.thread.comments.map((x) => x.id)).toEqual(['5001', '5002', '5003', '5004', '5005', '5006', '5007']);
    expect(c.thread.comments[2]!.text).toBe('Cyril Dane said:\n\n> A plastic one from the hardware shop.\n\nDoes it crack in frost?');
  });

  it('gold = quote-reply targets inside the file; only messages with one are scored', () => {
    expect(c.goldParents).toEqual(sets([['5003', ['5002']], ['5005', ['5003', '5001']]]));
    // 5004 quotes a message of another topic; 5006 only mentions someone: no gold, not scored.
    expect(c.scored).toEqual(['5003', '5005']);
    expect(c.goldTargets!.get('5005')).toEqual(new Set([authorOf('5001')]));
    expect(c.thread.comments.every((x) => x.parentId === undefined)).toBe(true);
  });

  it('throws naming the gold row when it names a message the topic file does not have', () => {
    const e = inputErrorOf(() => loadZulipCase('rain', topic, gold.replace('rain-gauges.json,5006,', 'rain-gauges.json,6006,'), 'rain-gauges.json'));
    expect(e.code).toBe('BAD_ANNOTATION');
    expect(e.message).toBe('rain: gold.csv row 8 names message 6006, which is not among the 7 messages read from the topic file.');
    expect(e.line).toBe(8);
    expect(inputErrorOf(() => loadZulipCase('rain', topic, gold, 'elsewhere.json')).message).toContain('no rows for "elsewhere.json"');
  });

  it('throws naming the line of a topic file that is not JSON', () => {
    const e = inputErrorOf(() => loadZulipCase('rain', topic.replace('"id": 5003,', '"id": 5003'), gold, 'rain-gauges.json'));
    expect(e.code).toBe('BAD_JSON');
    expect(e.line).toBe(17); // the line where the missing comma shows: the next key
  });
});
