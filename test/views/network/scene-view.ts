/**
 * Test helper: the view of a 400 × 300 network in which graph coordinates are pixels from the
 * centre (y up), as the picture tests build their scenes.
 */
import type { SceneInput } from '../../../src/views/network/png-scene';

export const sceneView: SceneInput['view'] = {
  width: 400, height: 300,
  toViewport: (p) => ({ x: 200 + p.x, y: 150 - p.y }),
  scaleSize: (s) => s,
  minEdgeThickness: 1.7, labelThreshold: 0, shownLabels: null,
  label: { font: 'sans-serif', size: 12, weight: 'normal', color: '#1f2328' },
};
