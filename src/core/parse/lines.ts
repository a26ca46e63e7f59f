/**
 * Small text helpers shared by parsers: line splitting with 1-based numbers, excerpts for the
 * report, and a DOM-free HTML-to-text conversion for sources that store comments as HTML.
 */

/** Splits on \r\n, \n or \r; a trailing newline does not make an extra empty line. */
export function splitLines(input: string): string[] {
  const lines = input.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Removes a leading byte-order mark. */
export function stripBom(input: string): string {
  return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
}

/** The first `max` characters of a block on one line, for reports. */
export function excerpt(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—', ndash: '–',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹',
  rsaquo: '›', bull: '•', middot: '·', copy: '©', reg: '®', trade: '™', deg: '°', times: '×', divide: '÷',
  euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶', shy: '', thinsp: '\u2009', ensp: '\u2002',
  emsp: '\u2003', iexcl: '¡', iquest: '¿',
  aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', atilde: 'ã', aring: 'å', aelig: 'æ', ccedil: 'ç',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï',
  ntilde: 'ñ', oacute: 'ó', ograve: 'ò', ocirc: 'ô', ouml: 'ö', otilde: 'õ', oslash: 'ø', oelig: 'œ',
  uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü', yacute: 'ý', yuml: 'ÿ', szlig: 'ß',
  Aacute: 'Á', Agrave: 'À', Acirc: 'Â', Auml: 'Ä', Atilde: 'Ã', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç',
  Eacute: 'É', Egrave: 'È', Ecirc: 'Ê', Euml: 'Ë', Iacute: 'Í', Ntilde: 'Ñ', Oacute: 'Ó', Ouml: 'Ö',
  Oslash: 'Ø', OElig: 'Œ', Uacute: 'Ú', Uuml: 'Ü',
};

/** Decodes HTML character references (named, decimal and hex). Unknown names are left as they are. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    // Exact case first (&Eacute; is É), then any case (&AMP; is &).
    return NAMED_ENTITIES[ref] ?? NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * HTML fragment to plain text without a DOM: block elements become line breaks, <br> a newline,
 * blockquote lines get a "> " prefix so quote detection can see them, tags are dropped, entities
 * decoded. Script and style contents are dropped entirely.
 */
export function htmlToText(html: string): string {
  let s = html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '');
  s = s.replace(/<blockquote\b[^>]*>([\s\S]*?)<\/blockquote\s*>/gi, (_m, inner: string) => {
    const text = htmlToText(inner).trim();
    return '\n' + text.split('\n').map((l) => '> ' + l).join('\n') + '\n\n';
  });
  s = s.replace(/<br\s*\/?>/gi, '\n');
  s = s.replace(/<\/(p|div|li|h[1-6]|pre|tr|ul|ol|table)\s*>/gi, '\n\n');
  s = s.replace(/<(p|div|li|h[1-6]|pre|tr|ul|ol|table)\b[^>]*>/gi, '\n');
  s = s.replace(/<[^>]*>/g, '');
  s = decodeEntities(s);
  return s.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Start offset of every line (after each CRLF, LF or CR), for turning offsets into 1-based line numbers. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') < 0) {
    // The common case, found with indexOf: no CR anywhere, so every line ends at an LF.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 1-based line of an offset, given the line starts. */
export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

const HTML_TAG = /<\/?(?:p|br|div|span|a|blockquote|em|strong|b|i|u|s|del|code|pre|ul|ol|li|h[1-6]|img|table|tr|td|th|hr|sup|sub)\b[^>]*>/i;

/** True when a string contains HTML markup worth converting. */
export function looksLikeHtml(s: string): boolean {
  return HTML_TAG.test(s);
}

/** Plain text from a source string: HTML converted, entities decoded, line breaks normalised. */
export function plainText(s: string): string {
  const unix = s.replace(/\r\n?/g, '\n');
  if (!looksLikeHtml(unix)) return decodeEntities(unix).trim();
  // A source line break right after <br> is layout, not a second line break.
  return htmlToText(unix.replace(/(<br\s*\/?>)[ \t]*\n/gi, '$1')).trim();
}
