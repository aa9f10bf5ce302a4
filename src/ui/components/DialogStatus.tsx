import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** How a step went, as a bar in the status line. */
export interface StatusMessage {
  readonly text: string;
  readonly intent: 'success' | 'warning' | 'info';
}

/**
 * A dialog's live status line: a spinner while something runs (with its label when given), an error bar, how the
 * last step went, and any other messages the dialog has — all in one polite live region, so screen readers hear
 * each change once.
 */
export interface DialogStatusProps {
  readonly busy?: string | boolean;
  readonly error?: string;
  readonly message?: StatusMessage;
  readonly children?: ReactNode;
  /** false: only a live region, no role="status" (a section of a page that has its own status line). */
  readonly landmark?: boolean;
}

export function DialogStatus({ busy, error, message, children, landmark = true }: DialogStatusProps) {
  return (
    <div {...(landmark ? { role: 'status' } : {})} aria-live="polite">
      {busy ? <Spinner size="tiny" {...(typeof busy === 'string' ? { label: busy } : {})} /> : null}
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {message ? (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {children}
    </div>
  );
}
