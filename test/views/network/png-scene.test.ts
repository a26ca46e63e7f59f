import { describe, expect, it } from 'vitest';
import { visibleGraph } from '../../../src/store/derived';
import { activeParticipants } from '../../../src/views/network/active-participants';
import { captionLines } from '../../../src/views/network/caption';
import { curveControlPoint, RECIPROCAL_CURVATURE, type Point } from '../../../src/views/network/curvature';
import { createDisplayGraph, syncDisplayGraph, type DisplayGraph } from '../../../src/views/network/display-graph';
import { focusOf } from '../../../src/views/network/focus';
import { createLayoutGraph, defaultFilterGraph } from '../../../src/views/network/layout-graph';
import { legendModel } from '../../../src/views/network/legend-model';
import { encodeNodes } from '../../../src/views/network/node-encoding';
import { DIM_EDGE_COLOR, DIM_NODE_COLOR, premultiplied } from '../../../src/views/network/palette';
import {
  ARROW_LENGTH_RATIO, ARROW_WIDTH_RATIO, EDGE_FEATHER, EXPORT_SCALE, LABEL_CAP, LABEL_OFFSET,
  buildPngScene, canvasColor, edgeGeometry,
  type SceneEdgeInput, type SceneInput, type SceneNodeInput, type SceneView,
} from '../../../src/views/network/png-scene';
import { sceneTransferables, type PngScene } from '../../../src/views/network/png-scene-data';
import { createReducers, type ReducedEdge, type ReducedNode } from '../../../src/views/network/reducers';
import { fixtureState } from './fixture-thread';

/** A camera like sigma's: graph y points up, viewport y down; 10 px per graph unit, sizes × 1.5 (zoomed in). */
function view(extra: Partial<SceneView> = {}): SceneView {
  return {
    width: 400,
    height: 300,
    toViewport: (p) => ({ x: 200 + 10 * p.x, y: 150 - 10 * p.y }),
    scaleSize: (s) => s * 1.5,
    minEdgeThickness: 1.7,
    labelThreshold: 0,
    shownLabels: null,
    label: { font: 'sans-serif', size: 12, weight: 'normal', color: '#1f2328' },
    ...extra,
  };
}

function input(nodes: SceneNodeInput[], edges: SceneEdgeInput[], extra: Partial<SceneInput> = {}): SceneInput {
  return { view: view(), nodes, edges, legend: [], caption: ['A thread'], ...extra };
}

const node = (key: string, x: number, y: number, extra: Partial<SceneNodeInput> = {}): SceneNodeInput =>
  ({ key, x, y, size: 4, color: '#4e79a7', label: key.toUpperCase(), ...extra });

function edgeAt(scene: PngScene, i: number) {
  const p = [...scene.edges.path.subarray(i * 6, i * 6 + 6)];
  const h = [...scene.edges.head.subarray(i * 6, i * 6 + 6)];
  return {
    curved: scene.edges.curved[i] === 1,
    start: { x: p[0]!, y: p[1]! }, control: { x: p[2]!, y: p[3]! }, end: { x: p[4]!, y: p[5]! },
    tip: { x: h[0]!, y: h[1]! }, left: { x: h[2]!, y: h[3]! }, right: { x: h[4]!, y: h[5]! },
    width: scene.edges.width[i]!, color: scene.colors[scene.edges.color[i]!],
  };
}

const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
/** Sign of the cross product: which side of a→b the point p is on. */
const side = (a: Point, b: Point, p: Point) => Math.sign((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x));

