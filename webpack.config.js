/* eslint-disable @typescript-eslint/no-require-imports -- webpack loads this file as CommonJS */
// The app's build: four entries (plain browser, Teams tab, Teams tab config, Outlook task pane), each with its own
// HTML page, sharing vendor chunks; role views and MSAL load on demand. Type checking is `npm run typecheck`.
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const fs = require('node:fs');
// The Content-Security-Policy lives in TypeScript beside the static server that sends it as a header.
const { contentSecurityPolicyMeta, PAGE_STYLE } = require('tsx/cjs/api').require('./scripts/lib/content-security-policy.ts', __filename);
// What each page paints before our script arrives (issue 17 pt 5).
const { shellMarkup } = require('tsx/cjs/api').require('./scripts/lib/page-shell.ts', __filename);
// The first view's lazy chunks, fetched with the entry rather than one level at a time (issue 17 pt 1).
const { firstViewChunkFiles, preconnectTags, preloadTags } = require('tsx/cjs/api').require(
  './scripts/lib/first-view-preloads.ts',
  __filename,
);

// V8's compile hint at the top of the production scripts (scripts/lib/compile-hints.ts).
const { wantsCompileHint, withCompileHint } = require('tsx/cjs/api').require('./scripts/lib/compile-hints.ts', __filename);

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Microsoft's Office CDN, where TeamsJS fetches its list of valid host origins as it starts. */
const OFFICE_CDN = 'https://res.cdn.office.net';

/**
 * A webpack plugin that does `work(compilation, assets, RawSource)` at one stage of the compilation's asset processing
 * (`stage`: the name of a `Compilation.PROCESS_ASSETS_STAGE_*`).
 */
function assetsStep(name, stage, work) {
  return {
    apply(compiler) {
      const { Compilation, sources } = compiler.webpack;
      compiler.hooks.thisCompilation.tap(name, (compilation) => {
        compilation.hooks.processAssets.tap({ name, stage: Compilation[stage] }, (assets) => work(compilation, assets, sources.RawSource));
      });
    },
  };
}

/**
 * Static files the manifest points at: the ribbon and app icons (assets/*.png → assets/) and the privacy and
 * terms pages with their style sheet (assets/pages/*.html, *.css → the site root).
 */
const emitStaticFiles = () =>
  assetsStep('EmitStaticFiles', 'PROCESS_ASSETS_STAGE_ADDITIONAL', (compilation, _assets, RawSource) => {
    const emit = (dir, pattern, target) => {
      for (const name of fs.readdirSync(dir).filter((n) => pattern.test(n))) {
        const file = path.join(dir, name);
        compilation.fileDependencies.add(file);
        compilation.emitAsset(target(name), new RawSource(fs.readFileSync(file)));
      }
    };
    emit(path.resolve(__dirname, 'assets'), /\.png$/, (n) => `assets/${n}`);
    emit(path.resolve(__dirname, 'assets/pages'), /\.(html|css)$/, (n) => n);
  });

/**
 * Puts V8's compile hint at the top of each production script that wants it: after minification (which drops comments),
 * before the content hashes in the file names are computed.
 */
const compileHints = () =>
  assetsStep('CompileHints', 'PROCESS_ASSETS_STAGE_DEV_TOOLING', (compilation, assets, RawSource) => {
    for (const [file, source] of Object.entries(assets))
      if (wantsCompileHint(file)) compilation.updateAsset(file, new RawSource(withCompileHint(source.source().toString())));
  });

/**
 * The deployment's configuration, read from the SEKRETARIAT_* environment and validated here, at build time: a bad
 * value fails the build instead of every page at start, and the pages carry the checked result as a literal — no
 * validation library in their first load (startup/built-config.ts).
 */
const { loadConfig } = require('tsx/cjs/api').require('./src/config/app-config.ts', __filename);

/**
 * A tenant's build signs in with nested app authentication; the sandbox's build (no client id) with the sandbox's
 * token. Either is part of the first view.
 */
const TOKEN_PROVIDER = process.env.SEKRETARIAT_CLIENT_ID ? 'src/auth/naa-token-provider' : 'src/auth/sandbox-token-provider';
/** React, Fluent and the app (startup/render-app.tsx): loaded by every start once the home's data is asked for. */
const RENDER = 'src/startup/render-app';

/**
 * `firstView`: the lazy imports (source paths) of the view the page opens on, preloaded by the page. The task pane's
 * is a message open in read mode, the commonest (a compose or appointment pane fetches its own view's chunk on top).
 * `preconnect`: where the page's first requests go — `graph` (the home's data) and `officeCdn` (TeamsJS's start).
 */
