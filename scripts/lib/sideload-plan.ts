/**
 * `npm run sideload` / `npm run sideload:stop`: the local app (`npm start -- --https`) in Outlook and Teams.
 * Outlook sideloads through office-addin-debugging, run on demand with npx: it is not a devDependency because it pulls
 * in the Microsoft 365 Agents Toolkit (~450 MB) as a peer, which only a developer who sideloads needs. Teams takes the
 * app package, built for https://localhost:<port>, by hand: its upload step is printed.
 */
import { join } from 'node:path';

/** The office-addin-debugging major the commands are written for (its options changed between majors). */
export const OFFICE_ADDIN_DEBUGGING = 'office-addin-debugging@7';

export interface SideloadPaths {
  /** The uploadable package, built with the developer's https base URL. */
  readonly zip: string;
  /** The same package unpacked: office-addin-debugging reads the manifest with its icons and localization beside it. */
  readonly manifestDir: string;
  readonly manifest: string;
}

export function sideloadPaths(root: string): SideloadPaths {
  const dir = join(root, 'dist', 'sideload');
  return {
    zip: join(dir, 'sekretariat-localhost.zip'),
    manifestDir: join(dir, 'package'),
    manifest: join(dir, 'package', 'manifest.json'),
  };
}

/** The developer's base URL: the app as `npm start -- --https` serves it (PORT, 3000 by default). */
export function localBaseUrl(env: NodeJS.ProcessEnv): string {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT=${String(env.PORT)} is not a port`);
  return `https://localhost:${port}`;
}

/** The command line that sideloads into (or removes from) Outlook on the desktop. */
export function outlookCommand(action: 'start' | 'stop', paths: SideloadPaths, port: number): string[] {
  const base = ['npx', '--yes', OFFICE_ADDIN_DEBUGGING, action, paths.manifest, 'desktop'];
  // start waits for the dev server's port, and does not attach a debugger (F12 in the task pane does).
  return action === 'start' ? [...base, '--app', 'outlook', '--no-debug', '--dev-server-port', String(port)] : base;
}

/** What the developer does in Teams, word for word. */
export function teamsSteps(action: 'start' | 'stop', paths: SideloadPaths, baseUrl: string): string[] {
  if (action === 'stop') {
    return [
      'Teams: Apps → Manage your apps → Sekretariat → ⋯ → Remove.',
      'Outlook keeps no copy once office-addin-debugging stop has run.',
    ];
  }
  return [
    `Teams: the app package for ${baseUrl} is ${paths.zip}`,
    '  1. Keep `npm start -- --https` running (the package points at it).',
    '  2. Teams → Apps → Manage your apps → Upload an app → Upload a custom app → choose the file above.',
    '  3. Add → Open. A channel tab: Add to a team → pick the team → Set up a tab.',
    '  Upload a custom app missing? Your Teams admin allows it: Teams admin center → Teams apps → Setup policies →',
    '  the policy you have → Upload custom apps: On (and Manage apps → Org-wide app settings → Interaction with custom apps: On).',
  ];
}
