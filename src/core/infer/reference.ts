/**
 * Reference signal: a comment pointing at another by number or id ("see post 9",
 * "comment #12", "#12", ">>1234", "the first comment", "the post above"). "My post 9" points at
 * the writer's own post, so it and every other mention of the same number in that comment
 * answer nobody. Numbers count the comments of the post a comment was left on, where a file
 * holds several. "#N" after a word such as bug, issue, ticket or PR numbers something else, so
 * does "#N" in a comment that numbers its own items ("1) …, 2) …"), and "#N" after "the", "my"
 * and the like ranks something ("the #1 and #2 results").
 */
import type { Comment, Evidence } from '../types';
import type { InferContext } from './context';
import { WEIGHTS } from './weights';
import type { TokenList } from '../names/lexicon';
import { MARK_CHEVRON, MARK_HASH } from '../names/word-chars';
import { REFERENCE_WORD } from './word-classes';

type TargetedEvidence = Evidence & { target: string };

const NUMBERED = /\b(my\s+(?:own\s+)?|your\s+)?(?:post|comment|message|reply|msg|entry)\s*(?:#|no\.?\s*|number\s*)?(\d{1,6})\b(?!\s*(?:days?|hours?|minutes?|mins?|weeks?|months?|years?|times?|%|percent|people|words))/gi;
const HASH = /(?:^|[\s(])#(\d{1,5})\b(?![-\w])/g;
/** Items a comment numbers itself: "1) …", "(2) …", or "3. …" opening a line. */
const OWN_ITEM = /(?:^|[\s(])\(?(\d{1,2})\)|^[ \t]*(\d{1,2})[.)][ \t]/gm;
/** Words after which "#N" numbers something other than a comment: "bug #81", "issue #12", "PR #7". */
const NOT_A_COMMENT = /\b(?:bugs?|issues?|tickets?|PRs?|pull\s+requests?|merge\s+requests?|MRs?|patch(?:es)?|commits?|changesets?|tasks?|stor(?:y|ies)|steps?|items?|rules?|pages?|chapters?|lines?|rooms?|flights?|builds?|versions?|releases?|episodes?|tracks?|orders?)\s*$/i;
/**
 * "#N" after a determiner ranks or labels something: "the #1 reason", "my #2 choice", and the
 * numbers joined to it ("the #1 and #2 results").
 */
const RANK = /\b(?:the|a|an|my|our|your|his|her|their|its)\s+(?:#\d{1,5}\s*(?:,|and|or|&|\/)\s*)*$/i;
const CHEVRON = />>(\d{1,12})\b/g;
const ORDINAL = /\b(?:the\s+)?(first|second|third|previous|preceding|above|last)\s+(?:post|comment|message|reply)\b|\b(?:the\s+)?(?:post|comment|message|reply)\s+(above)\b/gi;
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3 };

/**
 * References in one comment. `tokens` (the comment's token list) rules out most comments for
 * free: no reference word, no "#" and no ">" means no reference.
 */
export function findReferences(ctx: InferContext, comment: Comment, tokens: TokenList): TargetedEvidence[] {
  const text = comment.text;
  // Each pattern needs its own word or mark, so a comment is read only for the patterns it can hold.
  const words = (tokens.classes & REFERENCE_WORD) !== 0;
  const hash = (tokens.marks & MARK_HASH) !== 0;
  const chevron = (tokens.marks & MARK_CHEVRON) !== 0;
  if (!words && !hash && !chevron) return [];
  const out: TargetedEvidence[] = [];
  const own = new Set<number>();
  const push = (target: Comment | undefined, start: number, end: number, confidence: number) => {
    if (!target || target.index >= comment.index || target.system) return;
    if (target.authorId === comment.authorId || own.has(target.index)) return;
    out.push({ signal: 'reference', confidence, target: target.authorId, targetCommentId: target.id, text: text.slice(start, end), start, end });
  };

  const numbered = words ? [...text.matchAll(NUMBERED)] : [];
  for (const m of numbered) {
    const mine = m[1] && /^my/i.test(m[1]) ? ctx.numbered(comment, Number(m[2])) : undefined;
    if (mine) own.add(mine.index);
  }
  for (const m of numbered) {
    if (m[1] && /^my/i.test(m[1])) continue;
    push(ctx.numbered(comment, Number(m[2])), m.index!, m.index! + m[0].length, WEIGHTS.reference);
  }
  let items: Set<number> | undefined;
  if (hash) for (const m of text.matchAll(HASH)) {
    const before = text.slice(Math.max(0, m.index! - 40), m.index! + 1);
    if (NOT_A_COMMENT.test(before) || RANK.test(before)) continue;
    // "#2" in a comment that numbers its own items ("1) …, 2) …") is its own item 2.
    items ??= new Set([...text.matchAll(OWN_ITEM)].map((x) => Number(x[1] ?? x[2])));
    if (items.has(Number(m[1]))) continue;
    const lead = m[0].indexOf('#');
    push(ctx.numbered(comment, Number(m[1])), m.index! + lead, m.index! + m[0].length, WEIGHTS.referenceHash);
  }
  if (chevron) for (const m of text.matchAll(CHEVRON)) {
    push(ctx.byId.get(m[1]!) ?? ctx.numbered(comment, Number(m[1])), m.index!, m.index! + m[0].length, WEIGHTS.reference);
  }
  if (words) for (const m of text.matchAll(ORDINAL)) {
    const word = (m[1] ?? m[2] ?? '').toLowerCase();
    const n = ORDINALS[word];
    if (n !== undefined) {
      push(ctx.numbered(comment, n), m.index!, m.index! + m[0].length, WEIGHTS.reference);
    } else if (word !== 'last') {
      push(previousBySomeoneElse(ctx, comment), m.index!, m.index! + m[0].length, WEIGHTS.referenceRelative);
    }
  }
  return out;
}

/** The comment just before, in the same topic, unless it is the author's own. */
function previousBySomeoneElse(ctx: InferContext, comment: Comment): Comment | undefined {
  for (let i = comment.index - 1; i >= 1; i--) {
    const c = ctx.byIndex(i);
    if (c && !c.system && c.topic === comment.topic) return c.authorId !== comment.authorId ? c : undefined;
  }
  return undefined;
}
