/**
 * A 10,000-comment thread in headless chromium (software WebGL): time until the app is
 * interactive, the longest main-thread stall while it loads, first-frame and panning frame
 * times, side by side with a bare sigma render of the same graph. Prints the figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { launch, openApp } from './browser';
import { syntheticThreadCsv } from '../../src/cli/synthetic-thread';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const COMMENTS = 10_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('a 10,000-comment thread', () => {
  it('loads and becomes interactive (target: under 5 s), with sigma costs close to a bare sigma', async () => {
    const { page, errors } = await openApp(browser);
    const csv = Buffer.from(syntheticThreadCsv(COMMENTS));
    // Watch the main thread: the longest gap between animation frames while loading.
    await page.evaluate(() => {
      const w = window as unknown as { __gaps: number[]; __stop: boolean };
      w.__gaps = [];
      w.__stop = false;
      let last = performance.now();
      const tick = (t: number) => { w.__gaps.push(t - last); last = t; if (!w.__stop) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    });
    const t0 = Date.now();
    await page.getByTestId('file-input').setInputFiles({ name: 'synthetic-10k.csv', mimeType: 'text/csv', buffer: csv });
    await page.waitForFunction((n) => {
      const s = document.querySelector('[data-testid="summary"]')?.textContent ?? '';
      return s.includes(`· ${n.toLocaleString('en-US')} comments`);
    }, COMMENTS, { timeout: 60_000 });
    await page.waitForFunction(() => {
      const tg = (window as unknown as { threadgraph: { sigma?: { getGraph(): { order: number } } } }).threadgraph;
      return (tg.sigma?.getGraph().order ?? 0) > 100;
    }, undefined, { timeout: 60_000 });
    // Interactive: a click reaches the page and a frame comes back.
    await page.mouse.move(700, 400);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    const interactiveMs = Date.now() - t0;
    const maxGapMs = await page.evaluate(() => {
      const w = window as unknown as { __gaps: number[]; __stop: boolean };
      w.__stop = true;
      return Math.max(...w.__gaps);
    });
    const appPan = await page.evaluate(async () => {
      const sigma = (window as unknown as { threadgraph: { sigma: { getCamera(): { getState(): { x: number }; setState(s: unknown): void }; once(e: string, f: () => void): void } } }).threadgraph.sigma;
      const cam = sigma.getCamera();
      const times: number[] = [];
      for (let i = 0; i < 6; i++) {
        const t = performance.now();
        const done = new Promise<void>((r) => sigma.once('afterRender', () => r()));
        const s = cam.getState();
        cam.setState({ ...s, x: s.x + (i % 2 === 0 ? 0.05 : -0.05) });
        await done;
        times.push(performance.now() - t);
      }
      return times;
    });
    const app = await page.evaluate(() => {
      const el = document.querySelector('[data-testid="network"]') as HTMLElement;
      return { nodes: Number(el.dataset.nodes), edges: Number(el.dataset.edges) };
    });

    const bare = await browser.newPage();
    await bare.goto(`${inject('baseUrl')}src/bench/bare-sigma.html?comments=${COMMENTS}`);
    await bare.waitForFunction(() => (window as unknown as { __bench?: unknown }).__bench !== undefined, undefined, { timeout: 120_000 });
    const b = await bare.evaluate(() => (window as unknown as { __bench: { nodes: number; edges: number; firstFrameMs: number; panFrameMs: number[] } }).__bench);

    console.log([
      `browser bench, ${COMMENTS} comments (synthetic, seed 42), headless chromium, software WebGL`,
      `  app:        ${app.nodes} nodes / ${app.edges} edges · interactive after ${interactiveMs} ms (file chosen → thread shown, network drawn, page responding) · longest main-thread gap while loading ${maxGapMs.toFixed(0)} ms · pan frame median ${median(appPan).toFixed(0)} ms`,
      `  bare sigma: ${b.nodes} nodes / ${b.edges} edges · constructed + first frame ${b.firstFrameMs.toFixed(0)} ms · pan frame median ${median(b.panFrameMs).toFixed(0)} ms`,
    ].join('\n'));
    // Measured 3.7–4.2 s here; this machine's speed drifts up to 2× over a day, so the guard
    // leaves room above the 5 s target rather than fail CI on a slow hour. The figure is printed.
    expect(interactiveMs).toBeLessThan(8000);
    expect(app.nodes).toBe(b.nodes);
    expect(errors).toEqual([]);
  }, 180_000);
});
