import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/**
 * A dialog's live status line: a spinner while something runs (with its label when given), an error bar, and any
 * other messages the dialog has — all in one polite live region, so screen readers hear each change once.
 */
export function DialogStatus({ busy, error, children }: { busy?: string | boolean; error?: string; children?: ReactNode }) {
  return (
    <div role="status" aria-live="polite">
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
