/**
 * The small XML reader behind the WordPress export parser: elements, attributes, text with
 * entities and CDATA, the parts it passes over, and errors that name the line.
 */
import { describe, expect, it } from 'vitest';
import { child, childText, parseXml } from '../../../src/core/parse/xml';
import { InputError } from '../../../src/core/errors';

describe('parseXml', () => {
  const doc = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- a comment with <tags> in it -->',
    '<!DOCTYPE feed>',
    '<feed xmlns:wp="http://example.invalid/wp/">',
    '  <title lang=\'en\' kind="a &amp; b">Ann &amp; Bob &lt;3</title>',
    '  <wp:entry id="1"><wp:body><![CDATA[<p>Raw & <b>kept</b></p>]]></wp:body><empty/></wp:entry>',
    '  <wp:entry id="2">one <!-- skipped --> two</wp:entry>',
    '</feed>',
  ].join('\n');

  it('reads elements, attributes, text with entities decoded and CDATA as is', () => {
    const root = parseXml(doc);
    expect(root.name).toBe('feed');
    expect(root.children.map((c) => c.name)).toEqual(['title', 'wp:entry', 'wp:entry']);
    const title = child(root, 'title')!;
    expect(title.text).toBe('Ann & Bob <3');
    expect(title.attributes).toEqual({ lang: 'en', kind: 'a & b' });
    const first = root.children[1]!;
    expect(first.attributes.id).toBe('1');
    expect(childText(first, 'wp:body')).toBe('<p>Raw & <b>kept</b></p>');
    expect(child(first, 'empty')!.children).toEqual([]);
    expect(root.children[2]!.text).toBe('one  two');
    expect(childText(root, 'missing')).toBe('');
  });

  it('gives each element its offsets in the input', () => {
    const root = parseXml(doc);
    const second = root.children[2]!;
    expect(doc.slice(second.start, second.end)).toBe('<wp:entry id="2">one <!-- skipped --> two</wp:entry>');
  });

  it.each([
    ['<a>\n<b>\n</a>', 3, /^<\/a> closes <b>/],
    ['<a>\n<b>text</b>\n', 1, /^<a> is never closed/],
    ['<a></a>\n<b></b>', 2, /^a second root element/],
    ['<a>\n1 < 2\n</a>', 2, /^a "<" that starts no tag/],
    ['<a><![CDATA[never closed</a>', 1, /^a CDATA section is never closed/],
  ])('names the line of a malformed document: %j', (input, line, message) => {
    let error: unknown;
    try { parseXml(input); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('BAD_XML');
    expect((error as InputError).line).toBe(line);
    expect((error as Error).message).toMatch(message);
    expect((error as InputError).describe('feed.xml')).toMatch(new RegExp(`^feed\\.xml, line ${line}: `));
  });
});
