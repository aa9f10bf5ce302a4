/**
 * The sandbox in a process of its own for the intake bench (`node --import tsx bench/sandbox-child.ts <dataDir>`),
 * so the bench's heap holds only the intake it measures; prints one JSON line `{ "url": … }` when listening.
 */
import { startSandbox } from '../src/sandbox/server';
import { seed } from '../src/sandbox/seed/seed-data';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: sandbox-child.ts <dataDir>');
void startSandbox({ port: 0, dataDir, reset: true, seed, quiet: true }).then((sb) => {
  process.stdout.write(`${JSON.stringify({ url: sb.url, graphUrl: sb.graphUrl })}\n`);
});
