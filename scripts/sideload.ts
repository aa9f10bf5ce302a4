/**
 * `npm run sideload` [-- --teams-only] [-- --dry-run] and `npm run sideload:stop`: builds the app package for
 * https://localhost:<PORT> (`sekretariat package --base-url`), sideloads it into Outlook with office-addin-debugging
 * (fetched by npx on first use) and prints the exact Teams upload step. Start `npm start -- --https` first.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { resolveSettings } from '../src/cli/manifest/settings';
import { buildPackage } from '../src/cli/package/build-package';
import { localBaseUrl, outlookCommand, sideloadPaths, teamsSteps } from './lib/sideload-plan';

export interface SideloadIo {
  readonly root: string;
  readonly env: NodeJS.ProcessEnv;
  readonly log: (line: string) => void;
  /** Runs a command line with the terminal attached; its exit code. */
  readonly run: (command: readonly string[]) => number;
}

/** Builds the package for the local base URL and writes it zipped and unpacked; the base URL it was built for. */
function writePackage(io: SideloadIo): string {
  const baseUrl = localBaseUrl(io.env);
  const paths = sideloadPaths(io.root);
  const settings = resolveSettings({ baseUrl, env: io.env });
  if (settings.placeholderClientId)
    io.log(
      'No SEKRETARIAT_CLIENT_ID: the package carries a placeholder client id, so signing in to a tenant inside Teams and Outlook will not work (README, "Installér i jeres tenant", step 1).',
    );
  const pkg = buildPackage(settings);
  mkdirSync(dirname(paths.zip), { recursive: true });
  writeFileSync(paths.zip, pkg.zip);
  mkdirSync(paths.manifestDir, { recursive: true });
  for (const [name, bytes] of Object.entries(unzipSync(pkg.zip))) writeFileSync(join(paths.manifestDir, name), bytes);
  return baseUrl;
}

export function runSideload(args: readonly string[], io: SideloadIo): number {
  const action = args.includes('--stop') ? 'stop' : 'start';
  const dryRun = args.includes('--dry-run');
  const paths = sideloadPaths(io.root);
  const baseUrl = action === 'start' ? writePackage(io) : localBaseUrl(io.env);
  if (action === 'start') io.log(`App package for ${baseUrl}: ${paths.zip}`);
  let code = 0;
  if (!args.includes('--teams-only')) {
    const command = outlookCommand(action, paths, Number(new URL(baseUrl).port));
    io.log(`Outlook: ${command.join(' ')}`);
    if (!dryRun) code = io.run(command);
    if (code !== 0) io.log(`Outlook: office-addin-debugging ${action} failed (exit ${code}); Teams is unaffected.`);
  }
  for (const line of teamsSteps(action, paths, baseUrl)) io.log(line);
  return code;
}

if (require.main === module) {
  const code = runSideload(process.argv.slice(2), {
    root: resolve(__dirname, '..'),
    env: process.env,
    log: (line) => console.log(line),
    run: (command) => spawnSync(command[0] ?? '', command.slice(1), { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1,
  });
  process.exit(code);
}
