import { resolve } from 'node:path';
import type { CliCommand } from '../command';
import { EXIT, parseOptions } from '../command';
import { ASSETS_DIR } from '../package/build-package';
import { writeIcons } from '../package/icons';

export const iconsCommand: CliCommand = {
  name: 'icons',
  summary: 'Tegn app- og båndikonerne i assets/ · Redraw the app and ribbon icons',
  usage: '[--out assets]',
  async run(args, io) {
    const options = parseOptions(args, { out: { type: 'string' } });
    const dir = options.out ? resolve(io.cwd, options.out) : ASSETS_DIR;
    for (const path of writeIcons(dir)) io.out(`Skrevet / written: ${path}`);
    return EXIT.ok;
  },
};
