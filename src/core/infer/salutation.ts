/**
 * Salutation signal: a name that opens the comment, a paragraph or a line ("Ann,",
 * "J. Doe\n", "BOB:", "Hi Ann,", "Your excellency Mister Doe"), possibly after a greeting,
 * and followed by punctuation or the end of the line (chat handles may carry "_", "`", "|" or
 * "^" around the name: "_ann:", "bob`:"), or an @handle there, which needs no punctuation
 * ("@ann I agree"); also a vocative closing a sentence
 * (", Ann." / "Bob!"). A capitalised word in that position that matches nobody is tried
 * as a small typo of a participant's name, and otherwise listed as an unresolved name.
 */
import type { Comment, Evidence, NameIssue } from '../types';
import { isCapitalised } from '../names/fold';
import { isHonorific } from '../names/matcher';
import { isOrdinaryWord } from '../names/ordinary-words';
import { typoLookup } from '../names/aliases';
import { resolveEntries } from '../names/resolve';
import type { InferContext } from './context';
import type { CommentNames } from './comment-names';
import { WEIGHTS } from './weights';

/**
 * Words that may come before a name opening a line: greetings and thanks (some in other
 * languages: "Hola Ana,", "Danke Jonas,"), agreement, and address words ("to", "cc", "@").
 */
const GREETING = '(?:hi|hello|hey|hiya|dear|thanks|thank\\s+you|thx|ty|ok|okay|yes|yeah|no|well|sorry|congrats|congratulations|greetings|good\\s+(?:morning|afternoon|evening|day|point)|' +
  'hola|hallo|ciao|salut|bonjour|buongiorno|hej|moin|servus|merci|gracias|danke|grazie|obrigad[oa]|' +
  'to|re|cc|attn|and|&|@|your)';
/** Characters chat handles carry around a name ("_ann", "bob`", "cy|away", "dee^"). */
const DECORATION = '[_`|^]*';
/** What may stand between the start of a line and a salutation. */
const PREFIX_OK = new RegExp(`^[\\s*•·\\-–—]*(?:${GREETING}\\b[\\s,!.]*)*[\\s@]*${DECORATION}$`, 'i');
/** What must follow the name of a salutation (sticky: tried at `lastIndex`, see `terminatorEnd`). */
const TERMINATOR = new RegExp(`${DECORATION}[ \\t]*(?:[,:;!?]|\\.(?![\\p{L}\\p{N}])|[-–—](?=\\s)|\\r?\\n|$)`, 'uy');

/** Where the salutation terminator right at `pos` ends, or -1 when there is none (no match object is made). */
function terminatorEnd(text: string, pos: number): number {
  TERMINATOR.lastIndex = pos;
  return TERMINATOR.test(text) ? TERMINATOR.lastIndex : -1;
}
const JOINER = /^[ \t]*(?:,|and|&)[ \t]*$/i;
const GREETING_WORD = new RegExp(`^${GREETING}$`, 'i');

export interface SalutationResult {
  evidence: (Evidence & { target: string })[];
  unresolved: NameIssue[];
}

interface LineInfo {
  start: number;
  end: number;
  /** 0 = first non-blank line of the comment, 1 = first line of a paragraph, 2 = other line. */
  rank: 0 | 1 | 2;
}

const WHITE = /\s/;

function lineAt(text: string, pos: number): LineInfo {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const nl = text.indexOf('\n', pos);
  const end = nl < 0 ? text.length : nl;
  // Only white space before the line: the comment's first line.
  let k = start - 1;
  while (k >= 0 && WHITE.test(text.charAt(k))) k--;
  if (k < 0) return { start, end, rank: 0 };
  // The line before (ending at start - 1) is blank: the first line of a paragraph.
  k = start - 2;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return { start, end, rank: k < 0 || text.charCodeAt(k) === 10 ? 1 : 2 };
}

function positionWeight(rank: 0 | 1 | 2): number {
  return rank === 0 ? WEIGHTS.salutationFirstLine : rank === 1 ? WEIGHTS.salutationParagraph : WEIGHTS.salutationLine;
}

/** True when the text between `from` and the hit is only greetings, titles or earlier names. */
function prefixAllows(text: string, from: number, to: number): boolean {
  return PREFIX_OK.test(text.slice(from, to));
}

/** Per hit of the comment being read: 1 when a salutation used it (reused from one comment to the next). */
let usedHits = new Uint8Array(16);
/** The hits of a line's names awaiting their closing punctuation (reused: a comment has a few hits). */
let pendingHits = new Int32Array(16);

