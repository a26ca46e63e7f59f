/**
 * The network picture as SVG: the PNG's drawing code writing SVG elements. Checked on the same
 * kind of scene as the PNG tests: a well-formed document of the picture's size, the edges,
 * nodes, labels (escaped), caption and legend band, the highlighted label's shadowed box, the
 * clip to the network area, and the colour scale's gradient.
 */
import { describe, expect, it } from 'vitest';
import type { Canvas2D } from '../../../src/views/network/canvas-legend';
import { legendModel } from '../../../src/views/network/legend-model';
import { pictureLayout } from '../../../src/views/network/png-draw';
import { buildPngScene, type SceneNodeInput } from '../../../src/views/network/png-scene';
import { sceneView } from './scene-view';
import { SvgContext, sceneSvg } from '../../../src/views/network/svg-context';
import { childrenNamed, parseXml, type XmlElement } from '../../core/export/xmlCheck';

/** Measures text as 0.6 × the font size per character. */
function measuring(): Canvas2D {
  const m = { font: '10px sans-serif', measureText(text: string) { return { width: text.length * 0.6 * Number(/(\d+(?:\.\d+)?)px/.exec(m.font)?.[1] ?? 10) }; } };
  return m as unknown as Canvas2D;
}

const view = sceneView;

function scene(nodes: SceneNodeInput[], colorByMetric = false) {
  const legend = legendModel({
    encoding: {
      size: { metric: 'comments', min: 1, max: 5, range: { min: 4, max: 20 } },
      color: colorByMetric ? { kind: 'metric', metric: 'inWeight', min: 0, max: 4 } : { kind: 'community', groups: [{ community: 0, color: '#4e79a7', members: 2, lead: 'Ada' }], other: { communities: 0, members: 0 } },
    },
    edges: { count: 2, minWeight: 1, maxWeight: 2, range: { min: 1, max: 6 } },
    timeWindow: null,
  });
  return buildPngScene({
    view, nodes, legend, caption: ['Q&A <live>', 'min confidence 0.5 · signals: all', '2 participants'],
    edges: [
      { source: 'a', target: 'b', size: 2, color: '#aa0000', curvature: 0.25 },
      { source: 'b', target: 'a', size: 2, color: '#00aa00', curvature: 0 },
    ],
  });
}

const all = (el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] => {
  for (const c of el.children) {
    if (c.name === name) out.push(c);
    all(c, name, out);
  }
  return out;
};

describe('the network picture as SVG', () => {
  const nodes: SceneNodeInput[] = [
    { key: 'a', x: -50, y: 0, size: 6, color: '#4e79a7', label: 'Ada <b>&', highlighted: true, forceLabel: true, zIndex: 2 },
    { key: 'b', x: 50, y: 0, size: 6, color: '#f28e2b', label: 'Bo' },
  ];
  const s = scene(nodes);
  const svg = sceneSvg(s, measuring());
  const root = parseXml(svg);

  it('is a well-formed SVG document the size of the PNG', () => {
    const layout = pictureLayout(measuring(), s);
    expect(root.name).toBe('svg');
    expect(root.attrs).toMatchObject({ xmlns: 'http://www.w3.org/2000/svg', width: String(layout.width), height: String(layout.height) });
  });

  it('draws each edge as a curve or a line with its arrowhead, and each node as a circle', () => {
    const paths = all(root, 'path').map((p) => p.attrs);
    const edgeLines = paths.filter((p) => p.fill === 'none' && (p.stroke === '#aa0000' || p.stroke === '#00aa00'));
    expect(edgeLines.map((p) => p.d!.includes('Q'))).toEqual([true, false]);
    expect(paths.filter((p) => p.fill === '#aa0000' && p.d!.endsWith('Z'))).toHaveLength(1);
    // Two nodes in drawing order (the highlighted one on top), that one drawn again over its
    // label box; then the legend's size circles and swatch in the band (under its 2× transform).
    const circles = paths.filter((p) => p.fill !== 'none' && /^M[\d.]+ [\d.]+A[\d.]+ [\d.]+ 0 1 1 .*A/.test(p.d!));
    expect(circles.map((p) => [p.fill, p.transform ?? ''])).toEqual([
      ['#f28e2b', ''], ['#4e79a7', ''], ['#4e79a7', ''],
      ['#98a2b3', 'matrix(2 0 0 2 0 0)'], ['#98a2b3', 'matrix(2 0 0 2 0 0)'], ['#4e79a7', 'matrix(2 0 0 2 0 0)'],
    ]);
    expect(circles[1]!.d).toBe('M312 300A12 12 0 1 1 288 300A12 12 0 1 1 312 300');
  });

  it('writes labels, caption and legend as text, escaped', () => {
    const texts = all(root, 'text').map((t) => t.text);
    expect(texts.slice(0, 2)).toEqual(['Bo', 'Ada <b>&']);
    expect(texts).toContain('Q&A <live>');
    expect(texts).toContain('Size: comments written');
    expect(svg).not.toContain('<b>');
  });

  it("keeps the highlighted label's shadowed box, the network clip and the band's 2× transform", () => {
    expect(all(root, 'feDropShadow')).toHaveLength(1);
    expect(all(root, 'path').some((p) => p.attrs.fill === '#ffffff' && p.attrs.filter?.startsWith('url(#shadow'))).toBe(true);
    const clip = childrenNamed(all(root, 'clipPath')[0], 'path')[0]!;
    expect(clip.attrs.d).toBe('M0 0h800v600h-800Z');
    expect(all(root, 'path').filter((p) => p.attrs['clip-path']).length).toBeGreaterThan(4);
    const band = all(root, 'rect').find((r) => r.attrs.fill === '#f7f8fa')!;
    expect(band.attrs).toMatchObject({ y: '300', transform: 'matrix(2 0 0 2 0 0)' });
  });

  it('draws a colour scale as a gradient', () => {
    const metric = parseXml(sceneSvg(scene(nodes, true), measuring()));
    const gradient = all(metric, 'linearGradient');
    expect(gradient).toHaveLength(1);
    expect(childrenNamed(gradient[0], 'stop').length).toBe(3);
    expect(all(metric, 'rect').some((r) => r.attrs.fill === `url(#${gradient[0]!.attrs.id})`)).toBe(true);
  });

  it('writes opacity and dashes, as the timeline\'s canvas marks use them', () => {
    const ctx = new SvgContext(measuring());
    ctx.globalAlpha = 0.35;
    ctx.setLineDash([2, 3]);
    ctx.strokeStyle = '#123456';
    ctx.beginPath();
    ctx.moveTo(0, 0);
    ctx.quadraticCurveTo(5, -5, 10, 0);
    ctx.stroke();
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
    ctx.fillStyle = '#654321';
    ctx.beginPath();
    ctx.arc(4, 4, 2, 0, 2 * Math.PI);
    ctx.fill();
    const doc = parseXml(ctx.document(20, 10));
    expect(all(doc, 'path').map((p) => p.attrs)).toEqual([
      { d: 'M0 0Q5 -5 10 0', fill: 'none', stroke: '#123456', 'stroke-width': '1', 'stroke-linecap': 'butt', 'stroke-linejoin': 'miter', 'stroke-dasharray': '2 3', opacity: '0.35' },
      { d: 'M6 4A2 2 0 1 1 2 4A2 2 0 1 1 6 4', fill: '#654321' },
    ]);
  });
});
