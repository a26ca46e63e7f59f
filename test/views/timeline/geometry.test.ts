import { describe, expect, it } from 'vitest';
import { arcControl, computeLayout, labelWidth } from '../../../src/views/timeline/layout';
import { buildHitIndex } from '../../../src/views/timeline/hit-test';
import { arcGeometry, arcPaint, arcPath, CONTEXT_OPACITY, DIMMED_OPACITY, lanePaint, markPaint, OUTSIDE_WINDOW_OPACITY, type Scene } from '../../../src/views/timeline/scene';
import { arcStroke, participantColors, SIGNAL_COLORS } from '../../../src/views/timeline/palette';
import { emphasisFor, NO_EMPHASIS } from '../../../src/views/timeline/emphasis';
import { buildTimelineModel } from '../../../src/views/timeline/model';
import { buildGraph } from '../../../src/core/graph/build';
import type { Thread } from '../../../src/core/types';
import { chatIngest, modelOf, seedIngest } from './fixtures';

const seed = modelOf(seedIngest());

describe('timeline layout', () => {
  it('fits every lane between the header and the axis and maps the domain onto the plot', () => {
    const layout = computeLayout(seed.model, 1000, 200);
    expect(layout.left).toBe(labelWidth(seed.model.lanes.map((l) => l.name)));
    expect(layout.toPx(0.5)).toBeCloseTo(layout.left);
    expect(layout.toPx(25.5)).toBeCloseTo(layout.right);
    expect(layout.fromPx(layout.toPx(7))).toBeCloseTo(7);
    expect(layout.laneY(0) - layout.laneHeight / 2).toBeCloseTo(layout.top);
    expect(layout.laneY(10) + layout.laneHeight / 2).toBeCloseTo(layout.bottom);
    expect(layout.bottom).toBeLessThan(200);
    expect(layout.labelEvery).toBe(1);
  });

  it('uses a UTC time scale on a time axis and thins lane labels when lanes are thin', () => {
    const chat = modelOf(chatIngest('irssi-gardening.log')).model;
    const layout = computeLayout(chat, 800, 160);
    const ticks = layout.scale.ticks(5);
    expect(ticks[0]).toBeInstanceOf(Date);
    expect(layout.toPx(chat.marks[0]!.x)).toBeGreaterThan(layout.left);
    expect(computeLayout(seed.model, 1000, 80).labelEvery).toBeGreaterThan(1);
  });

  it('bows arcs above their higher end, more for longer arcs, and not at all for vertical ones', () => {
    const [cx, cy] = arcControl(100, 50, 300, 80, 15);
    expect(cx).toBe(200);
    expect(cy).toBeLessThan(50);
    expect(arcControl(100, 50, 120, 80, 15)[1]).toBeGreaterThan(cy);
    expect(arcControl(100, 50, 100, 80, 15)[1]).toBe(50);
  });
});

