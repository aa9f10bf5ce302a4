/**
 * Runs a test sandbox in its own process (for the kill -9 test): `node --import tsx
 * sandbox-process.ts <dataDir>`; prints one JSON line `{ "url": ... }` when listening.
 */
import { startSandbox } from '../../../src/sandbox/server';
import { testSeed } from './test-seed';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: sandbox-process.ts <dataDir>');
void startSandbox({ port: 0, dataDir, seed: testSeed, quiet: true, pdf: 'text' }).then((sb) => {
  process.stdout.write(`${JSON.stringify({ url: sb.url })}\n`);
});
