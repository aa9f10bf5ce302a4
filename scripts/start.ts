/**
 * `npm start`: the whole product on one machine, no tenant, no internet.
 * Starts the local Graph sandbox (seeded), builds the app with webpack (watching for changes),
 * and serves it. Flags: --reset (reseed the sandbox), --skip-build (serve dist/app as it is),
 * --once (build once, don't watch), --https (serve the app on https://localhost with a trusted local certificate,
 * scripts/lib/dev-https.ts: what Outlook and Teams need to sideload it). Ports: PORT (app, 3000), SANDBOX_PORT (3001).
 * SEKRETARIAT_APP_DIR serves another folder than dist/app (with --skip-build).
 */
import { resolve } from 'node:path';
import webpack from 'webpack';
import { startSandbox } from '../src/sandbox/server';
import { seed } from '../src/sandbox/seed/seed-data';
import { appWebpackConfigs, type BuildMode } from './lib/app-build';
import { contentSecurityPolicyHeader } from './lib/content-security-policy';
import { devTls } from './lib/dev-https';
import { serveStatic, serveStaticHttps } from './lib/static-server';

const args = new Set(process.argv.slice(2));
const appPort = Number(process.env.PORT ?? 3000);
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 3001);
const root = resolve(__dirname, '..');
const dataDir = resolve(root, process.env.SANDBOX_DATA_DIR ?? '.sandbox-data');
const appDir = resolve(root, process.env.SEKRETARIAT_APP_DIR ?? 'dist/app');
const https = args.has('--https');
// The sandbox stays on http: a page on https://localhost may call http://localhost (browsers count localhost as secure).
const appOrigin = `${https ? 'https' : 'http'}://localhost:${appPort}`;

process.env.SEKRETARIAT_GRAPH_BASE_URL ??= `http://localhost:${sandboxPort}/v1.0`;
process.env.SEKRETARIAT_APP_BASE_URL ??= appOrigin;

function build(watch: boolean): Promise<void> {
  const mode: BuildMode = watch ? 'development' : 'production';
  const compiler = webpack(appWebpackConfigs(root, mode));
  return new Promise((done, fail) => {
    let first = true;
    const report = (err: Error | null | undefined, stats?: webpack.MultiStats | webpack.Stats): void => {
      if (err || stats?.hasErrors()) {
        const text = err?.message ?? stats?.toString({ all: false, errors: true, colors: false }) ?? 'unknown error';
        if (first) fail(new Error(`Building the app failed:\n${text}`));
        else console.error(`[app] rebuild failed:\n${text}`);
      } else if (first) {
        done();
      } else {
        console.log('[app] rebuilt');
      }
      first = false;
    };
    if (watch) compiler.watch({ aggregateTimeout: 200 }, report);
    else compiler.run((err, stats) => compiler.close(() => report(err, stats)));
  });
}

async function main(): Promise<void> {
  // Only the app's own origin may call the sandbox from a browser (CORS).
  const scheme = https ? 'https' : 'http';
  const allowedOrigins = [`${scheme}://localhost:${appPort}`, `${scheme}://127.0.0.1:${appPort}`];
  // The certificate first: on a first run office-addin-dev-certs asks to trust its CA, before anything is built.
  const tls = https ? await devTls(process.env) : undefined;
  const sandbox = await startSandbox({ port: sandboxPort, dataDir, reset: args.has('--reset'), seed, allowedOrigins });
  console.log(`Graph sandbox:  http://localhost:${sandboxPort}/v1.0   (control: http://localhost:${sandboxPort}/_sandbox/health)`);
  if (!args.has('--skip-build')) {
    console.log('Building the app …');
    await build(!args.has('--once'));
  }
  // The same environment the build had (set above, or by whoever built dist/app for --skip-build).
  const contentSecurityPolicy = contentSecurityPolicyHeader(process.env);
  const server = tls
    ? await serveStaticHttps(appDir, appPort, { contentSecurityPolicy, tls })
    : await serveStatic(appDir, appPort, { contentSecurityPolicy });
  if (tls) console.log(`Certificate:    ${tls.source}`);
  console.log(`Sekretariat:    ${appOrigin}/   (Teams tab: /teams.html, Outlook task pane: /outlook-taskpane.html)`);
  console.log('Sign in as any seeded person on the first page. Stop with Ctrl+C.');
  const stop = (): void => {
    server.close();
    void sandbox.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
