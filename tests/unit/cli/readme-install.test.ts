import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS } from '../../../src/cli/main';

/**
 * README's "Installér i jeres tenant" names only what exists: every `sekretariat <command>` is a CLI command and every
 * option it is given appears in that command's usage, every `npm run <script>` is a script of package.json, and
 * every `npx tsx <file>` is a file of the repository.
 */
const ROOT = join(__dirname, '..', '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const scripts = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

function installSection(): string {
  const start = readme.indexOf('\n## Installér i jeres tenant\n');
  if (start < 0) throw new Error('README has no section "Installér i jeres tenant"');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** Each command as written: from `sekretariat`/`npm run`/`npx tsx` to the end of its code span or line. */
function commands(section: string, lead: RegExp): { name: string; rest: string }[] {
  const found: { name: string; rest: string }[] = [];
  // A name starts with a letter: `--name sekretariat --resource-group` names an Azure resource, not a command.
  for (const match of section.matchAll(new RegExp(`${lead.source} ([a-zA-Z][a-zA-Z0-9:./_-]*)([^\`\\n]*)`, 'g')))
    found.push({ name: match[1] ?? '', rest: match[2] ?? '' });
  return found;
}

describe('README: Installér i jeres tenant', () => {
  const section = installSection();

  it('walks the administrator through registration, consent, build, hosting, package, upload, provision and doctor', () => {
    for (const step of [
      'brk-multihub://<your host>',
      'Grant admin consent',
      'AllSites.FullControl',
      'npm run build',
      'staticwebapp.config.json',
      'sekretariat package',
      'Teams admin center',
      'sekretariat provision --forum',
      'sekretariat doctor',
    ]) {
      expect(section).toContain(step);
    }
  });

  it('names only sekretariat commands that exist, with options their usage has', () => {
    const named = commands(section, /\bsekretariat/);
    expect(new Set(named.map((c) => c.name))).toEqual(new Set(['package', 'provision', 'doctor', 'run']));
    for (const { name, rest } of named) {
      const command = COMMANDS.find((c) => c.name === name);
      expect({ name, exists: command !== undefined }).toEqual({ name, exists: true });
      for (const option of rest.match(/--[a-z-]+/g) ?? [])
        expect({ name, option, inUsage: command?.usage.includes(option) }).toEqual({ name, option, inUsage: true });
    }
  });

  it('names only npm scripts that package.json has and files that are there', () => {
    const runs = commands(section, /\bnpm run/).map((c) => c.name);
    expect(runs).toEqual(expect.arrayContaining(['build', 'swa-config']));
    for (const script of runs) expect({ script, exists: scripts.includes(script) }).toEqual({ script, exists: true });
    for (const { name } of commands(section, /\bnpx tsx/))
      expect({ name, exists: existsSync(join(ROOT, name)) }).toEqual({ name, exists: true });
    for (const file of ['tenant.env.example', 'staticwebapp.config.json', 'src/auth/token-provider.ts'])
      expect(existsSync(join(ROOT, file))).toBe(true);
  });
});
