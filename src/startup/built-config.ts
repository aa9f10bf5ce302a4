import { loadConfig, type AppConfig } from '../config/app-config';

/**
 * The build's configuration. webpack's DefinePlugin replaces each `process.env.SEKRETARIAT_*` below with a
 * literal, so no `process` object reaches the browser.
 */
export function appConfig(): AppConfig {
  return loadConfig({
    SEKRETARIAT_CLIENT_ID: process.env.SEKRETARIAT_CLIENT_ID,
    SEKRETARIAT_TENANT_ID: process.env.SEKRETARIAT_TENANT_ID,
    SEKRETARIAT_GRAPH_BASE_URL: process.env.SEKRETARIAT_GRAPH_BASE_URL,
    SEKRETARIAT_APP_BASE_URL: process.env.SEKRETARIAT_APP_BASE_URL,
    SEKRETARIAT_FORUMS: process.env.SEKRETARIAT_FORUMS,
    SEKRETARIAT_AUTOMATION_APP_ID: process.env.SEKRETARIAT_AUTOMATION_APP_ID,
  });
}
