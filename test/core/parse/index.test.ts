/** parseInput: an input that yields no comment at all is an input error that says why, in every format. */
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/core/parse/index';
import { inputErrorOf as thrown } from '../../helpers/input-error';

describe('parseInput with nothing to read', () => {
  it('stops on a table with a header and no comment rows', () => {
    const header = thrown(() => parseInput('author,text\n', { fileName: 'a.csv' }));
    expect(header.code).toBe('NO_COMMENTS');
    expect(header.describe('a.csv')).toBe('a.csv: no comments found: the table has no row with a comment below its header. Choose a table with one comment per row.');
    // Rows whose cells are all empty are no comments either.
    expect(thrown(() => parseInput('author,text\n,\n,\n', { fileName: 'a.csv' })).code).toBe('NO_COMMENTS');
  });

  it('names the first skipped block and its reason when every block was skipped', () => {
    const e = thrown(() => parseInput('author,text\nann,\nbob,\n', { fileName: 'a.csv' }));
    expect(e.code).toBe('NO_COMMENTS');
    expect(e.line).toBe(2);
    expect(e.message).toBe('no comments found: all 2 blocks read were skipped (the first: row has no text).');
    const mail = thrown(() => parseInput('From x Thu Mar  5 10:00:00 2020\nFrom: <>\nSubject: nobody\n\nbody\n', { format: 'mbox' }));
    expect(mail.line).toBe(1);
    expect(mail.message).toBe('no comments found: the one block read was skipped: From header names no one.');
  });

  it('stops on a chat log of joins and quits only', () => {
    const e = thrown(() => parseInput('[12:00] -!- a has joined\n[12:05] -!- a has quit\n', { format: 'chat' }));
    expect(e.code).toBe('NO_COMMENTS');
    expect(e.line).toBe(1);
    expect(e.message).toBe('no comments found: every line read is a join, quit or other system line.');
  });

  it('stops on JSON with no comment objects', () => {
    const e = thrown(() => parseInput('[]', { fileName: 'a.json' }));
    expect(e.code).toBe('NO_COMMENTS');
    expect(e.message).toContain('the JSON holds no comment objects');
  });

  it('lets any input with one comment through', () => {
    expect(parseInput('author,text\n,\nann,hello\n', { fileName: 'a.csv' }).comments.map((c) => c.author)).toEqual(['ann']);
    expect(parseInput('[12:00] -!- a has joined\n[12:01] <a> hi\n', { format: 'chat' }).comments).toHaveLength(2);
  });
});

describe('parseInput with a format the user chose', () => {
  it('says which format the content looks like when the chosen one cannot read it', () => {
    const json = '[{"author": "ann", "text": "hi, \\"bob\\""}]';
    const e = thrown(() => parseInput(json, { format: 'csv' }));
    expect(e.code).toBe('BAD_CSV');
    expect(e.hint).toMatch(/ The content looks like JSON: try --format json \(or auto\)\.$/);
    // Left alone when the content looks like the chosen format anyway.
    expect(thrown(() => parseInput('author,text\nann,"never closed\n', { format: 'csv' })).hint).not.toMatch(/looks like/);
    expect(parseInput(json, { format: 'json' }).comments).toHaveLength(1);
  });
});
