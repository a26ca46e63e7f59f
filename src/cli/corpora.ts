/**
 * Where the evaluation corpora are (`--corpora DIR`, default ../shared/corpora beside the
 * repository) and how the commands that read them report a missing or broken corpus file.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorpusFileError, MissingCorpusError } from './eval-datasets';
import { userPath } from './user-path';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The corpora folder, or undefined after telling the user it is not there. */
export function corporaFolder(option: string | undefined): string | undefined {
  const corpora = option !== undefined ? userPath(option) : resolve(REPO_ROOT, '..', 'shared', 'corpora');
  if (!existsSync(corpora) || !statSync(corpora).isDirectory()) {
    process.stderr.write(`threadgraph: corpora folder not found: ${corpora}\nGive it with --corpora DIR.\n`);
    return undefined;
  }
  return corpora;
}

/** Runs `work`; a missing or unreadable corpus file becomes a message and exit code 2. */
export function withCorpora(corpora: string, work: () => number): number {
  try {
    return work();
  } catch (e) {
    if (e instanceof MissingCorpusError) {
      process.stderr.write(`threadgraph: ${e.message}\nCheck --corpora DIR (now ${corpora}).\n`);
      return 2;
    }
    if (e instanceof CorpusFileError) {
      process.stderr.write(`threadgraph: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
