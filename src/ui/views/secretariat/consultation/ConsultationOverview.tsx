import {
  Badge,
  Body1Strong,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { outcomeText } from '../../../../domain/consultation/outcome';
import { LazyCreateActionButton } from '../../actions/lazy';
import { reminderAllowed } from '../../../../domain/consultation/reminder';
import { missingSignOffs, readyToSend, chairAddresses } from '../../../../domain/consultation/sign-off';
import { canClose, hasObjections, type RecipientTally } from '../../../../domain/consultation/tally';
import type { Answer, Consultation, ConsultationReply } from '../../../../domain/consultation/consultation-types';
import type { ConsultationVerdict } from '../../../../domain/mail/mail-types';
import type { SignedInUser } from '../../../../domain/types';
import type { ForumHome } from '../../../../store/home-data';
import { DialogStatus } from '../../../components/DialogStatus';
import { useAction } from '../../../components/use-action';
import { useAsync } from '../../../components/use-async';
import { useLocale } from '../../../components/use-locale';
import { errorKey } from '../../../errors/describe-error';
import { formatClock, formatLongDate } from '../../../format/dates';
import { useServices } from '../../../services';
import { ExtraordinaryDialog } from '../year/ExtraordinaryDialog';
import { sendOutcomeText } from './send-outcome';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  dd: { margin: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  who: { flexGrow: 1, minWidth: '10rem', display: 'flex', flexDirection: 'column' },
  comments: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(15rem, 1fr))', gap: tokens.spacingHorizontalM },
  comment: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const VERDICTS: readonly ConsultationVerdict[] = ['approve', 'noComments', 'comments', 'objection'];
const COLOR: Readonly<Record<Answer, 'success' | 'informative' | 'warning' | 'danger' | 'subtle'>> = {
  approve: 'success',
  noComments: 'success',
  comments: 'warning',
  objection: 'danger',
  unclassified: 'informative',
  none: 'subtle',
};

/** The overview of one consultation: who answered what, comments side by side, reminders, closing, an extraordinary meeting instead. */
export function ConsultationOverview({
  home,
  me,
  now,
  consultation,
  onClose,
  onChanged,
}: {
  home: ForumHome;
  me: SignedInUser;
  now: Date;
  consultation: Consultation;
  onClose: () => void;
  onChanged: () => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation('consultation');
  const locale = useLocale();
  const { stores, host } = useServices();
  const api = stores.consultations;
  const forum = home.forum;
  const load = useCallback(async () => {
    if (!api) throw new Error('no consultation store');
    return api.overview(forum, consultation);
  }, [api, forum, consultation]);
  const [state, reload] = useAsync(load);
  const [closing, setClosing] = useState<string>();
  const [extraordinary, setExtraordinary] = useState(false);

  const when = (iso: string) => `${formatLongDate(iso, locale)} ${formatClock(iso, locale)}`;

  // Every step of the overview says what it is doing (`label`) and how it went in the one status line.
  const step = useAction((_label: string, work: () => Promise<string | undefined>) => work(), {
    success: (told) => told,
    onSuccess: () => {
      reload();
      onChanged();
    },
  });
  const run = step.run;
  const { error, status: message } = step;
  const busy = step.pending[0]?.[0];

  if (state.status !== 'ready') {
    return (
      <Dialog open onOpenChange={(_e, d) => !d.open && onClose()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('overview.title', { reference: consultation.reference, title: consultation.title })}</DialogTitle>
            <DialogContent>
              <DialogStatus {...(state.status === 'loading' ? { busy: t('loading') } : { error: t(`error.${errorKey(state.error)}`) })} />
            </DialogContent>
            <DialogActions>
              <Button onClick={onClose}>{t('command.close')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    );
  }

  const { consultation: c, tally } = state.value;
  const isChair = chairAddresses(forum.members).includes(me.email.toLowerCase());
  const missing = missingSignOffs(c, forum.members);
  // Actions from the outcome belong to the meeting whose minutes carry it (else the next one).
  const outcomeMeeting =
    c.outcomeMeetingId ?? home.meetings.find((m) => m.kind !== 'planning' && m.status !== 'cancelled' && m.start > now.toISOString())?.id;
  const answerText = (a: Answer) => t(`answer.${a}`);

  const correct = (reply: ConsultationReply, name: string, verdict: ConsultationVerdict) =>
    void run(t('overview.correcting'), async () => {
      await api?.correct(forum, reply, verdict);
      return t('overview.correctedDone', { name, answer: answerText(verdict) });
    });

  const remind = () =>
    void run(t('overview.reminding'), async () => {
      const result = await api?.remind(forum, c);
      if (!result) return undefined;
      return result.sentNow > 0
        ? t('overview.reminded', { count: result.sentNow })
        : result.outcome === 'claimed-elsewhere'
          ? t('form.elsewhere')
          : t('overview.remindedBefore');
    });

  const close = (text: string) =>
    void run(t('overview.closing'), async () => {
      const result = await api?.close(forum, c, text);
      setClosing(undefined);
      if (!result) return undefined;
      if (result.outcome === 'before-deadline') return t('overview.beforeDeadline');
      if (result.outcome === 'claimed-elsewhere') return t('form.elsewhere');
      return result.meetingId ? t('overview.closed', { count: c.recipients.length }) : t('overview.closedNoMeeting');
    });

  const signOff = () =>
    void run(t('form.starting'), async () => {
      await api?.signOff(forum, c, me);
      return undefined;
    });

  const send = () =>
    void run(t('form.starting'), async () => {
      const result = await api?.send(forum, c);
      if (!result) return undefined;
      return sendOutcomeText(t, result);
    });

  const remarks = tally.rows.filter((r) => (r.answer === 'comments' || r.answer === 'objection') && r.reply);

  const row = (r: RecipientTally) => {
    const notes = [
      r.late ? t('overview.late') : '',
      r.bySubstitute ? t('overview.bySubstitute') : '',
      r.reply?.corrected ? t('overview.corrected') : '',
    ].filter((x) => x !== '');
    const reply = r.reply;
    return (
      <li key={r.recipient.email} className={styles.row}>
        <span className={styles.who}>
          <Body1Strong>{r.recipient.name}</Body1Strong>
          <Caption1>
            {[r.recipient.organisation, reply ? `${t('overview.received')} ${when(reply.receivedAt)}` : '', ...notes]
              .filter(Boolean)
              .join(' · ')}
          </Caption1>
        </span>
        <Badge appearance="tint" color={COLOR[r.answer]}>
          {answerText(r.answer)}
        </Badge>
        {reply && c.status !== 'closed' ? (
          <Dropdown
            aria-label={t('overview.correct', { name: r.recipient.name })}
            size="small"
            value={reply.verdict ? answerText(reply.verdict) : answerText('unclassified')}
            selectedOptions={reply.verdict ? [reply.verdict] : []}
            disabled={busy !== undefined}
            onOptionSelect={(_e, d) =>
              d.optionValue && d.optionValue !== reply.verdict && correct(reply, r.recipient.name, d.optionValue as ConsultationVerdict)
            }
          >
            {VERDICTS.map((v) => (
              <Option key={v} value={v}>
                {answerText(v)}
              </Option>
            ))}
          </Dropdown>
        ) : null}
      </li>
    );
  };

  return (
    <>
      <Dialog open={!extraordinary} onOpenChange={(_e, d) => !d.open && !busy && onClose()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('overview.title', { reference: c.reference, title: c.title })}</DialogTitle>
            <DialogContent className={styles.content}>
              <dl className={styles.facts} aria-label={t('overview.facts')}>
                <dt>{t('overview.question')}</dt>
                <dd className={styles.dd}>{c.question}</dd>
                <dt>{t('overview.deadline')}</dt>
                <dd className={styles.dd}>
                  {c.deadline ? when(c.deadline) : '–'} <Badge appearance="outline">{t(`status.${c.status}`)}</Badge>
                </dd>
                <dt>{t('overview.reminder')}</dt>
                <dd className={styles.dd}>
                  {c.reminderSentAt
                    ? t('overview.reminderSent', { date: when(c.reminderSentAt), count: c.remindedTo?.length ?? 0 })
                    : c.reminderAt
                      ? t('overview.reminderAt', { date: when(c.reminderAt) })
                      : t('overview.reminderNone')}
                </dd>
              </dl>
              {c.signOffRequired && c.status !== 'open' && c.status !== 'closed' ? (
                <Text>
                  {t('overview.signOffs', {
                    count: chairAddresses(forum.members).length - missing.length,
                    total: chairAddresses(forum.members).length,
                  })}
                </Text>
              ) : null}
              <Text role="status">
                {t('overview.tally', {
                  answered: tally.answered,
                  total: c.recipients.length,
                  approve: tally.counts.approve,
                  noComments: tally.counts.noComments,
                  comments: tally.counts.comments,
                  objection: tally.counts.objection,
                })}
              </Text>
              <section aria-label={t('overview.recipients')}>
                <Body1Strong as="h3">{t('overview.recipients')}</Body1Strong>
                <ul className={styles.list}>{tally.rows.map(row)}</ul>
              </section>
              <section aria-label={t('overview.comments')}>
                <Body1Strong as="h3">{t('overview.comments')}</Body1Strong>
                {remarks.length === 0 ? (
                  <Text>{t('overview.noComments')}</Text>
                ) : (
                  <div className={styles.comments}>
                    {remarks.map((r) => (
                      <figure key={r.recipient.email} className={styles.comment} style={{ margin: 0 }}>
                        <figcaption>
                          <Body1Strong>
                            {r.recipient.name} – {answerText(r.answer)}
                          </Body1Strong>
                        </figcaption>
                        <Text>{r.reply?.comment}</Text>
                      </figure>
                    ))}
                  </div>
                )}
              </section>
              {tally.flagged.length > 0 ? (
                <section aria-label={t('overview.flagged')}>
                  <Body1Strong as="h3">{t('overview.flagged')}</Body1Strong>
                  <ul className={styles.list}>
                    {tally.flagged.map((f) => (
                      <li key={f.id} className={styles.row}>
                        <span className={styles.who}>
                          <Body1Strong>{f.senderName || f.senderAddress}</Body1Strong>
                          <Caption1>
                            {f.senderAddress} · {when(f.receivedAt)}
                          </Caption1>
                        </span>
                        <Badge appearance="tint" color="warning">
                          {answerText(f.verdict ?? 'unclassified')}
                        </Badge>
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}
              {c.status === 'closed' && c.outcome ? (
                <section aria-label={t('overview.outcome')}>
                  <Body1Strong as="h3">{t('overview.outcome')}</Body1Strong>
                  <Text className={styles.comment} block>
                    {c.outcome}
                  </Text>
                  {outcomeMeeting ? (
                    <LazyCreateActionButton
                      forum={home.forum}
                      meetingId={outcomeMeeting}
                      consultationRef={c.reference}
                      suggestedTitle={c.outcome}
                      meetings={home.meetings}
                    />
                  ) : null}
                </section>
              ) : null}
              {closing !== undefined ? (
                <Field label={t('overview.closeTitle')} hint={t('overview.closeHint')}>
                  <Textarea value={closing} onChange={(_e, d) => setClosing(d.value)} rows={8} resize="vertical" />
                </Field>
              ) : null}
              <DialogStatus {...(busy ? { busy } : {})} {...(error ? { error } : {})}>
                {message ? <Text>{message}</Text> : null}
              </DialogStatus>
            </DialogContent>
            <DialogActions className={styles.actions}>
              {c.status === 'awaiting-sign-off' && isChair && missing.includes(me.email.toLowerCase()) ? (
                <Button disabled={busy !== undefined} onClick={signOff}>
                  {t('overview.signOff')}
                </Button>
              ) : null}
              {(c.status === 'draft' || c.status === 'awaiting-sign-off') && readyToSend(c, forum.members) ? (
                <Button appearance="primary" disabled={busy !== undefined} onClick={send}>
                  {t('overview.send')}
                </Button>
              ) : null}
              {reminderAllowed(c, now) ? (
                <Button disabled={busy !== undefined} onClick={remind}>
                  {t('overview.remind')}
                </Button>
              ) : null}
              {canClose(c, tally, now) && closing === undefined ? (
                <Button disabled={busy !== undefined} onClick={() => setClosing(outcomeText(c, tally))}>
                  {t('overview.close')}
                </Button>
              ) : null}
              {closing !== undefined ? (
                <Button appearance="primary" disabled={busy !== undefined || closing.trim() === ''} onClick={() => close(closing)}>
                  {t('overview.closeConfirm')}
                </Button>
              ) : null}
              {hasObjections(tally) && c.status !== 'draft' ? (
                <Button disabled={busy !== undefined} onClick={() => setExtraordinary(true)}>
                  {t('overview.extraordinary')}
                </Button>
              ) : null}
              <Button disabled={busy !== undefined} onClick={onClose}>
                {t('command.close')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {extraordinary ? (
        <ExtraordinaryDialog
          home={home}
          me={me}
          now={now}
          initialPurpose={c.title}
          onBooked={async (meetingId) => {
            await api?.addToMeeting(forum, c, meetingId);
            host.notify(t('overview.extraordinaryAdded'), 'success');
          }}
          onClose={() => setExtraordinary(false)}
        />
      ) : null}
    </>
  );
}