describe('PNG scene: geometry', () => {
  it('puts nodes where the renderer maps them, in pixels at 2×, with sigma-sized radii', () => {
    const scene = buildPngScene(input([node('a', 1, 2), node('b', -3, -1, { size: 10 })], []));
    expect(EXPORT_SCALE).toBe(2);
    expect(scene).toMatchObject({ width: 800, height: 600, scale: 2 });
    expect([...scene.nodes.x]).toEqual([420, 340]);
    expect([...scene.nodes.y]).toEqual([260, 320]);
    expect([...scene.nodes.radius]).toEqual([12, 30]); // size × 1.5 (zoom) × 2 (scale)
    expect(scene.colors[scene.nodes.color[0]!]).toBe('#4e79a7');
  });

  it('draws a one-way edge straight, with its arrowhead tip on the target rim and sigma proportions', () => {
    const scene = buildPngScene(input([node('a', -10, 0), node('b', 10, 0)], [{ source: 'a', target: 'b', size: 2, color: '#aabbcc', curvature: 0 }]));
    expect(scene.edges.count).toBe(1);
    const e = edgeAt(scene, 0);
    const thickness = 2 * 1.5 * 2; // size × zoom × scale
    expect(e.curved).toBe(false);
    expect(e.start).toEqual({ x: 200, y: 300 });
    expect(e.tip.x).toBeCloseTo(600 - 12); // target centre minus its radius
    expect(e.tip.y).toBeCloseTo(300);
    expect(e.end.x).toBeCloseTo(600 - 12 - ARROW_LENGTH_RATIO * thickness);
    expect(dist(e.left, e.right)).toBeCloseTo(ARROW_WIDTH_RATIO * thickness);
    expect(e.width).toBeCloseTo(thickness - EDGE_FEATHER);
    expect(e.color).toBe('#aabbcc');
  });

  it('keeps thin edges at least the renderer’s minimum thickness', () => {
    const scene = buildPngScene(input([node('a', -10, 0), node('b', 10, 0)], [{ source: 'a', target: 'b', size: 0.5, color: '#aabbcc', curvature: 0 }]));
    const e = edgeAt(scene, 0);
    expect(dist(e.left, e.right)).toBeCloseTo(ARROW_WIDTH_RATIO * 1.7 * 2);
  });

  it('draws a reciprocal pair as two curves on opposite sides, each bent as sigma bends it on screen', () => {
    const a = node('a', -10, 2);
    const b = node('b', 10, -2);
    const edges: SceneEdgeInput[] = [
      { source: 'a', target: 'b', size: 1, color: '#111111', curvature: RECIPROCAL_CURVATURE },
      { source: 'b', target: 'a', size: 1, color: '#222222', curvature: RECIPROCAL_CURVATURE },
    ];
    const scene = buildPngScene(input([a, b], edges));
    expect(scene.edges.count).toBe(2);
    const ab = edgeAt(scene, 0);
    const ba = edgeAt(scene, 1);
    expect(ab.curved && ba.curved).toBe(true);
    const pa = { x: 2 * (200 + 10 * a.x), y: 2 * (150 - 10 * a.y) };
    const pb = { x: 2 * (200 + 10 * b.x), y: 2 * (150 - 10 * b.y) };
    // The two curves lie on opposite sides of the straight line between the nodes.
    expect(side(pa, pb, ab.control)).not.toBe(0);
    expect(side(pa, pb, ba.control)).toBe(-side(pa, pb, ab.control));
    // Bent by curvature × length, on the side sigma's curve program uses (control point computed
    // in graph space, then mapped like every other point).
    const expected = curveControlPoint(a, b, RECIPROCAL_CURVATURE);
    const mapped = { x: 2 * (200 + 10 * expected.x), y: 2 * (150 - 10 * expected.y) };
    expect(side(pa, pb, ab.control)).toBe(side(pa, pb, mapped));
    // The arrowheads sit on the curve near the targets, tips on the rims.
    expect(dist(ab.tip, pb)).toBeCloseTo(12, 1);
    expect(dist(ba.tip, pa)).toBeCloseTo(12, 1);
    expect(dist(ab.end, pb)).toBeCloseTo(12 + ARROW_LENGTH_RATIO * 1.7 * 2, 1);
    expect(side(pa, pb, ab.tip)).toBe(side(pa, pb, ab.control));
  });

  it('follows the curve: the line ends where the arrowhead starts, on the original curve', () => {
    const s = { x: 0, y: 0 };
    const t = { x: 200, y: 0 };
    const control = { x: 100, y: -50 };
    const g = edgeGeometry(s, t, control, 10, 4)!;
    expect(dist(g.end, t)).toBeCloseTo(10 + ARROW_LENGTH_RATIO * 4, 3);
    // The cut curve's control point lies on the segment start → original control point.
    expect(side(s, control, g.control)).toBe(0);
    expect(g.end.y).toBeLessThan(0);
  });

  it('leaves out hidden nodes and edges, and edges from inside their target', () => {
    const scene = buildPngScene(input(
      [node('a', 0, 0), node('b', 5, 0, { hidden: true }), node('c', 0.1, 0, { size: 20 })],
      [
        { source: 'a', target: 'b', size: 1, color: '#000000', curvature: 0 },
        { source: 'a', target: 'c', size: 1, color: '#000000', curvature: 0 },
        { source: 'c', target: 'a', size: 1, color: '#000000', curvature: 0, hidden: true },
      ],
    ));
    expect(scene.nodes.count).toBe(2);
    expect(scene.edges.count).toBe(0);
  });

  it('leaves out what lies wholly outside the picture', () => {
    const scene = buildPngScene(input(
      [node('a', 0, 0), node('far', 500, 0), node('far2', 500, 10)],
      [{ source: 'far', target: 'far2', size: 1, color: '#000000', curvature: 0 }, { source: 'a', target: 'far', size: 1, color: '#000000', curvature: 0 }],
    ));
    expect(scene.nodes.count).toBe(1);
    // The edge from inside the picture to far away still crosses it.
    expect(scene.edges.count).toBe(1);
  });
});

