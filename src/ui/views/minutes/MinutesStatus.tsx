import {
  Body1,
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChairState } from '../../../domain/approval';
import type { CirculationBlocker, CirculationBlockerKind } from '../../../domain/minutes/circulation-check';
import type { Approval, ApprovalRequestRecord, Forum, ForumRef, Meeting, SeenAnswer } from '../../../domain/types';
import type { MinutesOverview } from '../../../store/minutes/minutes-versions-api';
import { DialogStatus, type StatusMessage } from '../../components/DialogStatus';
import { useAction } from '../../components/use-action';
import { useAsync } from '../../components/use-async';
import { useLocale } from '../../components/use-locale';
import { formatClock, formatLongDate } from '../../format/dates';
import { roleOf } from '../../../domain/forum-trust';
import { useMe } from '../../me';
import { useNow, useServices } from '../../services';
import { useForum } from './use-forum';
import { isCirculated, minutesPhase, type MinutesPhase } from '../../model/meeting-actions';
import { ConfirmBar } from '../../components/ConfirmBar';
import { lazyView } from '../../components/lazy-view';

// The archive package's section and its strings load when circulated minutes are shown, with fflate when it is used.
const CaseFileSection = lazyView(['caseFile'], () => import('./CaseFileSection.js').then((m) => m.CaseFileSection));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground2 },
});

const REASONS = ['app-not-installed', 'outside-tenant', 'no-mailbox'] as const;

/** What the app found forged or missing (an error the secretariat must act on), as against the rule not yet met. */
const TRUST_BLOCKERS: ReadonlySet<CirculationBlockerKind> = new Set([
  'owners-unknown',
  'members-changed',
  'version-not-secretariats',
  'content-changed',
  'answer-missing',
]);

/**
 * The secretariat's view of a meeting's minutes in the meeting dialog: the current version (with its .docx and PDF),
 * how each co-chair was reached and what they answered (with their comments, per item too), "Send påmindelse",
 * "Udsend referat" (enabled only when the rule is met, and saying why not otherwise) and, once circulated,
 * "Referat godkendt" with the audit trail (who approved which content, when, through which channel).
 * Renders nothing for anyone but the forum's secretariat, or without a minutes store.
 * In the meeting dialog's Referat section (`titled` false: the section has the heading) it tells the dialog where the
 * minutes stand (`onPhase`, for its primary action); `circulateRequest` (raised by the dialog's primary "Udsend
 * referat") opens the confirmation here, and `quiet` keeps this button secondary beside that primary.
 */
