/**
 * Mouse and keyboard habits of the timeline: hovering a mark shows its comment's tooltip and
 * tells the store (no tooltips while brushing); clicking a mark selects its comment, and a
 * press on a mark never starts a brush; a double click on empty space or Escape clears the
 * brushed time window. Everything goes through the store, so every view follows.
 */
import type { Store } from '../../store/store';
import type { AppState } from '../../store/state';
import type { Comment } from '../../core/types';
import type { TimelineModel } from './model';
import type { HitIndex } from './hit-test';
import type { HoverLayer } from './tooltip';
import { tooltipLines } from './labels';

/** What the pointer handlers need of the mounted timeline. */
export interface TimelinePointerHost {
  svg: SVGSVGElement;
  /** The focusable container, which takes the keyboard. */
  container: HTMLElement;
  store: Store;
  hover: HoverLayer;
  /** Whether a brush gesture is under way. */
  brushing(): boolean;
  /** The drawn model and its hit index, or null while nothing is drawn. */
  drawn(): { model: TimelineModel; hits: HitIndex } | null;
}

export interface TimelinePointer {
  /** Forgets the hovered mark (the thread changed under it). */
  reset(): void;
  /** Removes every listener. */
  dispose(): void;
}

function commentOf(state: AppState, id: string, index: number): Comment | undefined {
  const comments = state.data?.thread.comments ?? [];
  const at = comments[index - 1];
  return at?.id === id ? at : comments.find((c) => c.id === id);
}

export function bindTimelinePointer(host: TimelinePointerHost): TimelinePointer {
  const { svg, container, store, hover } = host;
  let localHover: number | null = null;
  let downMark: number | null = null;

  function markAt(event: MouseEvent): number | null {
    const drawn = host.drawn();
    if (!drawn) return null;
    const box = svg.getBoundingClientRect();
    return drawn.hits.find(event.clientX - box.left, event.clientY - box.top);
  }

  function setLocalHover(mark: number | null): void {
    if (mark === localHover) return;
    localHover = mark;
    const drawn = host.drawn();
    const m = mark !== null && drawn ? drawn.model.marks[mark] : undefined;
    const comment = m ? commentOf(store.getState(), m.commentId, m.index) : undefined;
    if (mark === null || !comment || !drawn) {
      hover.hide();
      store.dispatch({ type: 'view/hover', hover: null });
      return;
    }
    const [x, y] = drawn.hits.center(mark);
    hover.show(tooltipLines(comment), x, y);
    store.dispatch({ type: 'view/hover', hover: { kind: 'comment', id: comment.id } });
  }

  const onPointerMove = (event: PointerEvent) => {
    setLocalHover(event.buttons !== 0 || host.brushing() ? null : markAt(event));
  };
  const onPointerLeave = () => setLocalHover(null);
  const onMouseDown = (event: MouseEvent) => {
    downMark = markAt(event);
    // Canvas marks lie over the brush area: a press on one selects it and must not start a brush.
    if (downMark !== null) event.stopPropagation();
  };
  const onClick = (event: MouseEvent) => {
    const mark = markAt(event);
    const drawn = host.drawn();
    if (mark === null || mark !== downMark || !drawn) return;
    store.dispatch({ type: 'view/select', selection: { kind: 'comment', id: drawn.model.marks[mark]!.commentId } });
  };
  const onDoubleClick = (event: MouseEvent) => {
    if (markAt(event) === null && store.getState().view.timeWindow) store.dispatch({ type: 'view/timeWindow', window: null });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && store.getState().view.timeWindow) {
      store.dispatch({ type: 'view/timeWindow', window: null });
      event.preventDefault();
    }
  };
  // One abort signal removes every listener.
  const listeners = new AbortController();
  const { signal } = listeners;
  svg.addEventListener('pointermove', onPointerMove, { signal });
  svg.addEventListener('pointerleave', onPointerLeave, { signal });
  svg.addEventListener('mousedown', onMouseDown, { capture: true, signal });
  svg.addEventListener('click', onClick, { signal });
  svg.addEventListener('dblclick', onDoubleClick, { signal });
  container.addEventListener('keydown', onKeyDown, { signal });

  return {
    reset: () => {
      localHover = null;
    },
    dispose: () => listeners.abort(),
  };
}
