/**
 * The page side of the PNG worker: sends a scene (its typed arrays transferred, not copied) and
 * resolves with the PNG. The worker starts on the first picture and ends with dispose(). Where
 * a worker cannot draw (no OffscreenCanvas), the scene is drawn on a page canvas instead.
 */
import { paintScene } from './png-draw';
import { sceneSvg } from './svg-context';
import { sceneTransferables, type PngScene } from './png-scene-data';
import type { PngRequest, PngResponse } from './png-worker';

export interface PngPainter {
  /** The scene as a PNG, or as an SVG document. */
  paint(scene: PngScene, format?: 'png' | 'svg'): Promise<Blob>;
  /** Ends the worker; pictures still being made are rejected. Safe to call twice. */
  dispose(): void;
}

interface Pending {
  resolve: (blob: Blob) => void;
  reject: (error: Error) => void;
}

function paintOnPage(scene: PngScene, format: 'png' | 'svg'): Promise<Blob> {
  const canvas = document.createElement('canvas');
  if (format === 'svg') {
    const measure = canvas.getContext('2d');
    if (!measure) return Promise.reject(new Error('The browser could not create a drawing canvas.'));
    return Promise.resolve(new Blob([sceneSvg(scene, measure)], { type: 'image/svg+xml' }));
  }
  paintScene(canvas, (c) => c.getContext('2d'), scene);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the picture as PNG.'))), 'image/png');
  });
}

export function createPngPainter(): PngPainter {
  let worker: Worker | null = null;
  let disposed = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (message: string) => {
    for (const p of pending.values()) p.reject(new Error(message));
    pending.clear();
  };

  const start = (): Worker => {
    if (worker) return worker;
    const w = new Worker(new URL('./png-worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<PngResponse>) => {
      const p = pending.get(event.data.id);
      if (!p) return;
      pending.delete(event.data.id);
      if ('error' in event.data) p.reject(new Error(event.data.error));
      else p.resolve(event.data.blob);
    };
    w.onerror = (event) => {
      event.preventDefault();
      w.terminate();
      if (worker === w) worker = null;
      failAll(`The picture could not be drawn${event.message ? `: ${event.message}` : ''}.`);
    };
    worker = w;
    return w;
  };

  return {
    paint(scene, format = 'png') {
      if (disposed) return Promise.reject(new Error('The network view is closed.'));
      if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return paintOnPage(scene, format);
      const w = start();
      const id = nextId++;
      return new Promise<Blob>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ id, scene, format } satisfies PngRequest, sceneTransferables(scene));
      });
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      worker?.terminate();
      worker = null;
      failAll('The network view was closed before the picture was ready.');
    },
  };
}
