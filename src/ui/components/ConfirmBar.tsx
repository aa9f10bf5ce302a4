import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type RefObject } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ConfirmBarProps {
  /** What will happen, in a sentence. */
  readonly message: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly intent?: 'info' | 'warning';
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** The button that opened the bar: focus returns to it on cancel. */
  readonly returnFocusTo?: RefObject<HTMLButtonElement | null>;
}

/**
 * An inline confirmation for a step that cannot be undone (sending, circulating): the consequence, "confirm" (focused
 * when the bar appears) and "cancel" (which hands focus back to the button that asked). Not a modal: it lives in the
 * dialog or view where the step was started.
 */
export function ConfirmBar({
  message,
  confirmLabel,
  cancelLabel,
  intent = 'warning',
  onConfirm,
  onCancel,
  returnFocusTo,
}: ConfirmBarProps) {
  const styles = useStyles();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <MessageBar intent={intent}>
      <MessageBarBody>
        <div className={styles.root}>
          <span>{message}</span>
          <div className={styles.buttons}>
            <Button ref={confirm} appearance="primary" onClick={onConfirm}>
              {confirmLabel}
            </Button>
            <Button
              onClick={() => {
                onCancel();
                returnFocusTo?.current?.focus();
              }}
            >
              {cancelLabel}
            </Button>
          </div>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
