#!/usr/bin/env node
// The `sekretariat` admin CLI. Runs the TypeScript sources through tsx, so it works from any
// directory and via `npx sekretariat` after `npm install`, with no build step.
'use strict';
const path = require('node:path');

const root = path.join(__dirname, '..');
// tsx looks for tsconfig.json in the current directory; point it at ours wherever we are run from.
process.env.TSX_TSCONFIG_PATH ??= path.join(root, 'tsconfig.json');
require('tsx/cjs/api').register();

const { main } = require(path.join(root, 'src', 'cli', 'main.ts'));
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
