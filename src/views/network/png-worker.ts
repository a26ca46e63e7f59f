/**
 * The picture worker: draws a network scene (png-scene.ts) on an OffscreenCanvas with its 2D
 * context and answers with the PNG, or writes it as SVG (svg-context.ts, text measured on an
 * OffscreenCanvas), so making the picture of a big network never freezes the page.
 */
import { paintScene } from './png-draw';
import type { PngScene } from './png-scene-data';
import { sceneSvg } from './svg-context';

export interface PngRequest {
  id: number;
  scene: PngScene;
  format: 'png' | 'svg';
}

export type PngResponse = { id: number; blob: Blob } | { id: number; error: string };

const post = (message: PngResponse) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (event: MessageEvent<PngRequest>) => {
  const { id, scene, format } = event.data;
  try {
    const canvas = new OffscreenCanvas(1, 1);
    if (format === 'svg') {
      const measure = canvas.getContext('2d');
      if (!measure) throw new Error('The browser could not create a drawing canvas.');
      post({ id, blob: new Blob([sceneSvg(scene, measure)], { type: 'image/svg+xml' }) });
      return;
    }
    paintScene(canvas, (c) => c.getContext('2d'), scene);
    post({ id, blob: await canvas.convertToBlob({ type: 'image/png' }) });
  } catch (e) {
    post({ id, error: e instanceof Error ? e.message : String(e) });
  }
};