describe('PNG scene: focus, labels, legend', () => {
  it('draws translucent renderer colours as they look on screen (premultiplied → straight alpha)', () => {
    expect(canvasColor('#4e79a7')).toBe('#4e79a7');
    const [r, g, b, a] = /rgba\(([\d.]+), ([\d.]+), ([\d.]+), ([\d.]+)\)/.exec(canvasColor(premultiplied('#b9bfc9', 0.3)))!.slice(1).map(Number);
    expect(Math.abs(r! - 0xb9)).toBeLessThanOrEqual(2);
    expect(Math.abs(g! - 0xbf)).toBeLessThanOrEqual(2);
    expect(Math.abs(b! - 0xc9)).toBeLessThanOrEqual(2);
    expect(a).toBe(0.3);
  });

  it('caps labels, highlighted and forced first, then the largest of those the screen shows', () => {
    const nodes: SceneNodeInput[] = [];
    for (let i = 0; i < 200; i++) nodes.push(node(`n${i}`, (i % 20) - 10, Math.floor(i / 20) - 5, { size: 1 + (i % 7) }));
    nodes[150] = { ...nodes[150]!, highlighted: true, forceLabel: true, size: 1 };
    nodes[151] = { ...nodes[151]!, forceLabel: true, size: 1 };
    nodes[152] = { ...nodes[152]!, label: '' };
    const shown = new Set(nodes.filter((_, i) => i !== 7).map((n) => n.key));
    const scene = buildPngScene(input(nodes, [], { view: view({ shownLabels: shown }) }));
    expect(scene.labels).toHaveLength(LABEL_CAP);
    expect(scene.labels[0]).toMatchObject({ text: 'N150', forced: true, boxed: true });
    expect(scene.labels[1]).toMatchObject({ text: 'N151', forced: true, boxed: false });
    const rest = scene.labels.slice(2);
    expect(rest.every((l) => !l.forced && !l.boxed)).toBe(true);
    for (let i = 1; i < rest.length; i++) expect(rest[i]!.nodeRadius).toBeLessThanOrEqual(rest[i - 1]!.nodeRadius);
    const texts = scene.labels.map((l) => l.text);
    expect(texts).not.toContain('N7'); // not shown on screen
    expect(texts).not.toContain('');
    // Beside the node as sigma places it: rim + 3 px, a third of the font size below the centre.
    const l = scene.labels[0]!;
    expect(l.x).toBeCloseTo(l.nodeX + l.nodeRadius + LABEL_OFFSET * 2);
    expect(l.y).toBeCloseTo(l.nodeY + 8);
    expect(scene.labelStyle).toEqual({ font: 'normal 24px sans-serif', size: 24, color: '#1f2328' });
  });

  it('without knowing what the screen shows, labels the nodes above the size threshold', () => {
    const nodes = [node('small', 0, 0, { size: 2 }), node('big', 5, 5, { size: 6 })];
    const scene = buildPngScene(input(nodes, [], { view: view({ labelThreshold: 5 }) }));
    expect(scene.labels.map((l) => l.text)).toEqual(['BIG']); // 6 × 1.5 ≥ 5 > 2 × 1.5
  });

  function fixtureDisplay(): DisplayGraph {
    const state = fixtureState();
    const display = createDisplayGraph(createLayoutGraph(defaultFilterGraph(state)!));
    const visible = visibleGraph(state)!;
    syncDisplayGraph(display, visible, encodeNodes(visible, state.view.sizeBy, state.view.colorBy), activeParticipants(state.data!.thread, null));
    return display;
  }

  /** What sigma hands the scene builder: the display graph through the focus reducers. */
  function reduced(display: DisplayGraph, selected: string | null): { nodes: SceneNodeInput[]; edges: SceneEdgeInput[] } {
    const focus = selected
      ? focusOf(display, { hover: null, selection: { kind: 'participant', id: selected }, matches: null, commentLinks: () => null })
      : null;
    const reducers = createReducers(() => focus);
    const nodes = display.mapNodes((key, a) => {
      const d = reducers.nodeReducer(key, { ...a } as ReducedNode & typeof a);
      return { key, x: a.x, y: a.y, size: d.size, color: d.color, label: d.label, zIndex: d.zIndex, forceLabel: d.forceLabel, highlighted: d.highlighted };
    });
    const edges = display.mapEdges((key, a, source, target) => {
      const d = reducers.edgeReducer(key, { ...a } as ReducedEdge & typeof a);
      return { source, target, size: d.size, color: d.color, curvature: a.type === 'curved' ? a.curvature : 0, zIndex: d.zIndex, hidden: d.hidden };
    });
    return { nodes, edges };
  }

  it('draws the current focus: selected node boxed, neighbours in colour on top, the rest dimmed below', () => {
    const display = fixtureDisplay();
    const { nodes, edges } = reduced(display, 'ada-moss');
    // Fit the fixture's layout into the view.
    const xs = nodes.map((n) => n.x);
    const ys = nodes.map((n) => n.y);
    const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) || 1;
    const toViewport = (p: Point) => ({ x: 50 + ((p.x - Math.min(...xs)) / span) * 300, y: 250 - ((p.y - Math.min(...ys)) / span) * 200 });
    const scene = buildPngScene(input(nodes, edges, { view: view({ toViewport, scaleSize: (s) => s }) }));
    const dimNode = scene.colors.indexOf(canvasColor(DIM_NODE_COLOR));
    const dimEdge = scene.colors.indexOf(canvasColor(DIM_EDGE_COLOR));
    expect(dimNode).toBeGreaterThanOrEqual(0);
    expect(dimEdge).toBeGreaterThanOrEqual(0);
    // Dimmed nodes first (below), focus nodes after (on top).
    const colors = [...scene.nodes.color];
    expect(colors.lastIndexOf(dimNode)).toBeLessThan(colors.findIndex((c) => c !== dimNode));
    const edgeColors = [...scene.edges.color];
    expect(edgeColors.lastIndexOf(dimEdge)).toBeLessThan(edgeColors.findIndex((c) => c !== dimEdge));
    expect(scene.labels[0]).toMatchObject({ text: 'Ada Moss', boxed: true, forced: true });
    expect(nodes.find((n) => n.key === 'finn-oak')?.label).toBe(''); // dimmed: the reducer took its label
    expect(scene.labels.some((l) => l.text === 'Finn Oak')).toBe(false);
    // Ada and Bo answer each other: two curves.
    expect([...scene.edges.curved].filter((c) => c === 1).length).toBeGreaterThanOrEqual(2);
  });

  it('carries the legend rows and the caption lines, and can be posted to a worker', () => {
    const state = fixtureState();
    const display = fixtureDisplay();
    const visible = visibleGraph(state)!;
    const encoding = encodeNodes(visible, state.view.sizeBy, state.view.colorBy);
    const legend = legendModel({ encoding, edges: { count: visible.size, minWeight: 1, maxWeight: 2, range: { min: 1, max: 6 } }, timeWindow: [2, 8] });
    const caption = captionLines('A test thread', { ...state.view, timeWindow: [2, 8] }, { participants: display.order, edges: display.size });
    const { nodes, edges } = reduced(display, null);
    const scene = buildPngScene(input(nodes, edges, { legend, caption }));
    expect(scene.legend).toEqual(legend);
    expect(scene.caption[0]).toBe('A test thread');
    expect(scene.caption[1]).toMatch(/^min confidence 0\.5 · signals: .* · comments 2–8$/);
    expect(scene.legend.some((r) => r.kind === 'circles')).toBe(true);
    const copy = structuredClone(scene);
    expect(copy.edges.path).toEqual(scene.edges.path);
    const buffers = sceneTransferables(scene);
    expect(new Set(buffers).size).toBe(buffers.length);
  });
});
