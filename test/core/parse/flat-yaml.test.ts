import { describe, expect, it } from 'vitest';
import { readFlatYaml } from '../../../src/core/parse/flat-yaml';
import { inputErrorOf } from '../../helpers/input-error';

const read = (lines: string[]) => Object.fromEntries(readFlatYaml(lines.join('\n') + '\n'));

describe('flat YAML reader', () => {
  it('reads plain, single-quoted and empty values; keys keep file order', () => {
    const y = readFlatYaml("_id: 5e1\nname: Ada Brook\nurl: 'https://example.org/a#b'\nhidden: ''\nemail:\nnote: ~\ndate: 2016-12-11T16:38:59Z\n");
    expect([...y.keys()]).toEqual(['_id', 'name', 'url', 'hidden', 'email', 'note', 'date']);
    expect(Object.fromEntries(y)).toEqual({
      _id: '5e1', name: 'Ada Brook', url: 'https://example.org/a#b', hidden: '', email: '', note: '', date: '2016-12-11T16:38:59Z',
    });
  });

  it("decodes '' in single-quoted values and folds their lines", () => {
    expect(read(["name: 'It''s Ada'", "note: 'one", '  two', '', "  three'"])).toEqual({ name: "It's Ada", note: 'one two\nthree' });
  });

  it('decodes double-quoted escapes: \\r \\n \\t \\" \\\\ \\/ \\uXXXX \\xXX \\UXXXXXXXX', () => {
    const y = read(['message: "Hi \\"Ada\\",\\r\\n\\ttab \\\\ slash \\/ caf\\u00e9 \\x41 \\U0001F600"']);
    expect(y.message).toBe('Hi "Ada",\r\n\ttab \\ slash / café A \u{1F600}');
  });

  it('folds double-quoted values over lines: a break is a space, a blank line a newline, a final backslash joins', () => {
    const y = read(['message: "first line  ', '  second line', '', '  after blank\\', '  joined \\"end\\""', 'name: Ada']);
    expect(y.message).toBe('first line second line\nafter blankjoined "end"');
    expect(y.name).toBe('Ada');
  });

  it('keeps an escaped space at the end of a folded line', () => {
    expect(read(['m: "a\\ ', '  b"']).m).toBe('a  b');
  });

  it('reads folded (>) and literal (|) blocks with their chomping', () => {
    const y = read([
      'folded: >-', '  one', '  two', '', '    indented', '  three',
      'literal: |', '  keep', '    this', '',
      'kept: >+', '  end', '', '',
      'name: Ada',
    ]);
    expect(y.folded).toBe('one two\n\n  indented\nthree');
    expect(y.literal).toBe('keep\n  this\n');
    expect(y.kept).toBe('end\n\n\n');
    expect(y.name).toBe('Ada');
  });

  it('folds plain values over lines and drops comments', () => {
    expect(read(['note: plain words', '  continued # a comment', '# whole-line comment', 'n: 2'])).toEqual({ note: 'plain words continued', n: '2' });
  });

  it('refuses what is not a flat mapping, naming the line', () => {
    const cases: [string, number, RegExp][] = [
      ['a: 1\nauthor:\n  name: Ada\n', 2, /nested mapping/],
      ['a: 1\ntags:\n  - one\n', 2, /list value/],
      ['a: 1\nb: "open\n', 2, /double-quoted value is never closed/],
      ['a: 1\nb: "bad \\q escape"\n', 2, /unknown escape "\\q"/],
      ['a: 1\nb: "bad \\u12 escape"\n', 2, /unknown escape "\\u12 e"/],
      ['a: 1\na: 2\n', 2, /the key "a" appears twice/],
      ['a: 1\n- item\n', 2, /is not a "key: value" line/],
      ['  a: 1\n', 1, /indented line that belongs to no key/],
      ['a: &anchor x\n', 1, /does not support/],
      ["a: 'x' trailing\n", 1, /unexpected text after the closing quote/],
      ['a: |\n  one\n two\n', 3, /less indented/],
    ];
    for (const [text, line, message] of cases) {
      const e = inputErrorOf(() => readFlatYaml(text));
      expect(e.code).toBe('BAD_TEXT');
      expect(e.message).toMatch(message);
      expect(e.line).toBe(line);
      expect(e.hint).toContain('key: value');
    }
  });
});
