import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/core/parse/detect';
import { parseInput } from '../../../src/core/parse/index';
import { InputError } from '../../../src/core/errors';

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');

describe('format detection', () => {
  it('trusts a telling file extension', () => {
    expect(detectFormat('anything', 'thread.csv')).toBe('csv');
    expect(detectFormat('anything', 'x.NDJSON')).toBe('json');
    expect(detectFormat('anything', 'list.mbox')).toBe('mbox');
    expect(detectFormat('anything', 'blog.wxr')).toBe('wxr');
  });

  it('recognises every fixture format by content alone', () => {
    expect(detectFormat(fixture('chat/ubuntu-irc-excerpt.txt'))).toBe('chat');
    expect(detectFormat(fixture('chat/whatsapp-allotment.txt'))).toBe('chat');
    expect(detectFormat(fixture('chat/irssi-gardening.log'))).toBe('chat');
    expect(detectFormat(fixture('mbox/garden-club.mbox'))).toBe('mbox');
    expect(detectFormat(fixture('text/wordpress-excerpt.txt'))).toBe('text');
    expect(detectFormat(readFileSync(new URL('../../../seeds/000_be01d75ba33c9c53.txt', import.meta.url), 'utf8'))).toBe('text');
    expect(detectFormat('[{"author":"a","text":"b"}]')).toBe('json');
    expect(detectFormat('{"author":"a","text":"b"}\n{"author":"c","text":"d"}\n')).toBe('json');
    expect(detectFormat('author,date,text\nann,2020-01-01,hi\n')).toBe('csv');
    const wxr = readFileSync(new URL('../../../data/cc-labs-excerpt.wxr.xml', import.meta.url), 'utf8');
    expect(detectFormat(wxr, 'wordpress.xml')).toBe('wxr');
    expect(detectFormat(wxr)).toBe('wxr');
    expect(detectFormat('User\tPosted At\tBody\nann\t2020-01-01\thi\n')).toBe('csv');
  });

  it('takes a text opening with a spreadsheet delimiter line (sep=;) for CSV', () => {
    expect(detectFormat('sep=;\nauteur;message\nAnn;hello\n')).toBe('csv');
    expect(detectFormat('sep=; is how the file starts\nAnn wrote this\n')).toBe('text');
  });

  it('does not take other RSS or XML for a WordPress export', () => {
    expect(detectFormat('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>News</title></channel></rss>')).not.toBe('wxr');
  });

  it('takes JSON with a syntax error for JSON, so its error names the line to mend', () => {
    const topic = fixture('json/discourse-topic.json');
    const broken = topic.replace('"username"', 'username"');
    expect(detectFormat(broken)).toBe('json');
    const line = topic.slice(0, topic.indexOf('"username"')).split('\n').length;
    let error: unknown;
    try { parseInput(broken); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).line).toBe(line);
    expect((error as InputError).message).toMatch(/JSON syntax error/);
    expect(detectFormat('{"author":"a","text":"b"\n{"author":"c","text":"d"}\n')).toBe('json');
    expect(detectFormat('[\n  {"author": "a", "text": "b",}\n]')).toBe('json');
    // Chat lines and page text that open with a bracket stay what they are.
    expect(detectFormat('[12:30] <ann> hi\n[12:31] <bob> hello ann\n[12:32] <ann> how are you\n')).toBe('chat');
    expect(detectFormat('[Home] [About]\nMy post\n3 comments\n')).toBe('text');
    expect(detectFormat('{{Infobox}} wiki text\n')).toBe('text');
  });

  it('takes rows of one width for a table whatever their headers, so the CSV reader can ask for the columns', () => {
    const table = fixture('csv/custom-headers.csv');
    expect(detectFormat(table)).toBe('csv');
    let error: unknown;
    try { parseInput(table); } catch (e) { error = e; }
    expect((error as InputError).message).toMatch(/no author or text column found; the header has "Who", "When", "Said"/);
    // Quoted cells may hold the delimiter and line breaks.
    expect(detectFormat('Poster;Said\nAnn;"Yes; and\nmore"\nBob;No\n')).toBe('csv');
    // Prose whose lines hold different numbers of commas, or one line only, stays page text.
    expect(detectFormat('Ann, 1 May\nI agree, mostly, with the post.\nBob, 2 May\nNo.\n')).toBe('text');
    expect(detectFormat('Hi, all\n')).toBe('text');
  });
});
