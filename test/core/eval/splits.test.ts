import { describe, expect, it } from 'vitest';
import { DATASET_SPECS, DATASETS, DEFAULT_DATASETS, isDatasetName } from '../../../src/core/eval/catalog';
import { SPLITS, splitOf, type CorpusName } from '../../../src/core/eval/splits';
import { hideParentIds } from '../../../src/core/eval/hide-parents';
import type { ParseResult } from '../../../src/core/types';

describe('evaluation splits and dataset names', () => {
  it('never puts a unit in two splits of a corpus', () => {
    for (const corpus of Object.keys(SPLITS) as CorpusName[]) {
      const { train, dev, test } = SPLITS[corpus].units;
      const all = [...train, ...dev, ...test];
      expect(new Set(all).size).toBe(all.length);
    }
    expect(splitOf('iac', '264')).toBe('train');
    expect(splitOf('iac', '11201')).toBe('test');
    expect(splitOf('irc', 'dev')).toBe('dev');
    expect(splitOf('reddit', 'other.json')).toBeUndefined();
  });

  it('runs only non-train datasets by default, and every train split has a name', () => {
    expect(DEFAULT_DATASETS).toEqual(['irc-dev', 'irc-test', 'notmuch', 'lkml', 'iac', 'lemire', 'staticman', 'zulip', 'reddit']);
    for (const name of DEFAULT_DATASETS) expect(DATASET_SPECS[name].split).not.toBe('train');
    const trainNames = DATASETS.filter((n) => DATASET_SPECS[n].split === 'train').sort();
    expect(trainNames).toEqual(['iac-train', 'irc-train', 'lemire-train', 'staticman-train', 'zulip-train']);
    expect(DATASETS).toContain('lemire-page');
    expect(DEFAULT_DATASETS).not.toContain('lemire-page');
    expect(isDatasetName('zulip-train')).toBe(true);
    expect(isDatasetName('toString')).toBe(false);
  });
});

describe('hiding parent ids', () => {
  it('removes every parent id and leaves the rest, without changing the input', () => {
    const parsed: ParseResult = {
      format: 'json', dialect: 'test', skipped: [], notes: ['n'],
      comments: [{ id: 'a', author: 'Ann', text: 'hi' }, { id: 'b', author: 'Bo', text: 'yo', parentId: 'a', line: 3 }],
    };
    const hidden = hideParentIds(parsed);
    expect(hidden.comments).toEqual([{ id: 'a', author: 'Ann', text: 'hi' }, { id: 'b', author: 'Bo', text: 'yo', line: 3 }]);
    expect(hidden.notes).toEqual(['n']);
    expect(parsed.comments[1]!.parentId).toBe('a');
  });
});
