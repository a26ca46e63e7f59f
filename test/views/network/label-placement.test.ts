import { describe, expect, it } from 'vitest';
import { placeLabels, textBox } from '../../../src/views/network/label-placement';

describe('label placement', () => {
  it('keeps labels that do not touch, drops a later one that would overlap', () => {
    const a = textBox(0, 20, 50, 12, 1, false);
    const b = textBox(100, 20, 50, 12, 1, false);
    const overA = textBox(30, 24, 50, 12, 1, false);
    const belowA = textBox(0, 40, 50, 12, 1, false);
    expect(placeLabels([a, b, overA, belowA])).toEqual([true, true, false, true]);
  });

  it('always draws forced labels, and they block later ones', () => {
    const plain = textBox(0, 20, 50, 12, 1, false);
    const forced = textBox(10, 22, 50, 12, 1, true);
    const late = textBox(40, 22, 50, 12, 1, false);
    expect(placeLabels([plain, forced, late])).toEqual([true, true, false]);
  });

  it('measures a box around the text from its baseline', () => {
    expect(textBox(10, 100, 40, 20, 2, false)).toEqual({ x0: 8, y0: 82, x1: 52, y1: 107, forced: false });
  });
});
