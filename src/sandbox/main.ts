import { resolve } from 'node:path';
import { seed } from './seed/seed-data';
import { startSandbox } from './server';

/** `npx tsx src/sandbox/main.ts [--reset] [--port N]` — the Graph sandbox on its own. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const portArg = args.indexOf('--port');
  const port = Number(portArg >= 0 ? args[portArg + 1] : (process.env.SANDBOX_PORT ?? 3001));
  if (!Number.isInteger(port) || port < 0) throw new Error(`Invalid port: ${String(port)}`);
  const dataDir = process.env.SANDBOX_DATA_DIR ?? resolve(__dirname, '../../.sandbox-data');
  const reset = args.includes('--reset');
  // The app's origin may call it from a browser: PORT's (3000) unless SANDBOX_ALLOWED_ORIGINS lists others (comma-separated).
  const appPort = process.env.PORT ?? '3000';
  const allowedOrigins = (process.env.SANDBOX_ALLOWED_ORIGINS ?? `http://localhost:${appPort},http://127.0.0.1:${appPort}`)
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const sandbox = await startSandbox({ port, host: process.env.SANDBOX_HOST ?? '127.0.0.1', dataDir, reset, seed, allowedOrigins });
  console.log(
    `Graph sandbox: ${sandbox.graphUrl} (control: ${sandbox.url}/_sandbox, data: ${dataDir}${reset ? ', reseeded' : ''}; browser origins: ${allowedOrigins.join(' ')})`,
  );
  const stop = (): void => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
