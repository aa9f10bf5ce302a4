import { lint } from '../../support/lint-text';

/**
 * The import rules that keep first loads small (eslint.config.mjs, `iconsByFamily`, `teamsJsByName` and
 * `griffelThroughFluent`), run with the project's own config: the barrel of icons, a namespace import of TeamsJS and
 * makeStyles from Griffel itself are reported; the per-family, by-name and Fluent imports are not.
 */
const FILE = 'src/host/example-host.ts';
const rules = (messages: readonly string[]): string[] => messages.filter((m) => m.startsWith('no-restricted-imports'));

describe('lint: imports that keep first loads small', () => {
  it('reports a namespace import of TeamsJS and the barrel of icons, and takes their by-name and per-family forms', () => {
    const [teamsNamespace, teamsByName, iconBarrel, iconFamily] = lint([
      { file: FILE, code: "import * as teamsJs from '@microsoft/teams-js';\nexport const a = teamsJs.app;\n" },
      { file: FILE, code: "import { app, pages } from '@microsoft/teams-js';\nexport const a = [app, pages];\n" },
      { file: FILE, code: "import { Mail20Regular } from '@fluentui/react-icons';\nexport const i = Mail20Regular;\n" },
      { file: FILE, code: "import { Mail20Regular } from '@fluentui/react-icons/svg/mail';\nexport const i = Mail20Regular;\n" },
    ]);
    expect(rules(teamsNamespace ?? [])).toEqual([expect.stringContaining("Import TeamsJS's parts by name")]);
    expect(rules(teamsByName ?? [])).toEqual([]);
    expect(rules(iconBarrel ?? [])).toEqual([expect.stringContaining("'@fluentui/react-icons/svg/<family>'")]);
    expect(rules(iconFamily ?? [])).toEqual([]);
  });

  it("reports makeStyles from Griffel itself, which the build would not compile ahead of time, and takes Fluent's", () => {
    const [griffel, fluent] = lint([
      { file: FILE, code: "import { makeStyles } from '@griffel/react';\nexport const useStyles = makeStyles({ root: {} });\n" },
      {
        file: FILE,
        code: "import { makeStyles } from '@fluentui/react-components';\nexport const useStyles = makeStyles({ root: {} });\n",
      },
    ]);
    expect(rules(griffel ?? [])).toEqual([expect.stringContaining('compiles ahead of time')]);
    expect(rules(fluent ?? [])).toEqual([]);
  });
});
