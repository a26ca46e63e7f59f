/**
 * The x-only brush (d3-brush) over the timeline's plot: turns a user's brush into an inclusive
 * comment-index window (reported at most once per animation frame while dragging — only at the
 * end once live updates make the page lag, as on very large threads — and always at the end),
 * reports null when the brush is cleared, and draws the brush in place for a window set
 * elsewhere (a shared link, another view) without reporting it back.
 */
import { brushX, type BrushBehavior, type D3BrushEvent, type Selection } from 'd3';
import type { TimelineModel } from './model';
import type { TimelineLayout } from './layout';
import { indexRangeForX, xRangeForIndexes } from './brush-range';

/** A live update that takes longer than this to reach the screen stops live updates for the gesture. */
export const SLOW_UPDATE_MS = 150;

export type WindowListener = (window: [number, number] | null, final: boolean) => void;

export interface BrushController {
  /** New model or layout: resets the brushable area when it moved and redraws `window`. */
  update(model: TimelineModel, layout: TimelineLayout, window: [number, number] | null): void;
  /** Draws the brush for a window (null clears it), unless the user is dragging it right now. */
  show(window: [number, number] | null): void;
  /** True between the start and end of a user's brush gesture. */
  isActive(): boolean;
  dispose(): void;
}

type G = Selection<SVGGElement, unknown, null, undefined>;

export function createBrush(group: G, onWindow: WindowListener): BrushController {
  let model: TimelineModel | null = null;
  let layout: TimelineLayout | null = null;
  let active = false;
  let frame = 0;
  let settle = 0;
  /** Set when live updates made the page lag during this gesture. */
  let slow = false;
  let pending: { window: [number, number] | null } | null = null;
  let last: string | null = null;
  let extentKey = '';

  const key = (w: [number, number] | null) => (w ? `${w[0]}-${w[1]}` : '');

  function report(window: [number, number] | null, final: boolean): void {
    if (!final && key(window) === last) return;
    last = key(window);
    onWindow(window, final);
  }

  function flushLater(window: [number, number] | null): void {
    pending = { window };
    if (frame || slow) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const p = pending;
      pending = null;
      if (!p) return;
      const started = performance.now();
      report(p.window, false);
      // If the app needed more than a few frames to follow, report only the end of this gesture.
      settle = requestAnimationFrame(() => {
        settle = 0;
        if (performance.now() - started > SLOW_UPDATE_MS) slow = true;
      });
    });
  }

  function cancelPending(): void {
    if (frame) cancelAnimationFrame(frame);
    if (settle) cancelAnimationFrame(settle);
    frame = settle = 0;
    pending = null;
  }

  function windowOf(selection: [number, number] | null): [number, number] | null {
    if (!selection || !model || !layout) return null;
    return indexRangeForX(model, layout.fromPx(selection[0]), layout.fromPx(selection[1]));
  }

  const brush: BrushBehavior<unknown> = brushX<unknown>()
    .on('start', (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent) return;
      active = true;
      slow = false;
      last = null;
    })
    .on('brush', (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent) return;
      flushLater(windowOf(event.selection as [number, number] | null));
    })
    .on('end', (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent) return;
      active = false;
      cancelPending();
      report(windowOf(event.selection as [number, number] | null), true);
    });

  function move(window: [number, number] | null): void {
    if (!model || !layout) return;
    const range = window ? xRangeForIndexes(model, window[0], window[1]) : null;
    if (!range) {
      group.call(brush.move, null);
      return;
    }
    const px0 = Math.max(layout.left, layout.toPx(range[0]));
    const px1 = Math.min(layout.right, layout.toPx(range[1]));
    group.call(brush.move, px1 > px0 ? [px0, px1] : null);
  }

  return {
    update(m, l, window) {
      model = m;
      layout = l;
      const area = `${l.left},${l.top},${l.right},${l.bottom}`;
      if (area !== extentKey) {
        extentKey = area;
        brush.extent([[l.left, l.top], [l.right, l.bottom]]);
        group.call(brush);
        // d3-brush's grey would hide the day bands; a light tint keeps them readable.
        group.select('.selection').attr('fill', '#2563eb').attr('fill-opacity', 0.08).attr('stroke', '#2563eb').attr('stroke-opacity', 0.7);
      }
      if (!active) move(window);
    },
    show(window) {
      if (!active) move(window);
    },
    isActive: () => active,
    dispose() {
      cancelPending();
      brush.on('start brush end', null);
      group.on('.brush', null);
      group.selectAll('*').remove();
      extentKey = '';
    },
  };
}
