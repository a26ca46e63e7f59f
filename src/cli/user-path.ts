/**
 * Paths as the user typed them. `npm run cli -- ingest FILE` runs in the package's folder, not
 * where the user stands; npm keeps that folder in INIT_CWD, so relative paths are read from
 * there (from the current folder when not run through npm).
 */
import { resolve } from 'node:path';

/** The folder relative paths on the command line are relative to. */
export function userFolder(env: NodeJS.ProcessEnv = process.env): string {
  return env.INIT_CWD || process.cwd();
}

/** `path` made absolute against the user's folder (an absolute path stays as it is). */
export function userPath(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(userFolder(env), path);
}
