// Lint enforces the layer direction of docs/ARCHITECTURE.md ("Layers"):
//   domain <- graph <- store <- ui <- teams/outlook ; auth, host, config injected at the entry points;
//   sandbox only from tests, scripts and the dev server.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Icons come one family at a time (`@fluentui/react-icons/svg/<family>`): the package's barrel holds them in modules
// of ~600 icons each, and webpack kept in every chunk all of a module's icons that any view used (a first view carried
// 49 icons to show 8).
const iconsByFamily = {
  name: '@fluentui/react-icons',
  message: "Import icons from '@fluentui/react-icons/svg/<family>' (e.g. svg/arrow-clockwise), not the barrel.",
};

// TeamsJS by name: a namespace import (`import * as teamsJs`) keeps all of its capabilities in the Teams tab's first
// load (225 KB raw instead of 62 KB); naming the parts lets webpack leave the rest out.
const teamsJsByName = {
  name: '@microsoft/teams-js',
  allowImportNames: ['app', 'pages', 'authentication', 'meeting', 'FrameContexts', 'HostClientType'],
  message: "Import TeamsJS's parts by name (import { app } from '@microsoft/teams-js'), not as a namespace.",
};

// Styles from Fluent's barrel only: the build's Griffel transform (webpack.config.js, griffelAheadOfTime) precompiles
// makeStyles/makeResetStyles imported from '@fluentui/react-components'; one imported from Griffel itself would be
// resolved in the browser and bring Griffel's style compiler back into the first load.
const griffelThroughFluent = ['@griffel/react', '@griffel/core'].map((name) => ({
  name,
  message: "Import makeStyles and makeResetStyles from '@fluentui/react-components', which the build compiles ahead of time.",
}));

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { paths: [iconsByFamily, teamsJsByName, ...griffelThroughFluent], patterns: forbidden.map((group) => ({ group: [group], message })) },
    ],
  },
});

const sandboxBan = ['**/sandbox', '**/sandbox/**'];

// HTML is built with html`…` from src/domain/html.ts only (docs/ARCHITECTURE.md, "HTML and mail bodies"): markup in an
// untagged template, a `+` or a string literal is how a forgotten escape puts a member's text into a mail as markup.
// A tag is an HTML element's name after "<" or "</" ("<p>", "<a href", "</li>"), not a placeholder like "<kommando>";
// string literals may still hold one where HTML is searched rather than written.
const ELEMENTS =
  'a|b|i|p|s|u|br|hr|ul|ol|li|h[1-6]|em|dl|dt|dd|td|th|tr|div|span|pre|code|img|html|body|head|meta|style|script|iframe|blockquote|strong|table|thead|tbody|tfoot|caption|sup|sub|small|font|ins|del|form|input|button|select|option|textarea|link|svg';
