import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { laterMeetings } from '../../../domain/planning-triage';
import { validReason } from '../../../domain/submission-decision-mail';
import type { Meeting } from '../../../domain/types';
import type { PlanningSubmission } from '../../../store/planning/planning-types';
import { useLocale } from '../../components/use-locale';
import { formatLongDate } from '../../format/dates';

const useStyles = makeStyles({ content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

const NONE = '';

/** Defer to a later meeting (or to no meeting: the backlog), with an optional reason for the submitter. */
export function DeferDialog({
  submission,
  meeting,
  meetings,
  onCancel,
  onConfirm,
}: {
  readonly submission: PlanningSubmission;
  readonly meeting: Meeting;
  readonly meetings: readonly Meeting[];
  readonly onCancel: () => void;
  readonly onConfirm: (to: Meeting | undefined, reason: string) => Promise<void>;
}) {
  const { t } = useTranslation('planning');
  const styles = useStyles();
  const locale = useLocale();
  const later = laterMeetings(meetings, meeting);
  const [to, setTo] = useState(later[0]?.id ?? NONE);
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  return (
    <Dialog open modalType="modal" onOpenChange={(_e, d) => !d.open && onCancel()}>
      <DialogSurface>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setSaving(true);
            void onConfirm(
              later.find((m) => m.id === to),
              reason,
            ).finally(() => setSaving(false));
          }}
        >
          <DialogBody>
            <DialogTitle>{t('deferTitle', { title: submission.title })}</DialogTitle>
            <DialogContent className={styles.content}>
              <Field label={t('deferTo')}>
                <Select value={to} onChange={(_e, d) => setTo(d.value)}>
                  {later.map((m) => (
                    <option key={m.id} value={m.id}>{`${m.title} – ${formatLongDate(m.start, locale)}`}</option>
                  ))}
                  <option value={NONE}>{t('deferNone')}</option>
                </Select>
              </Field>
              <Field label={t('reasonOptional')}>
                <Textarea value={reason} onChange={(_e, d) => setReason(d.value)} resize="vertical" />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onCancel}>
                {t('cancel')}
              </Button>
              <Button appearance="primary" type="submit" disabled={saving}>
                {t('confirmDefer')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

/** Decline with a reason (required: it is mailed to the submitter). */
export function DeclineDialog({
  submission,
  onCancel,
  onConfirm,
}: {
  readonly submission: PlanningSubmission;
  readonly onCancel: () => void;
  readonly onConfirm: (reason: string) => Promise<void>;
}) {
  const { t } = useTranslation('planning');
  const styles = useStyles();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const valid = validReason(reason) !== undefined;
  return (
    <Dialog open modalType="modal" onOpenChange={(_e, d) => !d.open && onCancel()}>
      <DialogSurface>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setTried(true);
            if (!valid) return;
            setSaving(true);
            void onConfirm(reason).finally(() => setSaving(false));
          }}
        >
          <DialogBody>
            <DialogTitle>{t('declineTitle', { title: submission.title })}</DialogTitle>
            <DialogContent className={styles.content}>
              <Field label={t('reasonRequired')} required validationMessage={tried && !valid ? t('reasonMissing') : undefined}>
                <Textarea value={reason} onChange={(_e, d) => setReason(d.value)} resize="vertical" />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onCancel}>
                {t('cancel')}
              </Button>
              <Button appearance="primary" type="submit" disabled={saving}>
                {t('confirmDecline')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
