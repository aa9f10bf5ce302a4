/** Prints `tests: N passed, N failed` from the runners' result files in .ci/out (for .ci/run). */
import { resolve } from 'node:path';
import { summarise } from './lib/summary';

const summary = summarise(resolve(__dirname, '../.ci/out'));
console.log(summary.lines.join('\n'));
console.log(`tests: ${summary.passed} passed, ${summary.failed} failed`);
process.exit(summary.failed > 0 ? 1 : 0);
