/* eslint-disable @typescript-eslint/no-require-imports -- webpack loads this file as CommonJS */
// The template's task pane, built as its own production build does (see SOURCE.md), into dist/bench-template.
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

/** The header's logo (the template copies assets/* with copy-webpack-plugin, not installed here). */
class EmitLogo {
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('EmitLogo', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'EmitLogo', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset('assets/logo-filled.png', new RawSource(fs.readFileSync(path.join(__dirname, 'assets/logo-filled.png'))));
      });
    });
  }
}

module.exports = (outputPath = path.resolve(__dirname, '../../dist/bench-template')) => ({
  mode: 'production',
  context: __dirname,
  devtool: false,
  entry: {
    react: ['react', 'react-dom'],
    taskpane: { import: ['./src/taskpane/index.tsx'], dependOn: 'react' },
  },
  output: { path: outputPath, clean: true },
  resolve: { extensions: ['.ts', '.tsx', '.html', '.js'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: path.join(__dirname, 'tsconfig.json'), compilerOptions: { rootDir: __dirname } } },
      },
    ],
  },
  plugins: [
    new EmitLogo(),
    new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane', 'react'] }),
  ],
  performance: { hints: false },
});
