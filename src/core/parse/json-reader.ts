/**
 * A small JSON reader that also remembers where things are: the 1-based line where each object
 * or array starts and where each array element starts. Syntax errors carry line and column,
 * computed here rather than read from JSON.parse messages (whose wording differs between
 * engines). Values are the same as JSON.parse gives (a `__proto__` key stays an own property).
 */

/** Where the reader found objects, arrays and array elements. */
export interface JsonLines {
  containerLine: WeakMap<object, number>;
  elementLines: WeakMap<unknown[], number[]>;
}

export function newJsonLines(): JsonLines {
  return { containerLine: new WeakMap(), elementLines: new WeakMap() };
}

export class JsonSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  /** The JSON may be valid but nests deeper than the reader can follow. */
  readonly tooDeep: boolean;
  constructor(message: string, line: number, column: number, tooDeep = false) {
    super(message);
    this.name = 'JsonSyntaxError';
    this.line = line;
    this.column = column;
    this.tooDeep = tooDeep;
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const PLAIN_CHARS = /[^"\\\u0000-\u001f]*/y;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class Reader {
  private pos = 0;
  private line: number;
  private lineStart = 0;

  constructor(private readonly s: string, firstLine: number, private readonly lines: JsonLines) {
    this.line = firstLine;
  }

  readDocument(): unknown {
    const value = this.readValue();
    this.skipSpace();
    if (this.pos < this.s.length) this.fail('unexpected text after the end of the JSON value');
    return value;
  }

  private fail(message: string): never {
    throw new JsonSyntaxError(message, this.line, this.pos - this.lineStart + 1);
  }

  /** The error to give when the call stack runs out inside deeply nested values. */
  tooDeep(): JsonSyntaxError {
    return new JsonSyntaxError('the JSON nests objects and arrays too deeply to read', this.line, this.pos - this.lineStart + 1, true);
  }

  private describeHere(): string {
    if (this.pos >= this.s.length) return 'unexpected end of input';
    const ch = this.s[this.pos]!;
    return `unexpected character ${JSON.stringify(ch)}`;
  }

  private skipSpace(): void {
    const s = this.s;
    for (;;) {
      const c = s.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x09) this.pos++;
      else if (c === 0x0a || c === 0x0d) {
        this.pos += c === 0x0d && s.charCodeAt(this.pos + 1) === 0x0a ? 2 : 1;
        this.line++;
        this.lineStart = this.pos;
      } else return;
    }
  }

  private readValue(): unknown {
    this.skipSpace();
    const c = this.s[this.pos];
    if (c === '{') return this.readObject();
    if (c === '[') return this.readArray();
    if (c === '"') return this.readString();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.readNumber();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.s.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    this.fail(this.describeHere());
  }

  private readObject(): Record<string, unknown> {
    const obj: Record<string, unknown> = {};
    this.lines.containerLine.set(obj, this.line);
    this.pos++;
    this.skipSpace();
    if (this.s[this.pos] === '}') {
      this.pos++;
      return obj;
    }
    for (;;) {
      this.skipSpace();
      if (this.s[this.pos] !== '"') this.fail(`${this.describeHere()} where a quoted property name was expected`);
      const key = this.readString();
      this.skipSpace();
      if (this.s[this.pos] !== ':') this.fail(`${this.describeHere()} where ":" was expected`);
      this.pos++;
      const value = this.readValue();
      if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
      else obj[key] = value;
      this.skipSpace();
      const next = this.s[this.pos];
      this.pos++;
      if (next === '}') return obj;
      if (next !== ',') {
        this.pos--;
        this.fail(`${this.describeHere()} where "," or "}" was expected`);
      }
    }
  }

  private readArray(): unknown[] {
    const arr: unknown[] = [];
    const lines: number[] = [];
    this.lines.containerLine.set(arr, this.line);
    this.lines.elementLines.set(arr, lines);
    this.pos++;
    this.skipSpace();
    if (this.s[this.pos] === ']') {
      this.pos++;
      return arr;
    }
    for (;;) {
      this.skipSpace();
      lines.push(this.line);
      arr.push(this.readValue());
      this.skipSpace();
      const next = this.s[this.pos];
      this.pos++;
      if (next === ']') return arr;
      if (next !== ',') {
        this.pos--;
        this.fail(`${this.describeHere()} where "," or "]" was expected`);
      }
    }
  }

  private readString(): string {
    const s = this.s;
    this.pos++;
    let out = '';
    for (;;) {
      PLAIN_CHARS.lastIndex = this.pos;
      const chunk = PLAIN_CHARS.exec(s)![0];
      out += chunk;
      this.pos += chunk.length;
      const c = s[this.pos];
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (c === undefined) this.fail('unexpected end of input inside a string');
      if (c !== '\\') this.fail('line break or control character inside a string (a string may be missing its closing quote)');
      const e = s[this.pos + 1];
      if (e === 'u') {
        const hex = s.slice(this.pos + 2, this.pos + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('bad \\u escape in a string');
        out += String.fromCharCode(parseInt(hex, 16));
        this.pos += 6;
      } else if (e !== undefined && ESCAPES[e] !== undefined) {
        out += ESCAPES[e];
        this.pos += 2;
      } else {
        this.fail('bad escape in a string');
      }
    }
  }

  private readNumber(): number {
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.s);
    if (!m) this.fail(this.describeHere());
    this.pos += m[0].length;
    return Number(m[0]);
  }
}

/**
 * Reads one JSON document. `firstLine` is the line number of the text's first line (for reading
 * one line of NDJSON at a time); positions go into `lines`. Throws JsonSyntaxError.
 */
export function readJson(text: string, firstLine = 1, lines: JsonLines = newJsonLines()): unknown {
  const reader = new Reader(text, firstLine, lines);
  try {
    return reader.readDocument();
  } catch (e) {
    if (e instanceof RangeError) throw reader.tooDeep();
    throw e;
  }
}
