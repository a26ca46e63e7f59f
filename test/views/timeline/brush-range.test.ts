import { describe, expect, it } from 'vitest';
import { indexRangeForX, xRangeForIndexes } from '../../../src/views/timeline/brush-range';
import { chatIngest, modelOf, seedIngest } from './fixtures';

describe('brush ranges on an index axis (seed)', () => {
  const { model } = modelOf(seedIngest());

  it('gives the inclusive comment range under a brushed x range, in either order', () => {
    expect(indexRangeForX(model, 2.6, 7.4)).toEqual([3, 7]);
    expect(indexRangeForX(model, 7.4, 2.6)).toEqual([3, 7]);
    expect(indexRangeForX(model, 0, 100)).toEqual([1, 25]);
    expect(indexRangeForX(model, 3, 3)).toEqual([3, 3]);
  });

  it('gives null when no comment lies under the brush', () => {
    expect(indexRangeForX(model, 3.2, 3.8)).toBeNull();
    expect(indexRangeForX(model, 30, 40)).toBeNull();
  });

  it('draws a window half a step beyond its first and last comment', () => {
    expect(xRangeForIndexes(model, 3, 17)).toEqual([2.5, 17.5]);
    expect(xRangeForIndexes(model, 1, 25)).toEqual([0.5, 25.5]);
    expect(xRangeForIndexes(model, 40, 50)).toBeNull();
  });

  it('reads back every window it draws', () => {
    for (let from = 1; from <= 25; from += 3) {
      for (let to = from; to <= 25; to += 4) {
        const [x0, x1] = xRangeForIndexes(model, from, to)!;
        expect(indexRangeForX(model, x0 + 1e-9, x1 - 1e-9)).toEqual([from, to]);
      }
    }
  });
});

describe('brush ranges on a time axis (chat log with system lines)', () => {
  const { model } = modelOf(chatIngest('irssi-gardening.log'));
  const t = (iso: string) => Date.parse(iso);

  it('maps a time range to the comments spoken in it', () => {
    expect(indexRangeForX(model, t('2004-11-13T23:50:30Z'), t('2004-11-13T23:59:00Z'))).toEqual([4, 6]);
    expect(indexRangeForX(model, t('2004-11-14T00:02:00Z'), t('2004-11-14T00:05:00Z'))).toEqual([11, 11]);
    expect(indexRangeForX(model, t('2004-11-13T23:53:00Z'), t('2004-11-13T23:57:00Z'))).toBeNull();
  });

  it('draws a window between the neighbouring comments, and reads it back', () => {
    // Comments 4–6 run from 23:51 to 23:58; the next spoken comment (8) is at 00:01.
    const [x0, x1] = xRangeForIndexes(model, 4, 6)!;
    expect(x0).toBe(model.xDomain[0]);
    expect(x1).toBe((t('2004-11-13T23:58:00Z') + t('2004-11-14T00:01:00Z')) / 2);
    expect(indexRangeForX(model, x0, x1)).toEqual([4, 6]);
    // A window may name system lines: it covers the spoken comments inside it.
    const [y0, y1] = xRangeForIndexes(model, 7, 11)!;
    expect(indexRangeForX(model, y0 + 1, y1 - 1)).toEqual([8, 11]);
  });
});
