#!/usr/bin/env node
// The `sekretariat` admin CLI. Runs the TypeScript sources through tsx, so it works from any
// directory and via `npx sekretariat` after `npm install`, with no build step.
'use strict';
const path = require('node:path');

const root = path.join(__dirname, '..');
// tsx looks for tsconfig.json in the current directory; point it at ours wherever we are run from.
process.env.TSX_TSCONFIG_PATH ??= path.join(root, 'tsconfig.json');

async function start() {
  require('tsx/cjs/api').register();
  // import() (the stores' and the Graph facade's lazy parts) goes through Node's ESM loader: tsx resolves and
  // compiles there too. Its ESM API is taken as ESM (its CommonJS build points at a file the package lacks).
  (await import('tsx/esm/api')).register();
  const { main } = require(path.join(root, 'src', 'cli', 'main.ts'));
  return main(process.argv.slice(2));
}

start().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
