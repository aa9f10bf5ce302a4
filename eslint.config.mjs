// Lint enforces the layer direction of docs/ARCHITECTURE.md ("Layers"):
//   domain <- graph <- store <- ui <- teams/outlook ; auth, host, config injected at the entry points;
//   sandbox only from tests, scripts and the dev server.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((group) => ({ group: [group], message })) },
    ],
  },
});

const sandboxBan = ['**/sandbox', '**/sandbox/**'];
const ioPackages = ['@microsoft/microsoft-graph-client', '@azure/msal-browser', '@azure/msal-node', '@microsoft/teams-js', 'react', 'react-dom', '@fluentui/*', 'node:*', 'fs', 'http', 'https'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'functions/dist/', 'coverage/', 'test-results/', 'playwright-report/', 'bench/results.json', 'bench/template-taskpane-react/src/'] },
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
    files: ['src/ui/**/*.{ts,tsx}', 'src/teams/**/*.{ts,tsx}', 'src/outlook/**/*.{ts,tsx}', 'src/browser/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  { files: ['**/*.cjs', 'bin/**'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  layer(['src/domain/**'], ['**/graph/**', '**/store/**', '**/ui/**', '**/auth/**', '**/host/**', '**/teams/**', '**/outlook/**', '**/config/**', ...sandboxBan, ...ioPackages], 'domain is pure: no I/O, no React, no Graph.'),
  layer(['src/graph/**'], ['**/store/**', '**/ui/**', '**/host/**', '**/teams/**', '**/outlook/**', ...sandboxBan, 'react', '@fluentui/*'], 'graph sits below store and ui.'),
  layer(['src/store/**'], ['**/ui/**', '**/host/**', '**/teams/**', '**/outlook/**', ...sandboxBan, 'react', '@fluentui/*', '@microsoft/microsoft-graph-client'], 'store maps Graph to domain; it uses the graph facade, not the SDK.'),
  layer(['src/ui/**'], ['**/graph/**', '!**/graph/types', ...sandboxBan, '@microsoft/microsoft-graph-client', '@microsoft/microsoft-graph-types', '@microsoft/teams-js', '@azure/msal-browser', '@azure/msal-node'], 'ui speaks domain and store only; hosts and auth are injected.'),
  layer(['src/auth/**', 'src/host/**', 'src/config/**'], ['**/ui/**', '**/store/**', '**/teams/**', '**/outlook/**', ...sandboxBan], 'auth, host and config are injected at the entry points.'),
  layer(['src/teams/**', 'src/outlook/**', 'src/browser/**'], [...sandboxBan, '@azure/msal-node'], 'the sandbox and Node-only auth are never bundled into the app.'),
  // The CLI and the Azure Functions timer app (which runs the CLI's `run`) are Node entries: no sandbox either.
  layer(['src/cli/**', 'functions/**'], [...sandboxBan], 'the sandbox is never bundled into the app.'),
);
