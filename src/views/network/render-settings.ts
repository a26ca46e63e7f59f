/**
 * Renderer settings that depend on the network's size: how densely labels are drawn (every
 * label on a small thread, only the biggest nodes per grid cell on a big one) and what is hidden
 * while the camera moves, so panning a thousand-node network stays fluid on software WebGL.
 * Labels of hovered, selected and matched nodes are forced on by the reducers regardless.
 */

export interface SizeDependentSettings {
  labelDensity: number;
  labelGridCellSize: number;
  labelRenderedSizeThreshold: number;
  hideLabelsOnMove: boolean;
  hideEdgesOnMove: boolean;
}

/** Settings for a network of `order` nodes and `size` edges. */
export function sizeDependentSettings(order: number, size: number): SizeDependentSettings {
  const hideEdgesOnMove = size > 2000 || order > 1500;
  if (order <= 60) return { labelDensity: 2, labelGridCellSize: 50, labelRenderedSizeThreshold: 0, hideLabelsOnMove: false, hideEdgesOnMove };
  if (order <= 400) return { labelDensity: 0.6, labelGridCellSize: 80, labelRenderedSizeThreshold: 5, hideLabelsOnMove: false, hideEdgesOnMove };
  if (order <= 3000) return { labelDensity: 0.25, labelGridCellSize: 100, labelRenderedSizeThreshold: 6, hideLabelsOnMove: true, hideEdgesOnMove };
  return { labelDensity: 0.12, labelGridCellSize: 120, labelRenderedSizeThreshold: 7, hideLabelsOnMove: true, hideEdgesOnMove };
}
