/**
 * The PNG worker: draws a network scene (png-scene.ts) on an OffscreenCanvas with its 2D context
 * and answers with the PNG, so making the picture of a big network never freezes the page.
 */
import { paintScene } from './png-draw';
import type { PngScene } from './png-scene-data';

export interface PngRequest {
  id: number;
  scene: PngScene;
}

export type PngResponse = { id: number; blob: Blob } | { id: number; error: string };

const post = (message: PngResponse) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (event: MessageEvent<PngRequest>) => {
  const { id, scene } = event.data;
  try {
    const canvas = new OffscreenCanvas(1, 1);
    paintScene(canvas, (c) => c.getContext('2d'), scene);
    post({ id, blob: await canvas.convertToBlob({ type: 'image/png' }) });
  } catch (e) {
    post({ id, error: e instanceof Error ? e.message : String(e) });
  }
};