export function findSalutations(ctx: InferContext, comment: Comment, names: CommentNames): SalutationResult {
  const text = comment.text;
  const evidence: SalutationResult['evidence'] = [];
  const unresolved: NameIssue[] = [];
  const hits = names.hits;
  // Which hits a salutation used, by position (a reused buffer: most comments have a hit or two).
  if (usedHits.length < hits.length) usedHits = new Uint8Array(hits.length * 2);
  const used = usedHits;
  used.fill(0, 0, hits.length);

  // 1. Names at the start of a line (possibly several: "Ann, Bob:" or "Hi Ann and Bob,").
  let cursor = -1;
  let lineEnd = -1;
  let blocked = false;
  if (pendingHits.length < hits.length) pendingHits = new Int32Array(hits.length * 2);
  const pending = pendingHits;
  let pendingCount = 0;
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k]!;
    if (hit.start > lineEnd) {
      const line = lineAt(text, hit.start);
      cursor = line.start;
      lineEnd = line.end;
      blocked = false;
      pendingCount = 0;
    }
    if (blocked) continue;
    const between = text.slice(cursor, hit.start);
    const startsLine = pendingCount === 0 ? prefixAllows(text, cursor, hit.start) : JOINER.test(between) || between.trim() === '';
    if (!startsLine) { blocked = true; continue; }
    // An @handle says whom the line addresses by itself ("@ann I agree"): no punctuation needed.
    const termEnd = hit.handle ? Math.max(terminatorEnd(text, hit.end), hit.end) : terminatorEnd(text, hit.end);
    pending[pendingCount++] = k;
    if (termEnd >= 0) {
      const rank = lineAt(text, hits[pending[0]!]!.start).rank;
      for (let q = 0; q < pendingCount; q++) {
        const p = pending[q]!;
        const h = hits[p]!;
        used[p] = 1;
        evidence.push({
          signal: 'salutation', confidence: positionWeight(rank), target: h.participantId,
          text: text.slice(h.start, h.end), start: h.start, end: h.end,
        });
      }
      pendingCount = 0;
      cursor = termEnd;
    } else {
      cursor = hit.end;
    }
  }

  // 2. Vocatives closing a sentence: ", Ann." or "great work Bob!".
  for (let k = 0; k < hits.length; k++) {
    if (used[k]) continue;
    const hit = hits[k]!;
    const before = text.slice(Math.max(0, hit.start - 3), hit.start);
    const after = text.slice(hit.end, hit.end + 2);
    const comma = /,\s*$/.test(before) && /^\s*[.!?]/.test(after);
    const exclaim = !hit.wordLike && /^\s*[!?]/.test(after);
    if (comma || exclaim) {
      used[k] = 1;
      evidence.push({
        signal: 'salutation', confidence: WEIGHTS.vocative, target: hit.participantId,
        text: text.slice(hit.start, hit.end), start: hit.start, end: hit.end,
      });
    }
  }

  // 3. Line-opening capitalised words that matched nobody: a typo of a name, or unresolved.
  // Only tokens that may start with a capital are looked at (the tokenizer lists them), so the
  // text of the others is never read. Hits are in text order: a pointer replaces a set of their starts.
  let nextHit = 0;
  const { tokens } = names;
  const lex = ctx.lexicon;
  let consumed = -1;
  for (let c = 0; c < tokens.capitalCount; c++) {
    const i = tokens.capitals[c]!;
    if (i <= consumed) continue;
    const start = tokens.start[i]!;
    const end = tokens.end[i]!;
    const code = text.charCodeAt(start);
    if (code >= 128 && !isCapitalised(text.charAt(start))) continue;
    while (nextHit < names.hits.length && names.hits[nextHit]!.nameStart < start) nextHit++;
    if (names.hits[nextHit]?.nameStart === start || names.masked(start, end)) continue;
    const raw = text.slice(start, end);
    const norm = lex.norm(tokens.id[i]!);
    if (!isCapitalised(raw) || norm.length < 3) continue;
    const line = lineAt(text, start);
    if (!prefixAllows(text, line.start, start)) continue;
    if (isOrdinaryWord(norm) || isHonorific(norm) || GREETING_WORD.test(raw)) continue;
    // The name may run to three capitalised tokens ("Jane Q. Public:").
    let j = i;
    while (j + 1 < tokens.count && j - i < 2 && isCapitalised(text.slice(tokens.start[j + 1]!, tokens.end[j + 1]!)) &&
      /^[ \t.]{1,2}$/.test(text.slice(tokens.end[j]!, tokens.start[j + 1]!))) j++;
    const lastEnd = tokens.end[j]!;
    if (terminatorEnd(text, lastEnd) < 0) continue;
    const candidates = j === i ? typoLookup(ctx.aliases, norm) : [];
    const r = resolveEntries(candidates, comment.index, comment.authorId, ctx.lastSpoke, ctx.nextSpoke);
    if (r && r.participantId !== comment.authorId) {
      evidence.push({
        signal: 'salutation', confidence: positionWeight(line.rank) * WEIGHTS.typoFactor, target: r.participantId,
        text: raw, start, end,
      });
    } else if (!r) {
      unresolved.push({ commentIndex: comment.index, text: text.slice(start, lastEnd), candidates: [] });
    }
    consumed = j;
  }
  return { evidence, unresolved };
}
