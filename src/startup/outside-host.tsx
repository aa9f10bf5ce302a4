import { createRoot } from 'react-dom/client';
import type { AppConfig } from '../config/app-config';
import { browserLocale } from '../host/locale';
import { OutsideHostPage } from '../ui/shell/OutsideHostPage';
import { mountPoint } from './mount-point';
import { runSandboxSession } from './sandbox-sign-in';

/**
 * A host entry (Teams tab, Outlook task pane) that found no host: in the sandbox, fall back to the sandbox
 * sign-in; against a real tenant, say where to open the app. Logs why either way (no personal data).
 */
export function fallBackOutsideHost(config: AppConfig, hostName: string, reason: string): void {
  if (config.sandbox) {
    console.info(`[sekretariat] ${hostName} not available (${reason}); sandbox mode, so falling back to the sandbox sign-in.`);
    runSandboxSession(config, hostName);
    return;
  }
  console.warn(`[sekretariat] ${hostName} not available (${reason}); showing how to open the app.`);
  createRoot(mountPoint()).render(<OutsideHostPage locale={browserLocale()} host={hostName} webUrl={`${config.appBaseUrl}/index.html`} />);
}
