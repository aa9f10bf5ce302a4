import { Body1, Button, Checkbox, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRef } from '../../../domain/attendance';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBlock: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface ApologiesRequest {
  readonly comment?: string;
  readonly substitute?: PersonRef;
}

interface Props {
  readonly meetingTitle: string;
  /** The member's standing substitute, offered as a checkbox. */
  readonly standingSubstitute?: PersonRef;
  readonly busy: boolean;
  readonly onSubmit: (request: ApologiesRequest) => void;
}

/** "Meld afbud": a button that opens a short form — an optional message and, if they have one, the member's substitute. */
export function SendApologies({ meetingTitle, standingSubstitute, busy, onSubmit }: Props) {
  const styles = useStyles();
  const { t } = useTranslation('attendance');
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const [sendSubstitute, setSendSubstitute] = useState(standingSubstitute !== undefined);
  const opener = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  // Cancelling returns focus to the button that opened the form.
  useEffect(() => {
    if (!open && cancelled.current) {
      cancelled.current = false;
      opener.current?.focus();
    }
  }, [open]);
  const close = () => {
    cancelled.current = true;
    setOpen(false);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = comment.trim().slice(0, 500);
    onSubmit({
      ...(trimmed ? { comment: trimmed } : {}),
      ...(sendSubstitute && standingSubstitute ? { substitute: standingSubstitute } : {}),
    });
  };
  if (!open) {
    return (
      <div>
        <Button ref={opener} onClick={() => setOpen(true)} aria-expanded={false}>
          {t('sendApologies')}
        </Button>
      </div>
    );
  }
  return (
    <form className={styles.form} onSubmit={submit} aria-label={t('sendApologies')}>
      <Body1>{t('apologiesIntro', { title: meetingTitle })}</Body1>
      <Field label={t('comment')}>
        <Textarea value={comment} onChange={(_e, d) => setComment(d.value)} maxLength={500} autoFocus disabled={busy} />
      </Field>
      {standingSubstitute ? (
        <Checkbox
          checked={sendSubstitute}
          onChange={(_e, d) => setSendSubstitute(d.checked === true)}
          label={t('sendMySubstitute', { name: standingSubstitute.name })}
          disabled={busy}
        />
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {busy ? t('working') : t('confirmApologies')}
        </Button>
        <Button type="button" onClick={close} disabled={busy}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