export function MinutesStatus({
  meeting,
  forum: forumOrRef,
  titled = true,
  quiet,
  circulateRequest = 0,
  onPhase,
}: {
  meeting: Pick<Meeting, 'id' | 'status' | 'kind' | 'start'>;
  forum: Forum | ForumRef;
  titled?: boolean;
  quiet?: boolean;
  circulateRequest?: number;
  onPhase?: (phase: MinutesPhase) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation('minutesStatus');
  const locale = useLocale();
  const now = useNow();
  const { stores } = useServices();
  const me = useMe();
  const forum = useForum(forumOrRef);
  const api = stores.minutesVersions;
  const secretariat = forum !== undefined && roleOf(forum, me) === 'secretariat';
  const load = useCallback(
    (): Promise<MinutesOverview | undefined> => (forum && secretariat ? api.overview(forum, meeting) : Promise.resolve(undefined)),
    [api, forum, meeting, secretariat],
  );
  const [state, reload] = useAsync(load);
  // Every step says what it is doing (`label`) and how it went in the one status line.
  const step = useAction((_label: string, work: () => Promise<StatusMessage>) => work(), {
    success: (told) => told,
    failure: () => t('failed'),
    onSuccess: reload,
  });
  const { run, error, status: message } = step;
  const busy = step.pending[0]?.[0];
  const [confirming, setConfirming] = useState(false);
  const circulateButton = useRef<HTMLButtonElement>(null);
  const phase = state.status === 'ready' && state.value && secretariat ? minutesPhase(state.value) : undefined;
  useEffect(() => {
    if (phase) onPhase?.(phase);
  }, [phase, onPhase]);
  const handledRequest = useRef(0);
  useEffect(() => {
    if (circulateRequest <= handledRequest.current || phase !== 'ready' || busy !== undefined) return;
    handledRequest.current = circulateRequest;
    setConfirming(true);
  }, [circulateRequest, phase, busy]);

  if (!forum || !secretariat || meeting.kind === 'planning') return null;
  if (state.status === 'error') return <Body1 role="status">{t('loadFailed')}</Body1>;
  if (state.status !== 'ready' || !state.value) return null;
  const overview = state.value;
  const current = overview.current;

  const when = (iso: string) => ({ date: formatLongDate(iso, locale), time: formatClock(iso, locale) });

  // Circulated: what is shown is the trail frozen then (overview.status is built from it), and answers since are late.
  const circulated = isCirculated(overview);
  const heading = titled ? (
    <Subtitle2 as="h3">{circulated ? t('approvedTitle') : t('title')}</Subtitle2>
  ) : circulated ? (
    <Subtitle2 as="h4">{t('approvedTitle')}</Subtitle2>
  ) : null;
  if (!current) {
    // Before the meeting there are no minutes to speak of.
    if (Date.parse(meeting.start) > now.getTime()) return null;
    return (
      <section className={styles.root} aria-label={titled ? t('group') : undefined}>
        {heading}
        <Body1 className={styles.muted}>{t('none')}</Body1>
      </section>
    );
  }

  const reopened = circulated ? overview.closure?.reopened : undefined;
  const status = overview.status;
  const requestOf = (email: string): ApprovalRequestRecord | undefined =>
    current.requests?.find((r) => r.email === email.trim().toLowerCase());
  const reachedText = (r: ApprovalRequestRecord | undefined): string => {
    const how = t(`reached.${r?.channel ?? 'none'}`);
    const reason = REASONS.find((x) => r?.reason?.includes(x));
    return reason ? `${how} – ${t(`reason.${reason}`)}` : how;
  };
  const itemNumber = (agendaItemId: string): string => String(overview.items?.find((i) => i.agendaItemId === agendaItemId)?.number ?? '?');
  const pending = status?.chairs.some((c) => c.answer === 'pending') === true;
  const blocker = overview.blocker;
  const whyNotText = (b: CirculationBlocker): string =>
    t(`whyNot.${b.kind}`, {
      approvals: status?.approvals ?? 0,
      required: status?.required ?? 0,
      names:
        b.kind === 'members-changed'
          ? b.rows.map((r) => `${r.name || r.email}${r.unverified?.by ? ` – ${r.unverified.by}` : ''}`).join(', ')
          : '',
      by: b.kind === 'version-not-secretariats' ? b.by : '',
      answers:
        b.kind === 'answer-missing'
          ? b.answers
              .map((a) =>
                t('missingAnswer', {
                  name: a.name || a.email,
                  answer: t(`answer.${a.decision}`),
                  ...when(a.at),
                }),
              )
              .join('; ')
          : '',
    });

  const remind = () =>
    run(t('reminding'), async () => {
      const result = await api.remindApprovals(forum, current, now, { force: true });
      return result.reminded.length > 0
        ? { text: t('reminded', { count: result.reminded.length }), intent: 'success' }
        : { text: t('remindedNone'), intent: 'info' };
    });
  const circulate = () => {
    setConfirming(false);
    void run(t('circulating'), async () => {
      const result = await api.circulate(forum, meeting, current);
      circulateButton.current?.focus();
      if (result.outcome === 'circulated') return { text: t('circulated', { count: result.recipients ?? 0 }), intent: 'success' };
      if (result.outcome === 'already-circulated') return { text: t('alreadyCirculated'), intent: 'info' };
      if (result.outcome === 'claimed-elsewhere') return { text: t('claimed'), intent: 'warning' };
      return { text: result.blocker ? whyNotText(result.blocker) : t('notApproved'), intent: 'warning' };
    });
  };
  const dismissMissing = (answers: readonly SeenAnswer[]) =>
    run(t('dismissing'), async () => {
      await api.dismissMissingAnswers(
        forum,
        current,
        answers.map((a) => a.id),
        me.name || me.email,
      );
      return { text: t('dismissed'), intent: 'success' };
    });

  const chairLine = (c: ChairState) => {
    const record: Approval | undefined = c.record;
    return (
      <li key={c.chair.email}>
        {t('chairLine', {
          name: c.chair.name || c.chair.email,
          answer: t(`answer.${c.answer}`),
          reached: reachedText(requestOf(c.chair.email)),
        })}
        {record ? ` – ${t('answeredAt', when(record.createdAt))}` : null}
        {record?.comment ? <div className={styles.muted}>“{record.comment}”</div> : null}
        {record?.itemComments?.map((ic) => (
          <div key={ic.agendaItemId} className={styles.muted}>
            {t('itemComment', { number: itemNumber(ic.agendaItemId), comment: ic.comment })}
          </div>
        ))}
      </li>
    );
  };

  return (
    <section className={styles.root} aria-label={titled ? t('group') : undefined}>
      {heading}
      <div className={styles.row}>
        <Body1>{t('version', { version: current.version, status: t(`versionStatus.${current.status}`) })}</Body1>
        {current.docxUrl ? (
          <Link href={current.docxUrl} target="_blank" rel="noreferrer">
            {t('docx')}
          </Link>
        ) : null}
        {current.pdfUrl && !circulated ? (
          <Link href={current.pdfUrl} target="_blank" rel="noreferrer">
            {t('pdf')}
          </Link>
        ) : null}
      </div>
      {overview.notSecretariats?.map((v) => (
        <Body1 key={v.id} className={styles.muted}>
          {t('notSecretariats', { version: v.version, by: v.stamp?.modifiedByName || v.stamp?.createdByName || '?' })}
        </Body1>
      ))}
      {current.approvalDeadline && !circulated ? (
        <Body1 className={styles.muted}>{t('deadline', { date: formatLongDate(current.approvalDeadline, locale) })}</Body1>
      ) : null}
      {status ? (
        <>
          <Body1>{t('progress', { approvals: status.approvals, required: status.required })}</Body1>
          <ul className={styles.list} aria-label={t('chairs')}>
            {status.chairs.map(chairLine)}
          </ul>
        </>
      ) : null}
      {current.remindedAt && current.remindedTo ? (
        <Body1 className={styles.muted}>
          {t('remindedAt', { date: formatLongDate(current.remindedAt, locale), names: current.remindedTo.join(', ') })}
        </Body1>
      ) : null}
      {circulated ? (
        <>
          {(overview.closure?.circulatedAt ?? overview.circulatedAt) ? (
            <Body1>{t('circulatedAt', when(overview.closure?.circulatedAt ?? overview.circulatedAt ?? ''))}</Body1>
          ) : null}
          {current.finalPdfUrl ? (
            <Link href={current.finalPdfUrl} target="_blank" rel="noreferrer">
              {t('finalPdf')}
            </Link>
          ) : null}
          <Subtitle2 as="h4">{t('audit')}</Subtitle2>
          <ul className={styles.list} aria-label={t('audit')}>
            {(overview.trail?.answers ?? []).map((a) => (
              <li key={a.id}>
                {t('auditLine', {
                  name: a.name || a.email,
                  answer: t(`answer.${a.decision}`),
                  hash: a.hash.slice(0, 12),
                  ...when(a.at),
                  channel: t(`channel.${a.channel ?? 'unknown'}`),
                })}
              </li>
            ))}
          </ul>
          {overview.late && overview.late.length > 0 ? (
            <>
              <Subtitle2 as="h4">{t('late')}</Subtitle2>
              <ul className={styles.list} aria-label={t('late')}>
                {overview.late.map((a) => (
                  <li key={a.id}>
                    {t('lateLine', {
                      name: a.createdBy.name || a.createdBy.email || '',
                      answer: t(`answer.${a.decision}`),
                      hash: a.contentHash.slice(0, 12),
                      ...when(a.createdAt),
                      channel: t(`channel.${a.channel ?? 'unknown'}`),
                    })}
                    {a.comment ? <div className={styles.muted}>“{a.comment}”</div> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {reopened ? <Body1>{t('reopenedLine', { ...when(reopened.at), by: reopened.by, reason: reopened.reason })}</Body1> : null}
          {reopened ? null : (
            <Suspense fallback={null}>
              <CaseFileSection forum={forum} meeting={meeting} />
            </Suspense>
          )}
        </>
      ) : (
        <>
          <div className={styles.row}>
            {current.status === 'awaiting-approval' && pending ? (
              <Button onClick={() => void remind()} disabled={busy !== undefined}>
                {t('remind')}
              </Button>
            ) : null}
            {/* Focusable while it cannot be used: a keyboard or screen-reader user reaches it and hears why (aria-describedby). */}
            <Button
              ref={circulateButton}
              appearance={quiet ? 'secondary' : 'primary'}
              data-appearance={quiet ? 'secondary' : 'primary'}
              onClick={() => setConfirming(true)}
              disabledFocusable={busy !== undefined || confirming || blocker !== undefined}
              aria-describedby={blocker ? `minutes-why-${current.id}` : undefined}
            >
              {t('circulate')}
            </Button>
          </div>
          {blocker && TRUST_BLOCKERS.has(blocker.kind) ? (
            <MessageBar intent="error" id={`minutes-why-${current.id}`}>
              <MessageBarBody>{whyNotText(blocker)}</MessageBarBody>
              {blocker.kind === 'answer-missing' ? (
                <MessageBarActions>
                  <Button onClick={() => void dismissMissing(blocker.answers)} disabled={busy !== undefined}>
                    {t('dismissMissing')}
                  </Button>
                </MessageBarActions>
              ) : null}
            </MessageBar>
          ) : blocker ? (
            <Body1 id={`minutes-why-${current.id}`} className={styles.muted}>
              {whyNotText(blocker)}
            </Body1>
          ) : null}
          {confirming ? (
            <ConfirmBar
              message={t('confirmCirculate')}
              confirmLabel={t('confirm')}
              cancelLabel={t('cancel')}
              onConfirm={circulate}
              onCancel={() => setConfirming(false)}
              returnFocusTo={circulateButton}
            />
          ) : null}
        </>
      )}
      <DialogStatus {...(busy ? { busy } : {})} {...(error ? { error } : {})} {...(message ? { message } : {})} />
    </section>
  );
}
