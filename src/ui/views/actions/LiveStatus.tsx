import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/**
 * A section's polite live region: a spinner while loading, an error bar, and the latest message — announced once
 * each. (No role="status": the home's own status line stays the page's one status.)
 */
export function LiveStatus({ busy, error, children }: { busy?: string | boolean; error?: string; children?: ReactNode }) {
  return (
    <div aria-live="polite">
      {busy ? <Spinner size="tiny" {...(typeof busy === 'string' ? { label: busy } : {})} /> : null}
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {children}
    </div>
  );
}
