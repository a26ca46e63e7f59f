/**
 * Which node labels of the exported picture are drawn: candidates come best first; forced ones
 * (highlighted or in focus) are always drawn, every other one only if its box overlaps no label
 * drawn before it, so the picture never shows labels printed over each other.
 */

/** A label's bounding box in pixels. */
export interface LabelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  forced: boolean;
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** For each box (in priority order), whether its label is drawn. */
export function placeLabels(boxes: readonly LabelBox[]): boolean[] {
  const placed: LabelBox[] = [];
  return boxes.map((box) => {
    if (!box.forced && placed.some((p) => overlaps(p, box))) return false;
    placed.push(box);
    return true;
  });
}

/**
 * The box of a label whose baseline starts at (x, y), `width` wide, in a font of `size` pixels,
 * with `pad` pixels of room around it.
 */
export function textBox(x: number, y: number, width: number, size: number, pad: number, forced: boolean): LabelBox {
  return { x0: x - pad, y0: y - size * 0.8 - pad, x1: x + width + pad, y1: y + size * 0.25 + pad, forced };
}
