import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** The project's lint rules run on snippets, with its own eslint.config.mjs (tests/unit/build's lint-rule tests). */

const root = path.resolve(__dirname, '../..');

export interface Case {
  readonly file: string;
  readonly code: string;
}

/**
 * ESLint loads eslint.config.mjs with a dynamic import, which Jest's CommonJS runtime refuses; so the API runs in a
 * child Node process (all cases in one, the config is loaded once) and answers each case's rule messages.
 */
export function lint(cases: readonly Case[]): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    import path from 'node:path';
    const cases = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const c of cases) {
      const [result] = await eslint.lintText(c.code, { filePath: path.join(process.cwd(), c.file) });
      out.push(result.messages.map((m) => (m.ruleId ?? 'parse') + ': ' + m.message));
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(cases)], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(stdout) as string[][];
}
