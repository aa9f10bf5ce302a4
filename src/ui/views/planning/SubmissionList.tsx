import { Badge, Button, Caption1, makeStyles, Text, tokens, Tooltip } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../domain/types';
import type { DecisionHold, DecisionResult, PlanningApi, PlanningSubmission } from '../../../store/planning/planning-types';
import { EmptyState } from '../../components/EmptyState';
import { useLocale } from '../../components/use-locale';
import { formatLongDate } from '../../format/dates';
import { DeclineDialog, DeferDialog } from './DecisionDialogs';
import type { HoldMail, PlanningNotice, PlanningRun } from './PlanningView';
import { planningItemInHash } from './planning-route';
import { SubmissionDetails } from './SubmissionDetails';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  meta: { color: tokens.colorNeutralForeground2 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Open = { kind: 'defer' | 'decline'; submission: PlanningSubmission } | undefined;

interface Props {
  readonly kind: 'incoming' | 'backlog';
  readonly submissions: readonly PlanningSubmission[];
  readonly meeting: Meeting;
  readonly meetings: readonly Meeting[];
  readonly store: PlanningApi;
  readonly run: PlanningRun;
  /** A decision on this submission is on its way. */
  readonly busy: (submissionId: string) => boolean;
  /** Holds each decision's mail for "Fortryd" (the view's notice offers it). */
  readonly holdMail?: HoldMail;
}

/** Submissions to decide on, each with Accept / Defer / Decline and its details folded away. */
export function SubmissionList({ kind, submissions, meeting, meetings, store, run, busy, holdMail }: Props) {
  const { t } = useTranslation('planning');
  const styles = useStyles();
  const locale = useLocale();
  const [open, setOpen] = useState<Open>();
  // Opened at one item (a to-do's link, "#/…/planning/item/<id>"): that card takes the focus, once.
  const [focusId] = useState(planningItemInHash);
  const focusRef = useRef<HTMLLIElement>(null);
  const shown = submissions.some((s) => s.id === focusId);
  useEffect(() => {
    if (!shown || !focusRef.current) return;
    focusRef.current.focus();
    focusRef.current.scrollIntoView?.({ block: 'center' });
  }, [shown]);

  const notice = (key: 'accepted' | 'deferred' | 'declined', s: PlanningSubmission, result: DecisionResult): PlanningNotice => {
    if (result.mail === 'undone') return { text: t('undone', { title: s.title }), intent: 'info' };
    // The secretariat's acceptance stored the item's bilag in the meeting folder (or could not: the agenda will).
    const bilag = result.bilag
      ? result.bilag.failed
        ? t('bilag.failed')
        : result.bilag.copied > 0
          ? t('bilag.stored', { count: result.bilag.copied })
          : ''
      : '';
    const ok = (result.mail === 'sent' || result.mail === 'already-sent') && result.bilag?.failed !== true;
    return {
      text: [t(`${key}`, { title: s.title }), bilag, t(`mail.${result.mail}`)].filter((x) => x !== '').join(' '),
      intent: ok ? 'success' : 'warning',
    };
  };
  /** The decision's "Fortryd" window, saying what was decided; `held` closes the dialog it was made in. */
  const hold = (key: 'accepted' | 'deferred' | 'declined', s: PlanningSubmission, held?: () => void): DecisionHold | undefined =>
    holdMail?.(t(`${key}`, { title: s.title }), held);
  // One decision per submission at a time: a second press while its first is on its way is ignored.
  const decide = (s: PlanningSubmission, write: () => Promise<PlanningNotice>): Promise<boolean> => run(write, s.id);
  const meetingTitle = (id: string | undefined) => meetings.find((m) => m.id === id)?.title;

  if (submissions.length === 0) return <EmptyState>{t(kind === 'incoming' ? 'incomingEmpty' : 'backlogEmpty')}</EmptyState>;
  return (
    <>
      <ul className={styles.list} aria-label={t(kind === 'incoming' ? 'incoming' : 'backlog')}>
        {submissions.map((s) => {
          const target = meetingTitle(s.meetingId);
          return (
            <li key={s.id} className={styles.card} aria-label={s.title} {...(s.id === focusId ? { ref: focusRef, tabIndex: -1 } : {})}>
              <Text weight="semibold">{s.reference ? `${s.title} (${s.reference})` : s.title}</Text>
              <Caption1 className={styles.meta}>
                {t('from', {
                  name: s.senderName || s.senderAddress,
                  date: s.receivedAt ? formatLongDate(s.receivedAt, locale) : '',
                })}
              </Caption1>
              <span className={styles.badges}>
                {s.unknownSender ? (
                  <Tooltip content={t('unknownSenderHint')} relationship="description">
                    <Badge appearance="tint" color="warning" tabIndex={0}>
                      {t('unknownSender')}
                    </Badge>
                  </Tooltip>
                ) : null}
                {s.foundInJunk ? (
                  <Tooltip content={t('foundInJunkHint')} relationship="description">
                    <Badge appearance="tint" color="danger" tabIndex={0}>
                      {t('foundInJunk')}
                    </Badge>
                  </Tooltip>
                ) : null}
                {s.status === 'deferred' ? (
                  <Badge appearance="outline">{target ? t('deferredTo', { meeting: target }) : t('deferredNoMeeting')}</Badge>
                ) : null}
                {s.status === 'new' && target && s.meetingId !== meeting.id ? (
                  <Badge appearance="outline">{t('meantFor', { meeting: target })}</Badge>
                ) : null}
              </span>
              <SubmissionDetails submission={s} />
              <div className={styles.actions}>
                <Button
                  appearance="primary"
                  size="small"
                  disabled={busy(s.id)}
                  aria-label={t('acceptItem', { title: s.title })}
                  onClick={() => void decide(s, async () => notice('accepted', s, await store.accept(s, meeting, hold('accepted', s))))}
                >
                  {t('accept')}
                </Button>
                <Button
                  size="small"
                  disabled={busy(s.id)}
                  aria-label={t('deferItem', { title: s.title })}
                  onClick={() => setOpen({ kind: 'defer', submission: s })}
                >
                  {t('defer')}
                </Button>
                <Button
                  size="small"
                  disabled={busy(s.id)}
                  aria-label={t('declineItem', { title: s.title })}
                  onClick={() => setOpen({ kind: 'decline', submission: s })}
                >
                  {t('decline')}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
      {open?.kind === 'defer' ? (
        <DeferDialog
          submission={open.submission}
          meeting={meeting}
          meetings={meetings}
          onCancel={() => setOpen(undefined)}
          onConfirm={async (to, reason) => {
            const s = open.submission;
            const ok = await decide(s, async () =>
              notice(
                'deferred',
                s,
                await store.defer(
                  s,
                  to,
                  reason,
                  hold('deferred', s, () => setOpen(undefined)),
                ),
              ),
            );
            if (ok) setOpen(undefined);
          }}
        />
      ) : null}
      {open?.kind === 'decline' ? (
        <DeclineDialog
          submission={open.submission}
          onCancel={() => setOpen(undefined)}
          onConfirm={async (reason) => {
            const s = open.submission;
            const ok = await decide(s, async () =>
              notice(
                'declined',
                s,
                await store.decline(
                  s,
                  reason,
                  hold('declined', s, () => setOpen(undefined)),
                ),
              ),
            );
            if (ok) setOpen(undefined);
          }}
        />
      ) : null}
    </>
  );
}
