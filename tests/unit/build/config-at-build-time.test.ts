import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadConfig } from '../../../src/config/app-config';

/**
 * The deployment's configuration is validated when the app is built (webpack.config.js calls loadConfig) and baked
 * into the pages as a literal (startup/built-config.ts): a bad value fails the build, and no page validates it again.
 * webpack.config.js runs as webpack runs it, in its own Node process.
 */
const ROOT = join(__dirname, '..', '..', '..');
const PRINT_BAKED = `
  const config = require('./webpack.config.js')({}, { mode: 'production' });
  const define = config.plugins.find((p) => p && p.definitions && 'SEKRETARIAT_BUILT_CONFIG' in p.definitions);
  process.stdout.write(define.definitions.SEKRETARIAT_BUILT_CONFIG);
`;

/** This process's environment without any SEKRETARIAT_* setting of its own, plus `env`. */
function buildEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SEKRETARIAT_'))), ...env };
}

function build(env: Record<string, string>): { status: number | null; baked: unknown } {
  const run = spawnSync(process.execPath, ['-e', PRINT_BAKED], { cwd: ROOT, env: buildEnv(env), encoding: 'utf8' });
  return { status: run.status, baked: run.status === 0 ? (JSON.parse(run.stdout) as unknown) : undefined };
}

describe('the configuration at build time', () => {
  it("bakes loadConfig's result for the build's environment into the pages", () => {
    const env = { SEKRETARIAT_GRAPH_BASE_URL: 'https://graph.example/v1.0', SEKRETARIAT_APP_BASE_URL: 'https://app.example' };
    const { status, baked } = build(env);
    expect(status).toBe(0);
    expect(baked).toEqual(loadConfig(env));
    expect(baked).toMatchObject({ graphBaseUrl: 'https://graph.example/v1.0', appBaseUrl: 'https://app.example' });
  });

  it('fails the build on a configuration that does not validate', () => {
    expect(build({ SEKRETARIAT_GRAPH_BASE_URL: 'not a url' }).status).not.toBe(0);
    expect(build({ SEKRETARIAT_FORUMS: '[{"groupId":""}]' }).status).not.toBe(0);
  });
});
