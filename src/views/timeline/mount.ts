/**
 * The timeline view: mounts an SVG (frame, brush and — up to SVG_MAX_MARKS — the marks) and a
 * canvas (marks above that) into the container, keeps them in step with the store (data, visible
 * replies, selection, hover, colours, window) and the container's size, and wires the brush
 * and the pointer and keyboard habits (pointer.ts) to store actions. Registers the
 * 'timeline-png' export while mounted.
 */
import { select } from 'd3';
import type { Store } from '../../store/store';
import type { AppState } from '../../store/state';
import { visibleGraph, visibleReplies } from '../../store/derived';
import { edgeKey } from '../../core/graph/build';
import type { Reply, Thread } from '../../core/types';
import { registerExporter } from '../exporters';
import { TID } from '../testids';
import { buildTimelineModel, laneToKeep, type TimelineModel } from './model';
import { computeLayout, type TimelineLayout } from './layout';
import { buildHitIndex, type HitIndex } from './hit-test';
import { emphasisFor, topicMembership } from './emphasis';
import { participantColors } from './palette';
import type { Scene } from './scene';
import { clearSvgMarks, drawFrame, drawSvgMarks, type SvgLayers } from './render-svg';
import { drawCanvasScene, paintCanvas } from './render-canvas';
import { createBrush } from './brush';
import { createHoverLayer } from './tooltip';
import { captionLine } from './labels';
import { bindTimelinePointer } from './pointer';
import { timelinePng, timelineSvg } from './export-png';

/** Above this many marks the marks are drawn on a canvas instead of as SVG elements. */
export const SVG_MAX_MARKS = 2000;

const SVG_NS = 'http://www.w3.org/2000/svg';

interface Drawn {
  thread: Thread | null;
  replies: Reply[] | null;
  selection: AppState['view']['selection'];
  topic: AppState['view']['topic'];
  colorBy: AppState['view']['colorBy'];
  window: AppState['view']['timeWindow'];
  width: number;
  height: number;
}

function sameWindow(a: [number, number] | null, b: [number, number] | null): boolean {
  return a === b || (!!a && !!b && a[0] === b[0] && a[1] === b[1]);
}

