import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPILE_HINT, compileHintMisses, wantsCompileHint, withCompileHint } from '../../../../scripts/lib/compile-hints';

describe("V8's compile hints in the production build", () => {
  it('marks our scripts, React and Fluent, not TeamsJS or MSAL', () => {
    for (const file of ['js/react.86db0351.js', 'js/runtime.cbeba382.js', 'js/3407.ac94e435.js', 'js/outlook-taskpane.613c1ec1.js'])
      expect(wantsCompileHint(file)).toBe(true);
    for (const file of ['js/teams-js.68ef81de.js', 'js/msal.a82628e3.js', 'js/react.86db0351.js.LICENSE.txt', 'teams.html'])
      expect(wantsCompileHint(file)).toBe(false);
  });

  it('puts the hint on the first line, once', () => {
    const hinted = withCompileHint('"use strict";(self.webpackChunk=[]);');
    expect(hinted.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
    expect(withCompileHint(hinted)).toBe(hinted);
  });

  it('finds the scripts of a build that start otherwise than they should', () => {
    const dir = mkdtempSync(join(tmpdir(), 'compile-hints-'));
    try {
      mkdirSync(join(dir, 'js'));
      writeFileSync(join(dir, 'js/react.1.js'), withCompileHint('a()'));
      writeFileSync(join(dir, 'js/teams-js.2.js'), 'b()');
      writeFileSync(join(dir, 'js/4242.3.js'), `b();\n${COMPILE_HINT}`);
      writeFileSync(join(dir, 'js/msal.4.js'), withCompileHint('c()'));
      writeFileSync(join(dir, 'js/react.1.js.LICENSE.txt'), 'MIT');
      expect(compileHintMisses(dir)).toEqual(['4242.3.js', 'msal.4.js']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
