/**
 * Evaluation case for a threaded WordPress comment section pasted as text (the corpus's
 * `as-pasted-text/*.txt`) or saved as a page (its `.md` files, which hold the comment list's
 * HTML), read by the normal auto-detecting parser exactly as `ingest` reads it. Gold comes from the corpus's `gold.csv` (`file, comment_id, author, …, parent_comment_id`,
 * rows in page order): the parsed comments are matched to the gold rows of that file by order,
 * and the authors must agree. Rows without an author (pingbacks: no author, time or text on the
 * page) are not comments of the pasted text and are left out before matching.
 *
 * The parser reads reply nesting from indentation into parent ids; those are explicit structure
 * and are hidden from inference unless asked. Every comment is scored; a top-level comment
 * (answering the post) has no gold link.
 */
import { InputError } from '../errors';
import { parseInput } from '../parse/index';
import { buildThread } from '../thread';
import type { EvalCase } from './datasets';
import { goldLinks } from './gold-links';
import { readGoldTable, type GoldRow } from './gold-table';
import { hideParentIds } from './hide-parents';

export interface LemireCaseOptions {
  /** Keep the parent ids read from indentation visible to inference (default false). */
  keepParentIds?: boolean;
}

const GOLD_COLUMNS = ['file', 'comment_id', 'author', 'parent_comment_id'];

/** Author names compared as a reader would: same characters, any run of spaces equal. */
function sameAuthor(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

function mismatch(message: string, row: number | undefined): never {
  throw new InputError('BAD_ANNOTATION', message, {
    ...(row !== undefined ? { line: row, unit: 'row' as const } : {}),
    hint: 'The pasted text and gold.csv must list the same comments in the same order; check that both files are unchanged from the corpus.',
  });
}

/**
 * `name` names the case in messages; `goldFile` is the value of gold.csv's `file` column for
 * this thread (e.g. the `.md` file the text was made from).
 */
export function loadLemireCase(name: string, pastedText: string, goldCsv: string, goldFile: string, opts: LemireCaseOptions = {}): EvalCase {
  const gold: GoldRow[] = readGoldTable(goldCsv, GOLD_COLUMNS).filter((r) => r.cell('file') === goldFile);
  if (gold.length === 0) mismatch(`gold.csv has no rows for "${goldFile}" (the gold of ${name}).`, undefined);
  const rows = gold.filter((r) => r.cell('author') !== '');
  const parsed = parseInput(pastedText, { fileName: `${name}.txt` });
  const comments = parsed.comments;
  const shared = Math.min(comments.length, rows.length);
  for (let i = 0; i < shared; i++) {
    const c = comments[i]!, r = rows[i]!;
    if (!sameAuthor(c.author, r.cell('author'))) {
      mismatch(`${name}: comment ${i + 1} (text line ${c.line ?? '?'}) is by "${c.author}" but gold row ${r.row} (${r.cell('comment_id')}) is by "${r.cell('author')}".`, r.row);
    }
  }
  if (comments.length !== rows.length) {
    const extra = comments.length > rows.length
      ? `comment ${shared + 1} (text line ${comments[shared]!.line ?? '?'}, by "${comments[shared]!.author}") has no gold row`
      : `gold row ${rows[shared]!.row} (${rows[shared]!.cell('comment_id')}, by "${rows[shared]!.cell('author')}") matches no parsed comment`;
    mismatch(`${name}: the text parser found ${comments.length} comments but gold.csv has ${rows.length} for "${goldFile}"; ${extra}.`, undefined);
  }
  const { thread } = buildThread(opts.keepParentIds ? parsed : hideParentIds(parsed));
  const threadIdOfGold = new Map(rows.map((r, i) => [r.cell('comment_id'), thread.comments[i]!.id]));
  const goldParentOf = new Map(rows.map((r, i) => [thread.comments[i]!.id, threadIdOfGold.get(r.cell('parent_comment_id'))]));
  const { goldParents, goldTargets } = goldLinks(thread, (id) => {
    const parent = goldParentOf.get(id);
    return parent === undefined ? undefined : [parent];
  });
  return { name, kind: 'wordpress', thread, scored: thread.comments.map((c) => c.id), goldParents, goldTargets };
}