export function mountTimeline(el: HTMLElement, store: Store): () => void {
  el.dataset.testid = TID.timeline;
  // Focusable, so Escape can clear the brushed window.
  const addedTabIndex = !el.hasAttribute('tabindex');
  if (addedTabIndex) el.tabIndex = 0;
  if (getComputedStyle(el).position === 'static') el.style.position = 'relative';

  const svgEl = document.createElementNS(SVG_NS, 'svg');
  Object.assign(svgEl.style, { position: 'absolute', left: '0', top: '0', display: 'block' });
  const canvas = document.createElement('canvas');
  Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none', display: 'none' });
  const emptyNote = document.createElement('div');
  emptyNote.textContent = 'The timeline appears when a thread is loaded.';
  Object.assign(emptyNote.style, { position: 'absolute', left: '14px', top: '10px', color: '#667085' });
  el.append(svgEl, canvas, emptyNote);

  const root = select(svgEl);
  const layer = (name: string) => root.append('g').attr('class', name);
  const layers: SvgLayers = {
    bands: layer('bands'), lanes: layer('lanes'), axis: layer('axis'), legend: layer('legend'),
    brush: layer('brush'), arcs: layer('arcs'), marks: layer('marks'),
  };
  const hover = createHoverLayer(el);

  let model: TimelineModel | null = null;
  /** The participant the model gives a lane of their own (see laneToKeep), and the one last drawn. */
  let modelKeeps: string | undefined;
  let drawnKeeps: string | undefined;
  let layout: TimelineLayout | null = null;
  let hits: HitIndex | null = null;
  let scene: Scene | null = null;
  let mode: 'svg' | 'canvas' = 'svg';
  let drawn: Drawn = { thread: null, replies: null, selection: null, topic: null, colorBy: 'community', window: null, width: 0, height: 0 };
  let colorsFor: { graph: unknown; sizeBy: string; colorBy: string; colors: Map<string, string> } | null = null;
  let frame = 0;
  let disposed = false;

  const brush = createBrush(layers.brush, (brushed, final) => {
    const current = store.getState().view.timeWindow;
    if (!sameWindow(current, brushed)) store.dispatch({ type: 'view/timeWindow', window: brushed });
    // Snap the drawn brush to the comments it covers (or clear it) once the gesture ends.
    if (final) brush.show(store.getState().view.timeWindow);
  });

  function colorsOf(state: AppState): Map<string, string> {
    const graph = visibleGraph(state);
    const { sizeBy, colorBy } = state.view;
    if (!colorsFor || colorsFor.graph !== graph || colorsFor.sizeBy !== sizeBy || colorsFor.colorBy !== colorBy) {
      colorsFor = { graph, sizeBy, colorBy, colors: participantColors(graph, sizeBy, colorBy) };
    }
    return colorsFor.colors;
  }

  function edgeCommentIds(state: AppState): string[] | undefined {
    const sel = state.view.selection;
    if (sel?.kind !== 'edge') return undefined;
    const graph = visibleGraph(state);
    const key = edgeKey(sel.source, sel.target);
    return graph?.hasEdge(key) ? graph.getEdgeAttribute(key, 'commentIds') : undefined;
  }

  /** Test hooks: drawing mode, mark and arc counts, brushed window, kind of x axis. */
  function setCounts(marks: number, arcs: number, timeWindow: [number, number] | null): void {
    el.dataset.mode = mode;
    el.dataset.marks = String(marks);
    el.dataset.arcs = String(arcs);
    el.dataset.window = timeWindow ? `${timeWindow[0]}-${timeWindow[1]}` : '';
    if (model) el.dataset.axis = model.xKind;
  }

  function clearDrawing(): void {
    clearSvgMarks(layers);
    for (const g of [layers.bands, layers.lanes, layers.axis, layers.legend]) g.selectAll('*').remove();
    canvas.style.display = 'none';
    brush.show(null);
    hover.hide();
    hover.ring(null);
    model = layout = hits = scene = null;
  }

  function render(): void {
    frame = 0;
    if (disposed) return;
    const started = performance.now();
    const state = store.getState();
    const width = el.clientWidth, height = el.clientHeight;
    const data = state.data;
    emptyNote.style.display = data ? 'none' : 'block';
    if (!data || width < 40 || height < 40) {
      clearDrawing();
      setCounts(0, 0, state.view.timeWindow);
      drawn = { ...drawn, thread: null, replies: null };
      return;
    }
    const replies = visibleReplies(state);
    const newData = !model || drawn.thread !== data.thread || drawn.replies !== replies;
    if (newData) {
      model = buildTimelineModel(data.thread, replies);
      modelKeeps = undefined;
    }
    const keep = laneToKeep(model!, state.view.selection, modelKeeps);
    if (keep !== modelKeeps) {
      model = buildTimelineModel(data.thread, replies, keep);
      modelKeeps = keep;
    }
    const newModel = newData || keep !== drawnKeeps;
    drawnKeeps = keep;
    const m = model!;
    if (newModel || !layout || drawn.width !== width || drawn.height !== height) {
      layout = computeLayout(m, width, height);
      hits = buildHitIndex(m, layout);
    }
    svgEl.setAttribute('width', String(width));
    svgEl.setAttribute('height', String(height));
    const timeWindow = state.view.timeWindow;
    scene = {
      model: m,
      layout,
      emphasis: emphasisFor(m, state.view.selection, edgeCommentIds(state), state.view.topic === null ? undefined : topicMembership(data.thread, state.view.topic)),
      colors: colorsOf(state),
      window: timeWindow,
    };
    drawFrame(layers, scene, (id) => store.dispatch({ type: 'view/select', selection: { kind: 'participant', id } }));
    mode = m.marks.length > SVG_MAX_MARKS ? 'canvas' : 'svg';
    if (mode === 'svg') {
      canvas.style.display = 'none';
      drawSvgMarks(layers, scene);
    } else {
      clearSvgMarks(layers);
      paintCanvas(canvas, scene);
    }
    brush.update(m, layout, timeWindow);
    drawn = { thread: data.thread, replies, selection: state.view.selection, topic: state.view.topic, colorBy: state.view.colorBy, window: timeWindow, width, height };
    setCounts(m.marks.length, m.arcs.length, timeWindow);
    showHoverRing(state);
    el.dataset.renderMs = String(Math.round(performance.now() - started));
  }

  function schedule(): void {
    if (!frame && !disposed) frame = requestAnimationFrame(render);
  }

  function showHoverRing(state: AppState): void {
    const h = state.hover;
    const mark = h?.kind === 'comment' && model ? model.markOf.get(h.id) : undefined;
    if (mark === undefined || !hits || !layout) {
      hover.ring(null);
      return;
    }
    const [x, y] = hits.center(mark);
    hover.ring({ x, y, r: layout.markRadius + 3 });
  }

  const pointer = bindTimelinePointer({
    svg: svgEl, container: el, store, hover, brushing: () => brush.isActive(),
    drawn: () => (model && hits ? { model, hits } : null),
  });

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.hover !== previous.hover) showHoverRing(state);
    if (state.data !== previous.data) {
      pointer.reset();
      hover.hide();
    }
    const v = state.view;
    if (
      state.data?.thread !== drawn.thread ||
      (state.data && visibleReplies(state) !== drawn.replies) ||
      v.selection !== drawn.selection ||
      v.topic !== drawn.topic ||
      v.colorBy !== drawn.colorBy ||
      !sameWindow(v.timeWindow, drawn.window)
    ) schedule();
  });

  const resizeObserver = new ResizeObserver(() => schedule());
  resizeObserver.observe(el);

  const pictureSource = () => {
    const state = store.getState();
    if (!state.data || !scene) throw new Error('There is no timeline to export: load a thread first.');
    const s = scene;
    return {
      svg: svgEl,
      width: s.layout.width,
      height: s.layout.height,
      caption: captionLine(state.data.thread, state.view, s.model.arcs.length),
      ...(mode === 'canvas' ? { drawMarks: (ctx: CanvasRenderingContext2D) => drawCanvasScene(ctx, s) } : {}),
    };
  };
  const unregisters = [
    registerExporter('timeline-png', async () => timelinePng(pictureSource())),
    registerExporter('timeline-svg', async () => timelineSvg(pictureSource())),
  ];

  render();

  return () => {
    if (disposed) return;
    disposed = true;
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    unsubscribe();
    for (const u of unregisters) u();
    resizeObserver.disconnect();
    pointer.dispose();
    brush.dispose();
    hover.dispose();
    svgEl.remove();
    canvas.remove();
    emptyNote.remove();
    for (const key of ['mode', 'marks', 'arcs', 'window', 'axis', 'renderMs']) delete el.dataset[key];
    if (addedTabIndex) el.removeAttribute('tabindex');
  };
}
