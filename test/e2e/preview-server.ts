/**
 * Global setup of the browser tests: serves the built app (dist/) with `vite preview` on a
 * free loopback port and stops it by its own process id afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

let server: ChildProcess | undefined;

export default async function setup(project: TestProject): Promise<() => void> {
  const root = new URL('../..', import.meta.url).pathname;
  if (!existsSync(`${root}dist/index.html`)) throw new Error('dist/ is missing: run `npx vite build` before the browser tests (npm test does).');
  const port = await freePort();
  server = spawn(process.execPath, [`${root}node_modules/vite/bin/vite.js`, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  await waitFor(url, 20_000);
  project.provide('baseUrl', url);
  return () => {
    if (server?.pid) process.kill(server.pid);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