const TAG = `/<\\x2F?(?:${ELEMENTS})(?:[\\s>\\x2F]|$)/i`;
const SEARCH = 'CallExpression[callee.property.name=/^(indexOf|lastIndexOf|includes|startsWith|endsWith|split)$/] > Literal';
// The two selectors cover `+` as well: each side of a concatenation that writes a tag is a template or a literal.
const htmlSyntax = [
  {
    selector: `TemplateLiteral:not(TaggedTemplateExpression > TemplateLiteral) > TemplateElement[value.cooked=${TAG}]`,
    message: 'Build HTML with html`…` (src/domain/html.ts), not an untagged template: it escapes what goes in.',
  },
  {
    selector: `Literal[value=${TAG}]:not(${SEARCH}):not(JSXAttribute > Literal)`,
    message: 'Markup in a string is built by hand; use html`…` (src/domain/html.ts), or trusted() with a comment for markup we wrote.',
  },
];
const escapeBan = {
  selector: "Identifier[name='escapeHtml']",
  message: 'No hand-made escaping: html`…` (src/domain/html.ts) escapes every interpolated value.',
};
const ioPackages = [
  '@microsoft/microsoft-graph-client',
  '@azure/msal-browser',
  '@azure/msal-node',
  '@microsoft/teams-js',
  'react',
  'react-dom',
  '@fluentui/*',
  'node:*',
  'fs',
  'http',
  'https',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'functions/dist/',
      'coverage/',
      'test-results/',
      'playwright-report/',
      'bench/results.json',
      'bench/template-taskpane-react/src/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: [
      'src/ui/**/*.{ts,tsx}',
      'src/teams/**/*.{ts,tsx}',
      'src/outlook/**/*.{ts,tsx}',
      'src/startup/**/*.{ts,tsx}',
      'src/web/**/*.{ts,tsx}',
    ],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  { files: ['**/*.cjs', 'bin/**'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  { rules: { 'no-restricted-syntax': ['error', escapeBan] } },
  // The sandbox is exempt: it emulates how Exchange writes bodies (replies, forwards, its Teams block) and seeds raw
  // mails, hostile ones on purpose; html.ts is where the strings become Html.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/sandbox/**', 'src/domain/html.ts'],
    rules: { 'no-restricted-syntax': ['error', escapeBan, ...htmlSyntax] },
  },
  layer(
    ['src/domain/**'],
    [
      '**/graph/**',
      '**/store/**',
      '**/ui/**',
      '**/auth/**',
      '**/host/**',
      '**/teams/**',
      '**/outlook/**',
      '**/config/**',
      ...sandboxBan,
      ...ioPackages,
    ],
    'domain is pure: no I/O, no React, no Graph.',
  ),
  layer(
    ['src/graph/**'],
    ['**/store/**', '**/ui/**', '**/host/**', '**/teams/**', '**/outlook/**', ...sandboxBan, 'react', '@fluentui/*'],
    'graph sits below store and ui.',
  ),
  layer(
    ['src/store/**'],
    ['**/ui/**', '**/host/**', '**/teams/**', '**/outlook/**', ...sandboxBan, 'react', '@fluentui/*', '@microsoft/microsoft-graph-client'],
    'store maps Graph to domain; it uses the graph facade, not the SDK.',
  ),
  layer(
    ['src/ui/**'],
    [
      '**/graph/**',
      '!**/graph/graph-types',
      ...sandboxBan,
      '@microsoft/microsoft-graph-client',
      '@microsoft/microsoft-graph-types',
      '@microsoft/teams-js',
      '@azure/msal-browser',
      '@azure/msal-node',
    ],
    'ui speaks domain and store only; hosts and auth are injected.',
  ),
  // docs/ARCHITECTURE.md ("Reading a batch"): a store reads `$batch` answers as results and asks failures by meaning.
  // A later config's rule replaces an earlier one's for the same files, so this repeats the bans every src file has.
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        escapeBan,
        ...htmlSyntax,
        {
          selector: "BinaryExpression[left.property.name='status'][right.raw=/^[1-5][0-9][0-9]$/]",
          message: 'Ask a GraphError what it means (isNotFound, isPreconditionFailed … in graph/errors.ts), not its status number.',
        },
        {
          selector: "CallExpression[callee.property.name='batch']",
          message: 'Send a $batch with batchResults(graph, requests) (graph/batch-results.ts): a value or a GraphError per request.',
        },
      ],
    },
  },
  layer(
    ['src/auth/**', 'src/host/**', 'src/config/**'],
    ['**/ui/**', '**/store/**', '**/teams/**', '**/outlook/**', ...sandboxBan],
    'auth, host and config are injected at the entry points.',
  ),
  layer(
    ['src/teams/**', 'src/outlook/**', 'src/startup/**', 'src/web/**'],
    [...sandboxBan, '@azure/msal-node'],
    'the sandbox and Node-only auth are never bundled into the app.',
  ),
  // The CLI and the Azure Functions timer app (which runs the CLI's `run`) are Node entries: no sandbox either.
  layer(['src/cli/**', 'functions/**'], [...sandboxBan], 'the sandbox is never bundled into the app.'),
);