describe('timeline scene', () => {
  const layout = computeLayout(seed.model, 1000, 200);
  const colors = participantColors(buildGraph(seed.thread, seed.replies, { minConfidence: 0.5 }), 'comments', 'community');
  const scene = (over: Partial<Scene> = {}): Scene => ({ model: seed.model, layout, emphasis: NO_EMPHASIS, colors, window: null, ...over });

  it('colours marks like the network colours their author, and fades marks outside the window', () => {
    const s = scene({ window: [3, 17] });
    expect(markPaint(s, 0).fill).toBe(colors.get('eric-a-brill'));
    expect(markPaint(s, 0).opacity).toBe(OUTSIDE_WINDOW_OPACITY);
    expect(markPaint(s, 4).opacity).toBeGreaterThan(OUTSIDE_WINDOW_OPACITY);
  });

  it('dims what a selection does not emphasise', () => {
    const s = scene({ emphasis: emphasisFor(seed.model, { kind: 'participant', id: 'scott-lucas' }) });
    const scott = seed.model.markOf.get('c9')!;
    expect(markPaint(s, scott).opacity).toBe(1);
    expect(markPaint(s, seed.model.markOf.get('c2')!).opacity).toBe(DIMMED_OPACITY);
    // Comment 1 greets Scott Lucas: it is context for his selection.
    expect(markPaint(s, 0).opacity).toBe(CONTEXT_OPACITY);
    const stub = seed.model.arcs.findIndex((a) => a.replyId === 'c1->scott-lucas');
    const other = seed.model.arcs.findIndex((a) => a.replyId === 'c2->eric-a-brill');
    expect(arcPaint(s, stub).opacity).toBeGreaterThanOrEqual(0.9);
    expect(arcPaint(s, other).opacity).toBeLessThan(arcStroke(0.95).opacity);
    expect(lanePaint(s, seed.model.laneOf.get('scott-lucas')!).labelWeight).toBe('bold');
    expect(lanePaint(s, 0).labelColor).not.toBe(lanePaint(scene(), 0).labelColor);
  });

  it('colours arcs by signal, dashes stubs and draws them straight down to a tick', () => {
    const s = scene();
    const stub = seed.model.arcs.findIndex((a) => a.replyId === 'c1->scott-lucas');
    expect(arcPaint(s, stub)).toMatchObject({ color: SIGNAL_COLORS.salutation, dashed: true });
    const g = arcGeometry(s, stub);
    expect(g.x1).toBe(g.x2);
    expect(arcPath(g)).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    const quote = seed.model.arcs.findIndex((a) => a.signal === 'quote');
    expect(arcPaint(s, quote).color).toBe(SIGNAL_COLORS.quote);
    expect(arcPath(arcGeometry(s, quote))).toContain('Q');
  });

  it('keeps the top of long arcs from the first lane inside the plot', () => {
    const s = scene();
    const long = seed.model.arcs.findIndex((a) => a.replyId === 'c24->eric-a-brill');
    const g = arcGeometry(s, long);
    expect(g.y2).toBe(layout.laneY(0));
    // A quadratic curve's highest point lies half-way between its ends' y and the control point's.
    expect((g.y2 + g.cy) / 2).toBeGreaterThanOrEqual(layout.top - 1e-9);
    expect(g.cy).toBeLessThan(g.y2);
  });

  it('draws stronger replies wider and more opaque', () => {
    expect(arcStroke(0.9).opacity).toBeGreaterThan(arcStroke(0.5).opacity);
    expect(arcStroke(0.9).width).toBeGreaterThan(arcStroke(0.5).width);
    expect(arcStroke(7)).toEqual(arcStroke(1));
    expect(arcStroke(Number.NaN)).toEqual(arcStroke(0));
  });
});

describe('finding the mark under the pointer', () => {
  it('finds the nearest mark within a few pixels, and nothing far from any mark', () => {
    const layout = computeLayout(seed.model, 1000, 200);
    const hits = buildHitIndex(seed.model, layout);
    const seven = seed.model.markOf.get('c7')!;
    const [x, y] = hits.center(seven);
    expect(hits.find(x + 2, y - 1)).toBe(seven);
    expect(hits.find(x + (layout.toPx(8) - layout.toPx(7)) / 2, y - layout.laneHeight / 2 + 0.5, 1)).toBeNull();
  });

  it('indexes ten thousand marks, one lane per author', () => {
    const n = 10_000;
    const thread: Thread = {
      format: 'csv', dialect: 'test',
      comments: Array.from({ length: n }, (_, i) => ({ id: `c${i + 1}`, index: i + 1, author: `P${i % 50}`, authorId: `p${i % 50}`, text: 'x' })),
      participants: Array.from({ length: 50 }, (_, p) => ({ id: `p${p}`, name: `P${p}`, spellings: [`P${p}`], commentIndexes: [] })),
    };
    const model = buildTimelineModel(thread, []);
    const layout = computeLayout(model, 1200, 240);
    const hits = buildHitIndex(model, layout);
    const [x, y] = hits.center(4321);
    expect(hits.find(x, y)).toBe(4321);
    expect(model.lanes).toHaveLength(50);
  });
});
