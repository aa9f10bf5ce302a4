import type { CliCommand, CliIo } from './cli-command';
import { EXIT, UsageError, processIo } from './cli-command';
import { doctorCommand } from './commands/doctor';
import { helpText } from './commands/help';
import { intakeCommand } from './commands/intake';
import { manifestCommand } from './commands/manifest';
import { packageCommand } from './commands/package';
import { planCommand } from './commands/plan';
import { provisionCommand } from './commands/provision';
import { remindCommand } from './commands/remind';
import { runCommand } from './commands/run';
import { statusCommand } from './commands/status';

export const COMMANDS: readonly CliCommand[] = [
  planCommand,
  packageCommand,
  manifestCommand,
  provisionCommand,
  doctorCommand,
  remindCommand,
  runCommand,
  statusCommand,
  intakeCommand,
];

const HELP_FLAGS = new Set(['--help', '-h', 'help']);

/** Runs one CLI invocation; returns the exit code (0 ok, 1 failed, 2 wrong usage). */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || HELP_FLAGS.has(name)) {
    (name === undefined ? io.err : io.out)(helpText(COMMANDS));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`Ukendt kommando / unknown command: ${name}\n`);
    io.err(helpText(COMMANDS));
    return EXIT.usage;
  }
  if (args.some((a) => HELP_FLAGS.has(a))) {
    io.out(`sekretariat ${command.name} ${command.usage}\n  ${command.summary}`);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\nBrug / usage: sekretariat ${command.name} ${command.usage}`);
      return EXIT.usage;
    }
    io.err(`sekretariat ${command.name} mislykkedes / failed: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failed;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
