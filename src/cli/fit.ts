/**
 * `threadgraph fit`: fits the reply scorer's weights on training splits only and prints them
 * as the TypeScript to paste into src/core/infer/rank/models.ts. The chat model learns from
 * the Ubuntu IRC train sample, the thread model from the train splits of the forum, blog and
 * Zulip corpora (src/core/eval/splits.ts); both are fitted together as shared weights plus
 * each kind's own, so the small thread sample leans on what both kinds share. Some features read earlier comments' parents as
 * scored, so fitting runs in rounds: each round collects features with the previous round's
 * weights. Deterministic: the same corpora give the same numbers.
 */
import { collectExamples, fitKinds } from '../core/eval/fit';
import { collectCueExamples, fitCueCalibration } from '../core/eval/fit-cues';
import { collectReplyExamples, fitReplyCalibration } from '../core/eval/fit-replies';
import type { DatasetName } from '../core/eval/catalog';
import { CHAT_MODEL, THREAD_MODEL } from '../core/infer/rank/models';
import type { ScorerModel, Steps } from '../core/infer/rank/model';
import { FEATURES, type FeatureName } from '../core/infer/rank/features';
import { optionString, parseArgs, UsageError } from './args';
import { loadDataset } from './eval-datasets';
import { corporaFolder, withCorpora } from './corpora';

/**
 * Prior means of the cue weights: a cue of full strength raises a candidate's score by 3
 * (about 20 times the odds), and any cue makes "none" less likely. The data moves these where
 * it has examples; a cue it never shows keeps its prior. References by post number are that
 * case, and they name the comment exactly, so their prior is higher than any position's weight.
 */
export const CUE_PRIOR: Partial<Record<FeatureName, number>> = {
  salutation: 3, mention: 3, quote: 3, reference: 5, noneHasCue: -1,
};

/**
 * The training datasets of each model. Staticman is left out: its gold (`replying_to`) only
 * nests one level, so a reply to a reply points at the thread's first comment, and naming
 * the person answered would look wrong there.
 */
export const TRAINING_SETS: Record<'chat' | 'thread', readonly DatasetName[]> = {
  chat: ['irc-train'],
  thread: ['iac-train', 'lemire-train', 'zulip-train'],
};


export const FIT_USAGE = `threadgraph fit [options]
  fits the chat scorer on ${TRAINING_SETS.chat.join(', ')} and the thread scorer on
  ${TRAINING_SETS.thread.join(', ')}, together (shared weights plus each kind's own)
  --corpora DIR             corpora folder (default: ../shared/corpora next to the repository)
  --rounds N                rounds of fitting (default 3)
  --l2 X                    L2 penalty on the shared weights (default 1)
  --l2-kind X               L2 penalty on each kind's own weights (default 4)`;

function readPositive(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} must be a number ≥ 0, got "${value}".`);
  return n;
}

/** The weights as TypeScript object lines, one feature per line. */
export function formatWeights(weights: Readonly<Record<FeatureName, number>>): string {
  return FEATURES.map((f) => `    ${f}: ${weights[f]},`).join('\n');
}

function formatSteps(name: string, steps: Steps, indent: string): string {
  return `${indent}${name}: {\n${indent}  upTo: [${steps.upTo.join(', ')}],\n${indent}  value: [${steps.value.join(', ')}],\n${indent}},\n`;
}

export function runFit(argv: readonly string[]): number {
  const args = parseArgs(argv, ['corpora', 'rounds', 'l2', 'l2-kind']);
  if (args.positional.length > 0) throw new UsageError(`fit takes no FILE.\n${FIT_USAGE}`);
  const rounds = Math.max(1, Math.round(readPositive(optionString(args, 'rounds'), 'rounds', 3)));
  const l2 = readPositive(optionString(args, 'l2'), 'l2', 1);
  const l2Kind = readPositive(optionString(args, 'l2-kind'), 'l2-kind', 4);
  const corpora = corporaFolder(optionString(args, 'corpora'));
  if (corpora === undefined) return 2;
  return withCorpora(corpora, () => {
    const kinds = [
      { base: CHAT_MODEL, sets: TRAINING_SETS.chat },
      { base: THREAD_MODEL, sets: TRAINING_SETS.thread },
    ];
    const load = (sets: readonly DatasetName[]) => sets.flatMap((d) => loadDataset(corpora, d));
    const cases = kinds.map((k) => load(k.sets));
    // Round 1 reads earlier comments' parents as the prior alone would score them, so the
    // result never depends on the weights currently in models.ts.
    const prior = Object.fromEntries(FEATURES.map((f) => [f, CUE_PRIOR[f] ?? 0])) as Record<FeatureName, number>;
    let models: ScorerModel[] = kinds.map((k) => ({ name: k.base.name, window: k.base.window, weights: prior, cue: { scale: 1, offset: 0 } }));
    const summaries: string[] = [];
    for (let round = 1; round <= rounds; round++) {
      const collected = cases.map((c, i) => collectExamples(c, models[i]!));
      let last = NaN, steps = 0;
      const weights = fitKinds(collected.map((c) => c.examples), { l2, l2Kind, prior: CUE_PRIOR, onStep: (st, l) => { steps = st; last = l; } });
      models = models.map((m, i) => ({ name: m.name, window: m.window, cue: { scale: 1, offset: 0 }, weights: weights[i]! }));
      models = models.map((m, i) => ({ ...m, cue: fitCueCalibration(collectCueExamples(cases[i]!, m)) }));
      collected.forEach((c, i) => {
        summaries[i] = `${c.examples.length} comments (${c.unreachable} whose gold parent is outside the window left out)`;
      });
      process.stderr.write(`round ${round}: loss ${last.toFixed(1)} after ${steps} steps; ${summaries.join('; ')}\n`);
    }
    const replyExamples = models.map((m, i) => collectReplyExamples(cases[i]!, m));
    models = models.map((m, i) => ({ ...m, replies: fitReplyCalibration(replyExamples[i]!, replyExamples.flat()) }));
    const command = `npm run -s cli -- fit --rounds ${rounds} --l2 ${l2} --l2-kind ${l2Kind}`;
    process.stdout.write(models.map((m, i) =>
      `// ${m.name}: fitted by \`${command}\` on ${kinds[i]!.sets.join(', ')}: ${summaries[i]};\n` +
      `  // reply calibration on ${kinds[i]!.sets.join(', ')}.\n` +
      `  cue: { scale: ${m.cue.scale}, offset: ${m.cue.offset} },\n` +
      `  replies: {\n${formatSteps('primary', m.replies!.primary, '    ')}    secondary: {\n` +
      `${formatSteps('salutation', m.replies!.secondary.salutation, '      ')}${formatSteps('quote', m.replies!.secondary.quote, '      ')}${formatSteps('mention', m.replies!.secondary.mention, '      ')}    },\n  },\n` +
      `  weights: {\n${formatWeights(m.weights)}\n  },\n`).join('\n') + '\n');
    return 0;
  });
}
