#!/usr/bin/env -S node --initial-old-space-size=512
// threadgraph command line: runs the TypeScript sources directly through tsx (no build step),
// with the Node settings of src/cli/node-flags.ts (also in package.json's `cli` script).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
