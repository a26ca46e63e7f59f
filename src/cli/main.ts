/**
 * threadgraph's command line: dispatches to the commands and turns every expected failure
 * (bad input, bad options) into a one-line message and exit code 2, never a stack trace.
 */
import { isInputError } from '../core/errors';
import { INGEST_USAGE, runIngest } from './ingest';
import { EVAL_USAGE, runEval } from './eval';
import { FIT_USAGE, runFit } from './fit';
import { UsageError } from './args';

const USAGE = `usage: threadgraph <command> [options]

commands:
  ingest FILE   parse a thread, infer who replies to whom, write CSV, GEXF, GraphML and JSON
  eval          score reply inference and two baselines against gold reply structure
  fit           fit the reply scorer's weights on the training corpora
  help          show this help

${INGEST_USAGE}

${EVAL_USAGE}

${FIT_USAGE}`;

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'ingest':
        return runIngest(rest);
      case 'eval':
        return runEval(rest);
      case 'fit':
        return runFit(rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(USAGE + '\n');
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}".`);
    }
  } catch (e) {
    if (isInputError(e)) {
      process.stderr.write(`threadgraph: ${e.describe(rest.find((a) => !a.startsWith('--')))}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`threadgraph: ${e.message}\nRun "threadgraph help" for usage.\n`);
      return 2;
    }
    throw e;
  }
}
