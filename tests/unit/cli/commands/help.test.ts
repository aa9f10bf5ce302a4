import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMANDS, main } from '../../../../src/cli/main';
import { memoryIo } from '../memory-io';

const BIN = join(__dirname, '..', '..', '..', '..', 'bin', 'sekretariat.cjs');

describe('sekretariat --help', () => {
  it('runs the bin from another directory and lists every command', () => {
    const result = spawnSync(process.execPath, [BIN, '--help'], { cwd: tmpdir(), encoding: 'utf8', timeout: 30000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^sekretariat – administration af Sekretariat/);
    for (const name of ['plan', 'package', 'manifest', 'provision', 'remind', 'run', 'status', 'intake', 'doctor'])
      expect(result.stdout).toContain(`sekretariat ${name} `);
    expect(COMMANDS.map((c) => c.name).sort()).toEqual([
      'doctor',
      'intake',
      'manifest',
      'package',
      'plan',
      'provision',
      'remind',
      'run',
      'status',
    ]);
  });

  it('answers an unknown command with usage and exit code 2', () => {
    const result = spawnSync(process.execPath, [BIN, 'frobnicate'], { cwd: tmpdir(), encoding: 'utf8', timeout: 30000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Ukendt kommando / unknown command: frobnicate');
    expect(result.stderr).toContain('Kommandoer / commands:');
  });

  it('treats a wrong option as a usage error', async () => {
    const io = memoryIo();
    expect(await main(['package', '--nope'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('sekretariat package [--base-url URL]');
  });

  it('checks the manifest with `manifest --check`', async () => {
    const io = memoryIo();
    expect(await main(['manifest', '--check'], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('gyldigt');
  });
});
