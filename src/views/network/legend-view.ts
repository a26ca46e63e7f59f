/**
 * The on-screen legend: a strip under the network drawing the legend rows (size circles, colour
 * swatches or scale, edge thickness, notes), one group per heading, items flowing across the
 * width. Built with createElement/textContent only, since group names come from the thread.
 */
import type { LegendRow } from './legend-model';

function span(className: string, text?: string): HTMLSpanElement {
  const s = document.createElement('span');
  s.className = className;
  if (text !== undefined) s.textContent = text;
  return s;
}

function circle(radius: number, color: string): HTMLSpanElement {
  const r = Math.max(2, Math.min(9, radius));
  const c = span('tg-legend-circle');
  c.style.width = `${2 * r}px`;
  c.style.height = `${2 * r}px`;
  c.style.background = color;
  return c;
}

function rowElement(row: LegendRow): HTMLElement {
  const li = document.createElement('li');
  li.className = `tg-legend-row tg-legend-row-${row.kind}`;
  const mark = span('tg-legend-mark');
  switch (row.kind) {
    case 'heading':
    case 'note':
      li.textContent = row.text;
      return li;
    case 'swatch':
      mark.append(circle(5, row.color));
      break;
    case 'circles':
      mark.append(circle(row.radii[0], '#98a2b3'), circle(row.radii[1], '#98a2b3'));
      break;
    case 'gradient': {
      const bar = span('tg-legend-gradient');
      bar.style.background = `linear-gradient(to right, ${row.colors.join(', ')})`;
      mark.append(bar);
      break;
    }
    case 'lines':
      for (const w of row.widths) {
        const line = span('tg-legend-line');
        line.style.height = `${Math.max(1, w)}px`;
        mark.append(line);
      }
      break;
  }
  const text = span('tg-legend-text', row.text);
  text.title = row.text;
  li.append(mark, text);
  return li;
}

/** Replaces the legend's content with `rows`, grouped under their headings. */
export function renderLegend(container: HTMLElement, rows: readonly LegendRow[]): void {
  const groups: HTMLElement[] = [];
  let list: HTMLUListElement | null = null;
  for (const row of rows) {
    if (row.kind === 'heading' || !list) {
      const group = document.createElement('div');
      group.className = 'tg-legend-group';
      list = document.createElement('ul');
      group.append(list);
      groups.push(group);
    }
    list.append(rowElement(row));
  }
  container.replaceChildren(...groups);
}
