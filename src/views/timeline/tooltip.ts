/**
 * The timeline's hover tooltip and hover ring: plain DOM inside the timeline container, text set
 * with textContent only (comment text is untrusted), kept inside the container's box. Neither is
 * part of the SVG, so neither ends up in an exported picture.
 */
import { TID } from '../testids';
import type { TooltipLines } from './labels';

export interface HoverLayer {
  /** Shows the tooltip for a mark centred at (x, y) in container pixels. */
  show(lines: TooltipLines, x: number, y: number): void;
  hide(): void;
  /** Draws the hover ring around (x, y) with radius r, or hides it when `at` is null. */
  ring(at: { x: number; y: number; r: number } | null): void;
  dispose(): void;
}

function line(parent: HTMLElement, text: string, css: Partial<CSSStyleDeclaration>): void {
  const div = document.createElement('div');
  div.textContent = text;
  Object.assign(div.style, css);
  parent.appendChild(div);
}

export function createHoverLayer(container: HTMLElement): HoverLayer {
  const tip = document.createElement('div');
  tip.dataset.testid = TID.timelineTooltip;
  tip.setAttribute('role', 'tooltip');
  Object.assign(tip.style, {
    position: 'absolute', zIndex: '5', pointerEvents: 'none', display: 'none', maxWidth: '360px',
    padding: '6px 8px', background: 'rgba(255,255,255,0.97)', border: '1px solid #d0d5dd', borderRadius: '6px',
    boxShadow: '0 2px 8px rgba(16,24,40,0.15)', fontSize: '12px', lineHeight: '1.35', color: '#1f2328',
    whiteSpace: 'normal', overflowWrap: 'anywhere',
  } satisfies Partial<CSSStyleDeclaration>);
  const ringEl = document.createElement('div');
  Object.assign(ringEl.style, {
    position: 'absolute', zIndex: '4', pointerEvents: 'none', display: 'none', borderRadius: '50%',
    border: '2px solid #f59e0b', boxSizing: 'border-box',
  } satisfies Partial<CSSStyleDeclaration>);
  container.append(ringEl, tip);

  return {
    show(lines, x, y) {
      tip.replaceChildren();
      line(tip, lines.author, { fontWeight: '600' });
      line(tip, lines.when, { color: '#667085', marginBottom: '3px' });
      line(tip, lines.text, {});
      tip.style.display = 'block';
      const w = container.clientWidth, h = container.clientHeight;
      const box = tip.getBoundingClientRect();
      const left = x + 12 + box.width > w ? Math.max(0, x - 12 - box.width) : x + 12;
      const top = Math.min(Math.max(0, y - box.height / 2), Math.max(0, h - box.height));
      tip.style.left = `${Math.round(left)}px`;
      tip.style.top = `${Math.round(top)}px`;
    },
    hide() {
      tip.style.display = 'none';
      tip.replaceChildren();
    },
    ring(at) {
      if (!at) {
        ringEl.style.display = 'none';
        return;
      }
      const d = 2 * at.r;
      Object.assign(ringEl.style, { display: 'block', left: `${at.x - at.r}px`, top: `${at.y - at.r}px`, width: `${d}px`, height: `${d}px` });
    },
    dispose() {
      tip.remove();
      ringEl.remove();
    },
  };
}