const ENTRIES = [
  {
    name: 'browser',
    html: 'index.html',
    entry: './src/web/index.tsx',
    title: 'Sekretariat',
    shell: 'home',
    preconnect: ['graph'],
    firstView: process.env.SEKRETARIAT_CLIENT_ID
      ? ['src/auth/browser-msal-token-provider', RENDER]
      : ['src/startup/sandbox-sign-in', RENDER],
  },
  {
    name: 'teams',
    html: 'teams.html',
    entry: './src/teams/tab.tsx',
    title: 'Sekretariat',
    shell: 'home',
    preconnect: ['officeCdn', 'graph'],
    firstView: [TOKEN_PROVIDER, RENDER],
  },
  {
    name: 'teams-config',
    html: 'teams-config.html',
    entry: './src/teams/config.tsx',
    title: 'Sekretariat – konfiguration',
    shell: 'config',
    preconnect: ['officeCdn'],
  },
  {
    name: 'outlook-taskpane',
    html: 'outlook-taskpane.html',
    entry: './src/outlook/taskpane.tsx',
    title: 'Sekretariat',
    officeJs: true,
    shell: 'pane',
    preconnect: ['graph'],
    firstView: [
      TOKEN_PROVIDER,
      'src/outlook/pane-start',
      RENDER,
      'src/ui/outlook/OutlookPane',
      'src/ui/outlook/AddToAgenda',
      'src/ui/i18n/outlook-pane-da',
      'src/ui/i18n/outlook-intake-da',
    ],
  },
];

/**
 * The entry's own scripts at high priority: Chrome fetches deferred scripts at low priority and preloads at high, so
 * the first view's preloaded chunks would otherwise come before the code that signs in and asks for the data.
 */
function bootFirst(tags) {
  return tags
    .map((tag) => {
      if (tag.tagName === 'script') tag.attributes.fetchpriority = 'high';
      return tag.toString();
    })
    .join('');
}

function page({ name, title, officeJs, shell, firstView = [], preconnect = [] }, csp, graphOrigin) {
  const origins = preconnect.map((to) => (to === 'graph' ? graphOrigin : OFFICE_CDN));
  // office.js must come from Microsoft's CDN and load before our (deferred) bundle.
  const office = officeJs ? `<script src="${OFFICE_JS}"></script>` : '';
  return ({ htmlWebpackPlugin, compilation }) => `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
${preconnectTags(origins)}
<style>${PAGE_STYLE}</style>
${office}
${bootFirst(htmlWebpackPlugin.tags.headTags)}
${preloadTags(firstViewChunkFiles(compilation, name, firstView, __dirname))}
</head>
<body>
<div id="root">${shellMarkup(shell)}</div>
</body>
</html>`;
}

/**
 * Griffel's ahead-of-time transform for our styles (https://griffel.js.org/react/ahead-of-time-compilation/introduction):
 * it evaluates each makeStyles/makeResetStyles call at build time — imports from Fluent's barrel, which re-exports
 * Griffel's __styles/__resetStyles — and the TypeScript modules those calls read (tokens, shared style constants).
 */
const griffelAheadOfTime = {
  loader: '@griffel/webpack-loader',
  options: {
    modules: [{ moduleSource: '@fluentui/react-components', importName: 'makeStyles', resetImportName: 'makeResetStyles' }],
    babelOptions: { presets: ['@babel/preset-typescript'] },
  },
};

/**
 * The two small modules of Fluent's motion and link packages that MessageBar (every page's error bar) imports: its ref
 * forwarder and the link context its body provides. They stay with the code that loads first, out of the groups below
 * that gather those packages for lazy views.
 */
const MESSAGE_BAR_NEEDS =
  /[\\/]@fluentui[\\/](react-motion[\\/]lib[\\/]components[\\/]MotionRefForwarder|react-link[\\/]lib[\\/]contexts[\\/])/;

/**
 * Development chunk names (chunkIds 'named') of third-party code: webpack's vendors groups and ours below (Fluent's
 * shared async parts are "fluent-…", its shared form controls "f-…").
 */
const VENDOR_CHUNK = /^js\/(vendors-|react\.|teams-js\.|graph-client\.|msal\.|fluent-|f-)/;

/**
 * `npm start`'s source maps: cheap (lines, not columns), per module, inline, for chunks holding our code. The vendor
 * chunks (webpack's "vendors-…" groups and the named react, teams-js, graph-client and msal ones) are left unmapped:
 * their code is readable as it is, and mapping it tripled what a first load fetched.
 */
function ownCodeSourceMaps(wp) {
  return new wp.SourceMapDevToolPlugin({ test: /\.js$/, exclude: VENDOR_CHUNK, module: true, columns: false });
}

