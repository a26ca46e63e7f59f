/**
 * Measures how long sigma takes to draw a frame while the camera moves: pans the camera step by
 * step and times each step from the camera change to the end of the next render.
 */
import type Sigma from 'sigma';

export async function measurePans(renderer: Sigma<any, any, any>, steps: number): Promise<number[]> {
  const camera = renderer.getCamera();
  const times: number[] = [];
  for (let i = 0; i < steps; i++) {
    const t0 = performance.now();
    const done = new Promise<void>((resolve) => renderer.once('afterRender', () => resolve()));
    const state = camera.getState();
    camera.setState({ ...state, x: state.x + (i % 2 === 0 ? 0.05 : -0.05) });
    await done;
    times.push(performance.now() - t0);
  }
  return times;
}
