#!/usr/bin/env node
// Runs one TypeScript file of the project through tsx: `node bin/run-ts.mjs src/cli/bench.ts [args]`.
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

register();
const [file, ...rest] = process.argv.slice(2);
process.argv = [process.argv[0], file, ...rest];
const mod = await import(pathToFileURL(resolve(file)).href);
if (typeof mod.main === 'function') process.exitCode = await mod.main(rest);
