import { describe, expect, it } from 'vitest';
import type { Canvas2D } from '../../../src/views/network/canvas-legend';
import { legendModel } from '../../../src/views/network/legend-model';
import { drawScene, paintScene, pictureLayout } from '../../../src/views/network/png-draw';
import { buildPngScene, type SceneNodeInput } from '../../../src/views/network/png-scene';
import { sceneView } from './scene-view';

interface Call { name: string; args: unknown[]; state: Record<string, unknown> }

/** A 2D context that records what is drawn; text is 0.6 × font size wide per character. */
function recordingContext(): { ctx: Canvas2D; calls: Call[] } {
  const calls: Call[] = [];
  const state: Record<string, unknown> = { font: '10px sans-serif' };
  const fontPx = () => Number(/(\d+(?:\.\d+)?)px/.exec(String(state.font))?.[1] ?? 10);
  const ctx = new Proxy(state, {
    get(target, prop: string) {
      if (prop === 'measureText') return (text: string) => ({ width: text.length * fontPx() * 0.6 });
      if (prop === 'createLinearGradient') return () => ({ addColorStop() {} });
      if (prop in target) return target[prop];
      return (...args: unknown[]) => { calls.push({ name: prop, args, state: { ...target } }); };
    },
    set(target, prop: string, value) { target[prop] = value; return true; },
  });
  return { ctx: ctx as unknown as Canvas2D, calls };
}

const view = sceneView;

const legend = legendModel({
  encoding: { size: { metric: 'comments', min: 1, max: 5, range: { min: 4, max: 20 } }, color: { kind: 'community', groups: [{ community: 0, color: '#4e79a7', members: 2, lead: 'Ada' }], other: { communities: 0, members: 0 } } },
  edges: { count: 2, minWeight: 1, maxWeight: 2, range: { min: 1, max: 6 } },
  timeWindow: null,
});

function scene(nodes: SceneNodeInput[]) {
  return buildPngScene({
    view, nodes, legend, caption: ['A thread', 'min confidence 0.5 · signals: all', '2 participants'],
    edges: [
      { source: 'a', target: 'b', size: 2, color: '#aa0000', curvature: 0.25 },
      { source: 'b', target: 'a', size: 2, color: '#00aa00', curvature: 0.25 },
    ],
  });
}

describe('drawing a PNG scene', () => {
  it('draws edges as curves with arrowheads, nodes, labels, then the caption and legend band below', () => {
    const s = scene([
      { key: 'a', x: -50, y: 0, size: 6, color: '#4e79a7', label: 'Ada', highlighted: true, forceLabel: true, zIndex: 2 },
      { key: 'b', x: 50, y: 0, size: 6, color: '#f28e2b', label: 'Bo' },
    ]);
    const { ctx, calls } = recordingContext();
    const layout = pictureLayout(ctx, s);
    expect(layout.width).toBe(800);
    expect(layout.height).toBeGreaterThan(600);
    drawScene(ctx, s, layout);
    const names = calls.map((c) => c.name);
    expect(names.filter((n) => n === 'quadraticCurveTo')).toHaveLength(2);
    const texts = calls.filter((c) => c.name === 'fillText').map((c) => c.args[0]);
    expect(texts.slice(0, 2)).toEqual(['Bo', 'Ada']); // plain labels, then the boxed (highlighted) one
    expect(texts).toContain('A thread');
    expect(texts).toContain('min confidence 0.5 · signals: all');
    expect(texts).toContain('Size: comments written');
    // The band is drawn below the network picture.
    const band = calls.find((c) => c.name === 'fillRect' && c.state.fillStyle === '#f7f8fa')!;
    expect(band.args[1]).toBe(300); // CSS pixels, under a 2× transform
    // The highlighted node gets its white label box and is drawn again on top of it.
    const box = names.indexOf('fillText', names.indexOf('fillText') + 1);
    expect(calls.slice(0, box).some((c) => c.name === 'fill' && c.state.fillStyle === '#ffffff' && c.state.shadowBlur === 8)).toBe(true);
    expect(calls.slice(box + 1, box + 3).map((c) => c.name)).toEqual(['beginPath', 'arc']);
    expect(calls[box + 2]!.args.slice(0, 3)).toEqual([300, 300, 12]);
  });

  it('skips a label that would overlap one already drawn', () => {
    const s = scene([
      { key: 'a', x: -50, y: 0, size: 6, color: '#4e79a7', label: 'Ada Moss' },
      { key: 'b', x: -40, y: 1, size: 4, color: '#f28e2b', label: 'Bo Lind' },
    ]);
    const { ctx, calls } = recordingContext();
    drawScene(ctx, s, pictureLayout(ctx, s));
    const texts = calls.filter((c) => c.name === 'fillText').map((c) => c.args[0]);
    expect(texts).toContain('Ada Moss');
    expect(texts).not.toContain('Bo Lind');
  });

  it('sizes the canvas for the picture and its band before drawing', () => {
    const s = scene([{ key: 'a', x: -50, y: 0, size: 6, color: '#4e79a7', label: 'Ada' }, { key: 'b', x: 50, y: 0, size: 6, color: '#f28e2b', label: 'Bo' }]);
    const canvas = { width: 1, height: 1 };
    const { ctx } = recordingContext();
    paintScene(canvas, () => ctx, s);
    expect(canvas.width).toBe(800);
    expect(canvas.height).toBe(pictureLayout(ctx, s).height);
  });
});
