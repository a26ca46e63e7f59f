/**
 * Evaluation case for one post's Staticman comments: one flat YAML file per comment (`name`,
 * `message`, `date`, optional `replying_to`). Comments are ordered by file name, as the site
 * renders them. Gold: `replying_to: 'N'` is the 1-based index of the parent among the post's
 * top-level comments (those with no or an empty `replying_to`) sorted by file name — the
 * site's `sort | where replying_to == blank` loop index. Only one level of nesting exists.
 *
 * Inference sees name, date, message and the file name as id, never `replying_to`. Every
 * comment is scored; a top-level comment (answering the post) has no gold link.
 */
import type { RawComment } from '../types';
import { InputError, isInputError } from '../errors';
import { parseDate } from '../parse/dates';
import { readFlatYaml } from '../parse/flat-yaml';
import { buildThread } from '../thread';
import type { EvalCase } from './datasets';
import { goldLinks } from './gold-links';

export interface StaticmanFile {
  /** File name inside the post's folder, e.g. `comment-1481460884456.yml`. */
  fileName: string;
  text: string;
}

interface StaticmanComment {
  id: string;
  fileName: string;
  fields: Map<string, string>;
  replyingTo: string;
}

function readFile(file: StaticmanFile): StaticmanComment {
  let fields: Map<string, string>;
  try {
    fields = readFlatYaml(file.text);
  } catch (e) {
    if (!isInputError(e)) throw e;
    throw new InputError(e.code, `${file.fileName}: ${e.message}`, {
      ...(e.line !== undefined ? { line: e.line } : {}), unit: e.unit, ...(e.hint ? { hint: e.hint } : {}),
    });
  }
  for (const key of ['name', 'message']) {
    if ((fields.get(key) ?? '').trim() === '') {
      throw new InputError('BAD_TEXT', `${file.fileName}: the comment has no "${key}".`, {
        hint: 'Each Staticman comment file needs name and message values.',
      });
    }
  }
  return { id: file.fileName.replace(/\.ya?ml$/i, ''), fileName: file.fileName, fields, replyingTo: (fields.get('replying_to') ?? '').trim() };
}

const byFileName = (a: StaticmanComment, b: StaticmanComment) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0);

/** The top-level comment a reply's `replying_to` index names; throws when it names none. */
function parentOf(c: StaticmanComment, topLevel: readonly StaticmanComment[]): StaticmanComment {
  const index = /^\d+$/.test(c.replyingTo) ? Number(c.replyingTo) : NaN;
  const parent = topLevel[index - 1];
  if (!parent) {
    throw new InputError('BAD_ANNOTATION', `${c.fileName}: replying_to "${c.replyingTo}" names no top-level comment; the post has ${topLevel.length}.`, {
      hint: 'replying_to is the 1-based index of the parent among the top-level comments sorted by file name; check that no comment file is missing.',
    });
  }
  return parent;
}

export function loadStaticmanCase(name: string, files: readonly StaticmanFile[]): EvalCase {
  if (files.length === 0) throw new InputError('EMPTY_INPUT', `${name}: no comment files.`, { hint: 'Give the post folder\'s .yml files.' });
  const comments = files.map(readFile).sort(byFileName);
  const topLevel = comments.filter((c) => c.replyingTo === '');
  const parents = new Map(comments.filter((c) => c.replyingTo !== '').map((c) => [c.id, parentOf(c, topLevel).id]));
  const raw: RawComment[] = comments.map((c) => {
    const comment: RawComment = { id: c.id, author: c.fields.get('name')!, text: c.fields.get('message')!.replace(/\r\n?/g, '\n') };
    const time = parseDate(c.fields.get('date'));
    if (time) {
      comment.time = time.iso;
      comment.timePrecision = time.precision;
    }
    return comment;
  });
  const { thread } = buildThread({ format: 'json', dialect: 'staticman', comments: raw, skipped: [], notes: [] });
  const { goldParents, goldTargets } = goldLinks(thread, (id) => {
    const parent = parents.get(id);
    return parent === undefined ? undefined : [parent];
  });
  return { name, kind: 'staticman', thread, scored: thread.comments.map((c) => c.id), goldParents, goldTargets };
}
