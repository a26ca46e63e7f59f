import { describe, expect, it } from 'vitest';
import { CATEGORICAL_PALETTE, OTHER_COMMUNITY_COLOR, SEQUENTIAL_STOPS, edgeColor, fadedColor, mixColors, premultiplied, sequentialColor } from '../../../src/views/network/palette';

function lightness(hex: string): number {
  const h = hex.slice(1);
  return parseInt(h.slice(0, 2), 16) + parseInt(h.slice(2, 4), 16) + parseInt(h.slice(4, 6), 16);
}

describe('palette', () => {
  it('has distinct community colours, none equal to the "other" colour', () => {
    expect(new Set(CATEGORICAL_PALETTE).size).toBe(CATEGORICAL_PALETTE.length);
    expect(CATEGORICAL_PALETTE).not.toContain(OTHER_COMMUNITY_COLOR);
  });

  it('mixes colours linearly', () => {
    expect(mixColors('#000000', '#ffffff', 0)).toBe('#000000');
    expect(mixColors('#000000', '#ffffff', 1)).toBe('#ffffff');
    expect(mixColors('#000000', '#ffffff', 0.5)).toBe('#808080');
  });

  it('runs the sequential scale from its first to its last stop, darker as values grow', () => {
    expect(sequentialColor(0)).toBe(SEQUENTIAL_STOPS[0]);
    expect(sequentialColor(1)).toBe(SEQUENTIAL_STOPS[SEQUENTIAL_STOPS.length - 1]);
    const steps = [0, 0.1, 0.3, 0.5, 0.7, 0.9, 1].map((t) => lightness(sequentialColor(t)));
    for (let i = 1; i < steps.length; i++) expect(steps[i]!).toBeLessThan(steps[i - 1]!);
  });

  it('clamps out-of-range and NaN positions', () => {
    expect(sequentialColor(-3)).toBe(sequentialColor(0));
    expect(sequentialColor(7)).toBe(sequentialColor(1));
    expect(sequentialColor(Number.NaN)).toBe(sequentialColor(0));
  });

  it('lightens edge colours without transparency (the renderer blends alpha as premultiplied)', () => {
    for (const c of CATEGORICAL_PALETTE) {
      expect(edgeColor(c)).toMatch(/^#[0-9a-f]{6}$/);
      expect(lightness(edgeColor(c))).toBeGreaterThan(lightness(c));
      expect(lightness(edgeColor(c))).toBeLessThan(lightness(fadedColor(c)));
    }
  });

  it('premultiplies translucent colours, as the renderer blends them', () => {
    expect(premultiplied('#ff8000', 0.5)).toBe('rgba(128, 64, 0, 0.5)');
    expect(premultiplied('#ffffff', 1)).toBe('rgba(255, 255, 255, 1)');
    expect(premultiplied('#ffffff', 2)).toBe('rgba(255, 255, 255, 1)');
  });

  it('fades a colour towards white', () => {
    expect(lightness(fadedColor('#4e79a7'))).toBeGreaterThan(lightness('#4e79a7'));
    expect(fadedColor('#4e79a7')).toMatch(/^#[0-9a-f]{6}$/);
  });
});