/**
 * `npm start`'s minimizer: only the vendor chunks, and only dropping what tree-shaking marked unused (Fluent's icon
 * files hold hundreds of icons each; webpack marks the unused ones, a minimizer removes them). No mangling, so names
 * in React's warnings and stack traces stay; our own chunks are left as written. In watch mode a vendor chunk that did
 * not change is not minimized again.
 */
function vendorDeadCodeRemoval() {
  // webpack's own minimizer plugin (a dependency of webpack, resolved from it).
  const MinimizerPlugin = require(require.resolve('minimizer-webpack-plugin', { paths: [path.dirname(require.resolve('webpack'))] }));
  return new MinimizerPlugin({
    include: VENDOR_CHUNK,
    minify: MinimizerPlugin.terserMinify,
    minimizerOptions: { compress: { passes: 1 }, mangle: false, format: { comments: false } },
  });
}

module.exports = (_env, argv = {}) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const prod = mode === 'production';
  // Baked in at build time like the app's config: the Graph origin it may connect to.
  const csp = contentSecurityPolicyMeta(process.env);
  const config = loadConfig(process.env);
  return {
    mode,
    context: __dirname,
    entry: Object.fromEntries(ENTRIES.map((e) => [e.name, e.entry])),
    output: {
      path: path.resolve(__dirname, 'dist/app'),
      filename: prod ? 'js/[name].[contenthash:8].js' : 'js/[name].js',
      chunkFilename: prod ? 'js/[name].[contenthash:8].js' : 'js/[name].js',
      publicPath: '',
      clean: true,
    },
    // No source maps ship to users. Development builds (`npm start`) map our own code only (SourceMapDevToolPlugin
    // below): inline (no .map files to serve), without eval, which the Content-Security-Policy forbids.
    devtool: false,
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      // Dynamic imports carry ".js" (TypeScript's nodenext rule); resolve them to the .ts/.tsx sources.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            // Last: our makeStyles/makeResetStyles become Griffel's precompiled __styles/__resetStyles, as Fluent's own
            // components ship (ahead-of-time): no style resolution while a view first renders, and Griffel's runtime
            // compiler (stylis, rtl-css-js) stays out of every bundle.
            griffelAheadOfTime,
            {
              loader: 'ts-loader',
              // ES modules out, so webpack can tree-shake Fluent and split on import().
              options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler', sourceMap: !prod } },
            },
          ],
        },
        {
          // The Graph client's ES modules only declare (classes, enums, functions; nothing runs on import), but its
          // package.json does not say so, so webpack kept every module its index re-exports: the upload tasks, the
          // chaos handler and the batch content we never use (our $batch is graph/batch.ts), in every first load.
          test: /[\\/]node_modules[\\/]@microsoft[\\/]microsoft-graph-client[\\/]lib[\\/]es[\\/]/,
          sideEffects: false,
        },
      ],
    },
    plugins: [
      ...(prod ? [compileHints()] : [ownCodeSourceMaps(webpack)]),
      emitStaticFiles(),
      new webpack.DefinePlugin({ SEKRETARIAT_BUILT_CONFIG: JSON.stringify(config) }),
      ...ENTRIES.map(
        (e) =>
          new HtmlWebpackPlugin({
            filename: e.html,
            chunks: [e.name],
            inject: false,
            scriptLoading: 'defer',
            minify: false,
            templateContent: page(e, csp, new URL(config.graphBaseUrl).origin),
          }),
      ),
    ],
    optimization: {
      // Development builds are tree-shaken too: without it every Fluent component and all of Fluent's icons come
      // along (40 MB of script before the home shows). Not minified, so our code stays readable.
      ...(prod ? {} : { sideEffects: true, usedExports: true, innerGraph: true, minimize: true, minimizer: [vendorDeadCodeRemoval()] }),
      runtimeChunk: 'single',
      splitChunks: {
        chunks: 'all',
        maxInitialRequests: 10,
        // The first view is lazy behind the entry (startup/render-app.tsx), so a lazy load may take as many chunks as a first
        // load did; at webpack's default of 30 a shared module (date formatting) was copied into 14 chunks instead.
        maxAsyncRequests: 50,
        cacheGroups: {
          // Code shared by lazy chunks goes into a shared chunk from 4 KB up (webpack's 20 KB default copied a shared
          // module into every lazy chunk that used it: date formatting into 15 of them), so a view loads it once.
          asyncShared: { chunks: 'async', minChunks: 2, minSize: 4000, priority: -30, reuseExistingChunk: true },
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', priority: 30 },
          msal: { test: /[\\/]node_modules[\\/]@azure[\\/]/, name: 'msal', priority: 20, chunks: 'async' },
          teams: { test: /[\\/]node_modules[\\/]@microsoft[\\/]teams-js[\\/]/, name: 'teams-js', priority: 20 },
          graph: { test: /[\\/]node_modules[\\/]@microsoft[\\/]microsoft-graph-client[\\/]/, name: 'graph-client', priority: 20 },
          // The Word documents' shared parts, used by the agenda's, the minutes' and a consultation's lazy stores: once, not in each.
          docxParts: { test: /[\\/]src[\\/]store[\\/]docx-parts\.ts$/, name: 'docx-parts', priority: 20, chunks: 'async', enforce: true },
          // The invitation's answers and the substitutes' records: read by the attendance section, the agenda and the minutes' draft.
          attendanceStore: {
            test: /[\\/]src[\\/]store[\\/](attendance-store|substitute-records)\.ts$/,
            name: 'attendance-store',
            priority: 20,
            chunks: 'async',
            enforce: true,
          },
          // Fluent's portal (toasts, tooltips, dialogs, menus) and its positioning (tooltips, menus, comboboxes) left the
          // first load with the header's tooltips and avatar (ui/components/late-fluent.ts); without these groups webpack
          // copied them into several lazy chunks (all JS +6 KiB gzip). The portal alone is what the toaster needs.
          fluentPortal: {
            test: /[\\/]node_modules[\\/]@fluentui[\\/]react-portal[\\/]/,
            name: 'fluent-portal',
            priority: 20,
            chunks: 'async',
            enforce: true,
          },
          fluentPositioning: {
            test: /[\\/]node_modules[\\/](@fluentui[\\/]react-positioning|@floating-ui)[\\/]/,
            name: 'fluent-positioning',
            priority: 20,
            chunks: 'async',
            enforce: true,
          },
          // Likewise Fluent's badge, progress bar and motion code, which the first load no longer carries either.
          fluentBadge: {
            // Not the PresenceBadge (the header's late avatar's, which carries it there): the homes' Badge alone.
            test: (module) =>
              /[\\/]node_modules[\\/]@fluentui[\\/]react-badge[\\/]/.test(module.resource ?? '') &&
              !/[\\/]PresenceBadge[\\/]/.test(module.resource ?? ''),
            name: 'fluent-badge',
            priority: 20,
            chunks: 'async',
            enforce: true,
          },
          // MessageBar's ref forwarder is left out: every page's error bar needs it, and in this group it brought the
          // whole of Fluent's motion code into every first load.
          fluentMotion: {
            test: (module) =>
              /[\\/]@fluentui[\\/]react-motion(-components-preview)?[\\/]/.test(module.resource ?? '') &&
              !MESSAGE_BAR_NEEDS.test(module.resource ?? ''),
            name: 'fluent-motion',
            priority: 20,
            chunks: 'async',
            enforce: true,
          },
          fluentProgress: {
            test: /[\\/]node_modules[\\/]@fluentui[\\/]react-progress[\\/]/,
            name: 'fluent-progress',
            priority: 20,
            chunks: 'async',
            enforce: true,
          },
          // The Fluent form controls that several lazy views and dialogs share: one chunk per package, not a copy in each
          // chunk that uses it (select, link, field, checkbox, input and textarea were copied 2–5 times). Short names:
          // every chunk's name is in the runtime every entry loads.
          fluentForms: {
            test: (module) =>
              /[\\/]node_modules[\\/]@fluentui[\\/]react-(select|link|field|checkbox|input|textarea)[\\/]/.test(module.resource ?? '') &&
              !MESSAGE_BAR_NEEDS.test(module.resource ?? ''),
            name: (module) => `f-${/[\\/]react-([a-z]+)[\\/]/.exec(module.resource ?? '')?.[1] ?? 'form'}`,
            chunks: 'async',
            minChunks: 2,
            minSize: 0,
            priority: 10,
            reuseExistingChunk: true,
          },
          // Section, the titled region every view's sections are drawn in: once, not a copy in each view's chunk.
          section: {
            test: /[\\/]src[\\/]ui[\\/]components[\\/]Section\.tsx$/,
            name: 'section',
            priority: 20,
            chunks: 'async',
            enforce: true,
          },
          // The shell's strings and their i18next set-up: the app's, the sign-in page's and a meeting panel's start, once.
          i18n: {
            test: /[\\/]src[\\/]ui[\\/]i18n[\\/](create-i18n|da|en)\.ts$/,
            name: 'i18n',
            priority: 20,
            chunks: 'async',
            enforce: true,
          },
          // html`…` (every mail body's builder, lazy in five views' chunks): once, not in each.
          html: { test: /[\\/]src[\\/]domain[\\/]html\.ts$/, name: 'html', priority: 20, chunks: 'async', enforce: true },
        },
      },
    },
    // webpack's experimental HTML pipeline would re-minify html-webpack-plugin's pages (unquoting attributes).
    experiments: { html: false },
    performance: { hints: false },
  };
};
