/**
 * The evaluation datasets by name, as `threadgraph eval --dataset` (and tuning commands) know
 * them: each is one split of one corpus (see splits.ts). The default set is every test-like
 * dataset — never a train one, so that reported scores are not the ones anything was tuned on.
 */
import type { CorpusName, SplitName } from './splits';

export interface DatasetSpec {
  corpus: CorpusName;
  split: SplitName;
}

export const DATASET_SPECS = {
  'irc-train': { corpus: 'irc', split: 'train' },
  'irc-dev': { corpus: 'irc', split: 'dev' },
  'irc-test': { corpus: 'irc', split: 'test' },
  notmuch: { corpus: 'notmuch', split: 'test' },
  lkml: { corpus: 'lkml', split: 'test' },
  'iac-train': { corpus: 'iac', split: 'train' },
  iac: { corpus: 'iac', split: 'test' },
  'lemire-train': { corpus: 'lemire', split: 'train' },
  lemire: { corpus: 'lemire', split: 'test' },
  /** The same comments read from the saved pages (the corpus's HTML) instead of their pasted text; not a default, it would count them twice. */
  'lemire-page': { corpus: 'lemire', split: 'test' },
  'staticman-train': { corpus: 'staticman', split: 'train' },
  staticman: { corpus: 'staticman', split: 'test' },
  'zulip-train': { corpus: 'zulip', split: 'train' },
  zulip: { corpus: 'zulip', split: 'test' },
  reddit: { corpus: 'reddit', split: 'test' },
} as const satisfies Record<string, DatasetSpec>;

export type DatasetName = keyof typeof DATASET_SPECS;

export const DATASETS = Object.keys(DATASET_SPECS) as DatasetName[];

/** What `eval` runs when no dataset is named: every dataset that is not a train split, in this order. */
export const DEFAULT_DATASETS: readonly DatasetName[] = [
  'irc-dev', 'irc-test', 'notmuch', 'lkml', 'iac', 'lemire', 'staticman', 'zulip', 'reddit',
];

export function isDatasetName(name: string): name is DatasetName {
  return Object.prototype.hasOwnProperty.call(DATASET_SPECS, name);
}
