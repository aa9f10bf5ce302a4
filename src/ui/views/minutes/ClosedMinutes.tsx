import { Button, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Textarea, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REOPEN_REASON_MAX, reopenReason, type MinutesClosure } from '../../../domain/minutes/circulated-trail';
import type { Forum, Meeting } from '../../../domain/types';
import { DialogStatus } from '../../components/DialogStatus';
import { useAction } from '../../components/use-action';
import { useLocale } from '../../components/use-locale';
import { formatClock, formatLongDate } from '../../format/dates';
import { useServices } from '../../services';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ClosedMinutesProps {
  readonly forum: Forum;
  readonly meeting: Pick<Meeting, 'id'>;
  readonly closure: MinutesClosure;
  /** Only the secretariat may reopen (the meeting item is theirs alone to write). */
  readonly canReopen: boolean;
  readonly by: string;
  /** After "Genåbn": what to say, and the version the next freeze will make. */
  readonly onReopened: (text: string) => void;
}

/**
 * Circulated minutes in the editor: "Referatet er udsendt … og kan ikke ændres", and for the secretariat "Genåbn
 * referat", which asks why (required) before the reason, the name and the time are recorded and a new version may be
 * made. The circulated version itself is never changed.
 */
export function ClosedMinutes({ forum, meeting, closure, canReopen, by, onReopened }: ClosedMinutesProps) {
  const styles = useStyles();
  const { t } = useTranslation('minutesStatus');
  const locale = useLocale();
  const { stores } = useServices();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const reopenButton = useRef<HTMLButtonElement>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const opened = useRef(false);
  // Opening moves focus to the reason; cancelling hands it back to "Genåbn referat".
  useEffect(() => {
    if (asking) reasonField.current?.focus();
    else if (opened.current) reopenButton.current?.focus();
    opened.current = asking;
  }, [asking]);

  const at = closure.circulatedAt;
  const api = stores.minutesVersions;
  const reopen = useAction((why: string) => api.reopen(forum, meeting, why, by), {
    failure: () => t('failed'),
    onSuccess: (result) =>
      onReopened(result.outcome === 'reopened' ? t('reopened', { version: (closure.circulated?.version ?? 0) + 1 }) : t('reopenedAlready')),
  });
  const { busy, error } = reopen;
  const submit = () => {
    if (reopenReason(reason) === undefined) {
      setInvalid(true);
      reasonField.current?.focus();
      return;
    }
    setInvalid(false);
    void reopen.run(reason);
  };

  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <div className={styles.form}>
          <span>{at ? t('closed', { date: formatLongDate(at, locale), time: formatClock(at, locale) }) : t('closedSend')}</span>
          {asking ? (
            <form
              className={styles.form}
              aria-label={t('reopen')}
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                submit();
              }}
            >
              <Field
                label={t('reopenReason')}
                hint={t('reopenHint')}
                required
                validationState={invalid ? 'error' : 'none'}
                validationMessage={invalid ? t('reopenReasonRequired') : undefined}
              >
                <Textarea
                  ref={reasonField}
                  value={reason}
                  maxLength={REOPEN_REASON_MAX}
                  resize="vertical"
                  onChange={(_e, d) => setReason(d.value)}
                />
              </Field>
              <div className={styles.buttons}>
                <Button type="submit" appearance="primary" disabled={busy}>
                  {t('reopenConfirm')}
                </Button>
                <Button
                  type="button"
                  disabled={busy}
                  onClick={() => {
                    setAsking(false);
                    setInvalid(false);
                  }}
                >
                  {t('cancel')}
                </Button>
              </div>
              <DialogStatus {...(busy ? { busy: t('reopening') } : {})} {...(error ? { error } : {})} />
            </form>
          ) : null}
        </div>
      </MessageBarBody>
      {canReopen && !asking ? (
        <MessageBarActions>
          <Button ref={reopenButton} onClick={() => setAsking(true)}>
            {t('reopen')}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
