/**
 * The network view: who answers whom, drawn with sigma. Positions are laid out once per loaded
 * thread (core's deterministic positions, refined by ForceAtlas2 in a worker); filters then only
 * change edges, sizes and colours. Hover, selection (from here or any other view) and search
 * highlight through the reducers. Also offers the 'network-png' export (drawn in a worker, see
 * export-png.ts) and exposes test hooks:
 * data-nodes / data-edges (display graph after filters), data-rendered (render counter),
 * data-layout (running / stopped, with data-layout-iterations and data-layout-stop saying how far
 * it ran and why it stopped) and window.threadgraph.sigma.
 */
import type { Store } from '../../store/store';
import type { AppState, Selection } from '../../store/state';
import { visibleGraph, visibleReplies } from '../../store/derived';
import type { ThreadGraph } from '../../core/graph/build';
import { registerExporter } from '../exporters';
import { TID } from '../testids';
import { activeParticipants } from './active-participants';
import { captionLines, networkSummary, selectionText } from './caption';
import { copyPositions, createDisplayGraph, syncDisplayGraph, type DisplayGraph, type DisplayStats } from './display-graph';
import { exportNetworkPng } from './export-png';
import { createPngPainter } from './png-client';
import { focusOf, type CommentLinks, type Focus } from './focus';
import { bindKeyboard, type NetworkCommand } from './keyboard';
import { createLayoutGraph, defaultFilterGraph, type LayoutGraph } from './layout-graph';
import { layoutPlan } from './layout-plan';
import { LayoutRunner } from './layout-runner';
import { legendModel, type LegendRow } from './legend-model';
import { renderLegend } from './legend-view';
import { encodeNodes } from './node-encoding';
import { createRenderer, updateSizeSettings, type NetworkRenderer } from './renderer';
import { bindPointer } from './pointer';
import { searchMatches } from './search';
import { createToolbar } from './toolbar';
import './network.css';

const CAMERA_DURATION = 250;

interface Loaded {
  data: NonNullable<AppState['data']>;
  display: DisplayGraph;
  layout: LayoutGraph;
  runner: LayoutRunner;
  commentById: Map<string, { authorId: string; index: number }>;
}

function div(className: string): HTMLDivElement {
  const d = document.createElement('div');
  d.className = className;
  return d;
}

function sameSelection(a: Selection | null, b: Selection | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.kind !== b.kind) return false;
  if (a.kind === 'edge' && b.kind === 'edge') return a.source === b.source && a.target === b.target;
  return (a as { id: string }).id === (b as { id: string }).id;
}

type TestWindow = { threadgraph?: { sigma?: unknown } };

