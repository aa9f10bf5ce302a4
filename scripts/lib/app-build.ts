import { resolve } from 'node:path';
import webpack, { type Configuration } from 'webpack';

export type BuildMode = 'development' | 'production';

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Configuration | Configuration[];

/**
 * The app's webpack config (webpack.config.js) for a mode, as `npm start` builds it, optionally into another
 * directory (the bench builds `npm start`'s app beside the production one). It reads the SEKRETARIAT_* environment
 * when called.
 */
export function appWebpackConfigs(root: string, mode: BuildMode, outputPath?: string): Configuration[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = require(resolve(root, 'webpack.config.js')) as Configuration | Configuration[] | ConfigFactory;
  const config = typeof exported === 'function' ? exported({}, { mode }) : exported;
  return (Array.isArray(config) ? config : [config]).map((c) => ({
    ...c,
    mode,
    ...(outputPath ? { output: { ...c.output, path: outputPath } } : {}),
  }));
}

/** One build; rejects with webpack's errors. */
export function compileOnce(configs: Configuration | Configuration[]): Promise<void> {
  const compiler = webpack(Array.isArray(configs) ? configs : [configs]);
  return new Promise((done, fail) => {
    compiler.run((err, stats) =>
      compiler.close(() => {
        if (err || stats?.hasErrors())
          fail(new Error(err?.message ?? stats?.toString({ all: false, errors: true, colors: false }) ?? 'unknown error'));
        else done();
      }),
    );
  });
}
