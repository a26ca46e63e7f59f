/**
 * Loads an evaluation dataset by name from the shared corpora folder: reads the files of the
 * dataset's split (src/core/eval/splits.ts) with Node's fs and hands their contents to the
 * pure case builders in src/core/eval. Used by `threadgraph eval` (and meant for tuning commands).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isInputError, type InputError } from '../core/errors';
import { DATASET_SPECS, type DatasetName } from '../core/eval/catalog';
import { loadIrcCase, loadMboxCase, type EvalCase } from '../core/eval/datasets';
import { loadIacCase } from '../core/eval/iac';
import { loadLemireCase } from '../core/eval/lemire';
import { loadRedditCase } from '../core/eval/reddit';
import { SPLITS } from '../core/eval/splits';
import { loadStaticmanCase, type StaticmanFile } from '../core/eval/staticman';
import { loadZulipCase } from '../core/eval/zulip';

/** A corpus file or folder the dataset needs is not there. */
export class MissingCorpusError extends Error {}

/** A corpus file that is there but cannot be read as the dataset expects. */
export class CorpusFileError extends Error {
  constructor(readonly path: string, readonly inputError: InputError) {
    super(inputError.describe(path));
  }
}

export interface LoadDatasetOptions {
  /** Let inference see the parent ids a source gives (mbox In-Reply-To, WordPress nesting, Reddit parent_id). */
  keepParentIds?: boolean;
}

function readText(path: string): string {
  if (!existsSync(path)) throw new MissingCorpusError(`missing corpus file ${path}.`);
  return readFileSync(path, 'utf8');
}

function requireFolder(path: string): void {
  if (!existsSync(path) || !statSync(path).isDirectory()) throw new MissingCorpusError(`missing corpus folder ${path}.`);
}

/**
 * Runs a case builder; an InputError it throws is reported against `path`, or against
 * `tablePath` when it counts rows (the gold table's errors do).
 */
function fromFile<T>(path: string, build: () => T, tablePath?: string): T {
  try {
    return build();
  } catch (e) {
    if (isInputError(e)) throw new CorpusFileError(e.unit === 'row' && tablePath ? tablePath : path, e);
    throw e;
  }
}

function loadIrcFolder(dir: string): EvalCase[] {
  requireFolder(dir);
  const stems = readdirSync(dir).filter((f) => f.endsWith('.raw.txt')).map((f) => f.slice(0, -'.raw.txt'.length)).sort();
  if (stems.length === 0) throw new MissingCorpusError(`no .raw.txt files in ${dir}.`);
  return stems.map((stem) => {
    const annotation = join(dir, `${stem}.annotation.txt`);
    return fromFile(annotation, () => loadIrcCase(stem, readText(join(dir, `${stem}.raw.txt`)), readText(annotation)));
  });
}

function loadStaticmanFolder(dir: string, unit: string): EvalCase {
  requireFolder(dir);
  const files: StaticmanFile[] = readdirSync(dir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .map((fileName) => ({ fileName, text: readText(join(dir, fileName)) }));
  if (files.length === 0) throw new MissingCorpusError(`no .yml comment files in ${dir}.`);
  return fromFile(dir, () => loadStaticmanCase(unit, files));
}

/** Every case of one unit (a file or folder named in splits.ts) of a corpus. */
function loadUnit(corpora: string, name: DatasetName, unit: string, opts: LoadDatasetOptions): EvalCase[] {
  const { corpus } = DATASET_SPECS[name];
  const root = join(corpora, SPLITS[corpus].folder);
  const keepParentIds = opts.keepParentIds ?? false;
  switch (corpus) {
    case 'irc':
      return loadIrcFolder(join(root, unit));
    case 'notmuch':
    case 'lkml': {
      const path = join(root, unit);
      return [fromFile(path, () => loadMboxCase(name, readText(path), { keepParentIds }))];
    }
    case 'iac': {
      const discussion = join(root, 'discussions', `${unit}.json`);
      const quotes = join(root, 'quotes', `${unit}.json`);
      const [d, q] = [readText(discussion), readText(quotes)];
      return [fromFile(discussion, () => loadIacCase(unit, d, q))];
    }
    case 'lemire': {
      // The pasted text of the page, or (lemire-page) the saved page itself: the comment list's HTML.
      const text = name === 'lemire-page' ? join(root, `${unit}.md`) : join(root, 'as-pasted-text', `${unit}.txt`);
      const goldPath = join(root, 'gold.csv');
      const [t, gold] = [readText(text), readText(goldPath)];
      return [fromFile(text, () => loadLemireCase(unit, t, gold, `${unit}.md`, { keepParentIds }), goldPath)];
    }
    case 'staticman':
      return [loadStaticmanFolder(join(root, unit), unit)];
    case 'zulip': {
      const topic = join(root, unit);
      const goldPath = join(root, 'gold.csv');
      const [t, gold] = [readText(topic), readText(goldPath)];
      return [fromFile(topic, () => loadZulipCase(unit.replace(/\.json$/, ''), t, gold, unit), goldPath)];
    }
    case 'reddit': {
      const path = join(root, unit);
      return [fromFile(path, () => loadRedditCase(unit.replace(/\.json$/, ''), readText(path), { keepParentIds }))];
    }
  }
}

/** The cases of a dataset (every unit of its split), read from `corpora`. */
export function loadDataset(corpora: string, name: DatasetName, opts: LoadDatasetOptions = {}): EvalCase[] {
  const { corpus, split } = DATASET_SPECS[name];
  return SPLITS[corpus].units[split].flatMap((unit) => loadUnit(corpora, name, unit, opts));
}