export function mountNetwork(el: HTMLElement, store: Store): () => void {
  const stage = div('tg-network-stage');
  const placeholder = div('tg-network-placeholder');
  const legend = div('tg-legend');
  legend.dataset.testid = TID.legend;
  legend.setAttribute('role', 'note');
  legend.setAttribute('aria-label', 'Legend');

  let renderer: NetworkRenderer | null = null;
  let loaded: Loaded | null = null;
  let focus: Focus | null = null;
  let stats: DisplayStats | null = null;
  let legendRows: LegendRow[] = [];
  let lastVisible: ThreadGraph | null = null;
  let rendered = 0;
  let disposed = false;
  /** What the last frame cost, from the start of sigma's render to the next animation frame. */
  let frameCost = 0;
  let renderStart = 0;
  let frameProbe = 0;

  const camera = () => renderer?.getCamera();
  const run = (command: NetworkCommand) => {
    if (command === 'zoomIn') void camera()?.animatedZoom({ duration: CAMERA_DURATION });
    else if (command === 'zoomOut') void camera()?.animatedUnzoom({ duration: CAMERA_DURATION });
    else if (command === 'fit') void camera()?.animatedReset({ duration: CAMERA_DURATION });
    else if (store.getState().view.selection) store.dispatch({ type: 'view/select', selection: null });
  };
  const toolbar = createToolbar({
    zoomIn: () => run('zoomIn'),
    zoomOut: () => run('zoomOut'),
    fit: () => run('fit'),
    toggleLayout: () => {
      const runner = loaded?.runner;
      if (!runner) return;
      if (runner.isRunning()) runner.stop();
      else runner.start();
    },
  });
  const canvasArea = div('tg-network-canvas');
  canvasArea.append(stage, placeholder, toolbar.element);
  const frame = div('tg-network-frame');
  frame.append(canvasArea, legend);
  el.replaceChildren(frame);

  const setLayoutState = () => {
    const runner = loaded?.runner;
    const running = runner?.isRunning() ?? false;
    toolbar.setLayoutState({ running, available: runner?.canRun() ?? false });
    el.dataset.layout = running ? 'running' : 'stopped';
    el.dataset.layoutIterations = String(runner?.iterationCount ?? 0);
    if (runner?.lastStop) el.dataset.layoutStop = runner.lastStop;
  };

  function ensureRenderer(display: DisplayGraph): NetworkRenderer {
    if (renderer) {
      renderer.setGraph(display);
      updateSizeSettings(renderer, display.order, display.size);
      renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      return renderer;
    }
    const r = createRenderer(stage, display, () => focus);
    r.on('beforeRender', () => {
      renderStart = performance.now();
    });
    r.on('afterRender', () => {
      rendered++;
      el.dataset.rendered = String(rendered);
      const start = renderStart;
      cancelAnimationFrame(frameProbe);
      frameProbe = requestAnimationFrame(() => {
        frameCost = performance.now() - start;
      });
    });
    bindPointer(r, stage, store);
    const tg = (window as unknown as TestWindow).threadgraph;
    if (tg && typeof tg === 'object') tg.sigma = r;
    renderer = r;
    return r;
  }

  function unload(): void {
    loaded?.runner.kill();
    loaded = null;
    lastVisible = null;
    focus = null;
  }

  function load(state: AppState): void {
    unload();
    const data = state.data;
    if (!data) return;
    const source = defaultFilterGraph(state);
    if (!source) return;
    const layout = createLayoutGraph(source);
    const display = createDisplayGraph(layout);
    const commentById = new Map<string, { authorId: string; index: number }>();
    for (const c of data.thread.comments) commentById.set(c.id, { authorId: c.authorId, index: c.index });
    const runner = new LayoutRunner(layout, layoutPlan(layout.order), {
      onPositions: () => {
        if (loaded?.layout === layout) copyPositions(layout, display);
      },
      onRunningChange: () => setLayoutState(),
      frameCost: () => frameCost,
    });
    loaded = { data, display, layout, runner, commentById };
    applyFilters(state);
    focus = computeFocus(state);
    ensureRenderer(display);
    setLayoutState();
    runner.start();
  }

  function applyFilters(state: AppState): void {
    if (!loaded) return;
    const visible = visibleGraph(state);
    if (!visible) return;
    lastVisible = visible;
    const encoding = encodeNodes(visible, state.view.sizeBy, state.view.colorBy);
    stats = syncDisplayGraph(loaded.display, visible, encoding, activeParticipants(loaded.data.thread, state.view.timeWindow, state.view.topic));
    legendRows = legendModel({
      encoding,
      edges: { count: stats.edges, minWeight: stats.minWeight, maxWeight: stats.maxWeight, range: stats.edgeRange },
      timeWindow: state.view.timeWindow,
      topic: state.view.topic,
    });
    renderLegend(legend, legendRows);
    el.dataset.nodes = String(stats.nodes);
    el.dataset.edges = String(stats.edges);
    if (renderer) updateSizeSettings(renderer, stats.nodes, stats.edges);
  }

  function commentLinks(state: AppState, commentId: string): CommentLinks | null {
    const c = loaded?.commentById.get(commentId);
    if (!c) return null;
    const targets: string[] = [];
    for (const r of visibleReplies(state)) if (r.commentId === commentId) targets.push(r.target);
    return { author: c.authorId, targets };
  }

  let matchCount: number | null = null;
  function computeFocus(state: AppState): Focus | null {
    if (!loaded) return null;
    const display = loaded.display;
    const matches = searchMatches(
      { [Symbol.iterator]: function* () { for (const { node, attributes } of display.nodeEntries()) yield [node, attributes.label] as const; } },
      state.view.search,
    );
    matchCount = matches ? matches.size : null;
    return focusOf(display, {
      hover: state.hover,
      selection: state.view.selection,
      matches,
      commentLinks: (id) => commentLinks(state, id),
      rank: (id) => display.getNodeAttribute(id, 'size'),
    });
  }

  function describe(state: AppState): void {
    const labelOf = (id: string) => (loaded?.display.hasNode(id) ? loaded.display.getNodeAttribute(id, 'label') : undefined);
    el.setAttribute('aria-label', networkSummary({
      counts: stats && loaded ? { participants: stats.nodes, edges: stats.edges } : null,
      sizeBy: state.view.sizeBy,
      colorBy: state.view.colorBy,
      selected: selectionText(state.view.selection, labelOf, (id) => loaded?.commentById.get(id)?.index),
      matches: matchCount,
    }));
  }

  function showPlaceholder(state: AppState): void {
    const empty = !state.data;
    placeholder.hidden = !empty;
    stage.hidden = empty;
    legend.hidden = empty;
    toolbar.element.hidden = empty;
    if (empty) {
      placeholder.textContent = state.status.phase === 'loading'
        ? 'Reading the thread…'
        : 'No thread loaded yet. Open a sample, choose a file or paste a thread to see who answers whom.';
      delete el.dataset.nodes;
      delete el.dataset.edges;
    }
  }

  function update(state: AppState, prev: AppState | null): void {
    showPlaceholder(state);
    if (!prev || state.data !== prev.data) {
      // Creating the renderer or giving it the new graph draws it; no extra refresh here.
      if (state.data) load(state);
      else unload();
      describe(state);
      return;
    }
    if (!loaded) return;
    const v = state.view;
    const p = prev.view;
    const filtersChanged = visibleGraph(state) !== lastVisible || v.sizeBy !== p.sizeBy || v.colorBy !== p.colorBy || v.timeWindow !== p.timeWindow || v.topic !== p.topic;
    if (filtersChanged) applyFilters(state);
    const focusChanged = filtersChanged || !sameSelection(state.hover, prev.hover) || !sameSelection(v.selection, p.selection) || v.search !== p.search;
    if (focusChanged) {
      focus = computeFocus(state);
      renderer?.scheduleRefresh();
    }
    if (filtersChanged || focusChanged) describe(state);
  }

  update(store.getState(), null);
  const unsubscribe = store.subscribe((state, prev) => update(state, prev));
  const unbindKeys = bindKeyboard(document, run);
  const painter = createPngPainter();
  const picture = (format: 'png' | 'svg') => async () => {
    const state = store.getState();
    if (!renderer || !loaded || !state.data || !stats) throw new Error('There is no network to export yet: open a thread first.');
    const title = state.data.thread.title ?? state.source?.label ?? 'Thread';
    return exportNetworkPng(renderer, legendRows, captionLines(title, state.view, { participants: stats.nodes, edges: stats.edges }), painter, format);
  };
  const unregisters = [registerExporter('network-png', picture('png')), registerExporter('network-svg', picture('svg'))];
  const resizeObserver = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => renderer?.scheduleRefresh());
  resizeObserver?.observe(stage);

  return () => {
    if (disposed) return;
    disposed = true;
    unsubscribe();
    unbindKeys();
    for (const u of unregisters) u();
    painter.dispose();
    resizeObserver?.disconnect();
    cancelAnimationFrame(frameProbe);
    unload();
    if (renderer) {
      const tg = (window as unknown as TestWindow).threadgraph;
      if (tg?.sigma === renderer) delete tg.sigma;
      renderer.kill();
      renderer = null;
    }
    el.replaceChildren();
    for (const key of ['nodes', 'edges', 'rendered', 'layout', 'layoutIterations', 'layoutStop']) delete el.dataset[key];
  };
}
