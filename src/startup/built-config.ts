import type { AppConfig } from '../config/app-config';

/** The configuration webpack.config.js validated at build time (loadConfig), inlined by its DefinePlugin. */
declare const SEKRETARIAT_BUILT_CONFIG: AppConfig;

/**
 * The build's configuration: checked when the app was built, so a page starts without validating it again (and without
 * the validation library in its first load).
 */
export function appConfig(): AppConfig {
  return SEKRETARIAT_BUILT_CONFIG;
}
