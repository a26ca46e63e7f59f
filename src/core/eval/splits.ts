/**
 * Train / dev / test splits of the evaluation corpora (folders of the shared `corpora`
 * directory). Anything tuned — weights, thresholds, rules — may look at `train` (and `dev`)
 * only; `test` is for reporting. Units are the files (or, for IRC, the sub-folders) a dataset
 * is read from, named without their folder:
 *
 * - irc-ubuntu (Kummerfeld et al. 2019): the corpus's own `train/`, `dev/`, `test/` folders.
 * - notmuch-list-2009, lkml-notmuch-testcorpus: one mbox each, test only.
 * - iac-fourforums: discussions 10 and 264 train; 1385 and 11201 test.
 * - lemire-blog-wordpress-comments: the threaded pages only (the 2012/2013 ones have no gold):
 *   2016 train; 2017 and 2022 test. Units are the stems shared by `as-pasted-text/<stem>.txt`
 *   and gold.csv's `<stem>.md`.
 * - mademistakes-staticman-comments: post folders pencil-53-review and introduction-tool-guide
 *   train; improving-jekyll-static-comments and jekyll-static-comments test.
 * - lean-zulip-topics: the "Replacing Git+GitHub" and "dreams of big projects" topics train;
 *   the Miller–Rabin and "Contributing to mathlib" topics test.
 * - reddit-austinfood-thread: test only (a negative control).
 */

export type SplitName = 'train' | 'dev' | 'test';

export type CorpusName = 'irc' | 'notmuch' | 'lkml' | 'iac' | 'lemire' | 'staticman' | 'zulip' | 'reddit';

export interface CorpusSplits {
  /** Folder of the corpus inside the corpora directory. */
  folder: string;
  /** Units of each split; a split a corpus does not have is empty. */
  units: Record<SplitName, readonly string[]>;
}

export const SPLITS: Readonly<Record<CorpusName, CorpusSplits>> = {
  irc: { folder: 'irc-ubuntu', units: { train: ['train'], dev: ['dev'], test: ['test'] } },
  notmuch: { folder: 'notmuch-list-2009', units: { train: [], dev: [], test: ['notmuch-list-2009-11.mbox'] } },
  lkml: { folder: 'lkml-notmuch-testcorpus', units: { train: [], dev: [], test: ['lkml-threads.mbox'] } },
  iac: { folder: 'iac-fourforums', units: { train: ['10', '264'], dev: [], test: ['1385', '11201'] } },
  lemire: {
    folder: 'lemire-blog-wordpress-comments',
    units: {
      train: ['2016-06-21-comment-i-do-not-use-a-debugger'],
      dev: [],
      test: ['2017-12-06-comment-simplistic-programming-is-underrated', '2022-08-09-comment-hello-world-is-slower-in-c-than-in-c-linux'],
    },
  },
  staticman: {
    folder: 'mademistakes-staticman-comments',
    units: {
      train: ['pencil-53-review', 'introduction-tool-guide'],
      dev: [],
      test: ['improving-jekyll-static-comments', 'jekyll-static-comments'],
    },
  },
  zulip: {
    folder: 'lean-zulip-topics',
    units: {
      train: ['113488-general--Replacing.20Git.2BGitHub.json', '113488-general--dreams.20of.20big.20projects.json'],
      dev: [],
      test: ['113488-general--Miller.E2.80.93Rabin.20Primality.20Test.json', '113489-new-members--Contributing.20to.20mathlib.json'],
    },
  },
  reddit: { folder: 'reddit-austinfood-thread', units: { train: [], dev: [], test: ['thread.json'] } },
};

/** The split a unit of a corpus belongs to, or undefined when it is in none. */
export function splitOf(corpus: CorpusName, unit: string): SplitName | undefined {
  const { units } = SPLITS[corpus];
  return (['train', 'dev', 'test'] as const).find((s) => units[s].includes(unit));
}
