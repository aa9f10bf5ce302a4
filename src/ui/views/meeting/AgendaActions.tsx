import { Body1, Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Forum, ForumRef, Meeting } from '../../../domain/types';
import { MeetingChangedError, type AgendaSendResult, type AgendaStatus, type GeneratedAgenda } from '../../../store/agenda/agenda-api';
import { ConflictError } from '../../../store/failures';
import { formatClock, formatLongDate } from '../../format/dates';
import { roleOf } from '../../../domain/forum-trust';
import { useMe } from '../../me';
import { agendaRefusal } from '../../model/agenda-refusal';
import { useNow, useServices } from '../../services';
import { DialogStatus, type StatusMessage } from '../../components/DialogStatus';
import { useAction } from '../../components/use-action';
import { useAsync } from '../../components/use-async';
import { useLocale } from '../../components/use-locale';
import { AgendaChangeList } from './AgendaChangeList';
import { ConfirmBar } from '../../components/ConfirmBar';

/** What a step of the agenda's writes gave: the files generated, or how the send went. */
type StepResult =
  { readonly step: 'generate'; readonly generated: GeneratedAgenda } | { readonly step: 'send'; readonly sent: AgendaSendResult };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * "Dan dagsorden" and "Send dagsorden" on a meeting, for the forum's secretariat: the .docx and PDF links once
 * generated, a confirmation before sending, the outcome and the sent time in the dialog's live status line. Once sent,
 * the agenda as it stands is compared with what was sent each time the dialog opens (and after each step): only when
 * it changed does "Dagsordenen er ændret siden udsendelse" list what changed and "Send revideret dagsorden" appear.
 * Renders nothing for anyone else, or where the app has no agenda store.
 * In the meeting dialog: `sendRequest` (a count the dialog's primary "Send dagsorden" raises) opens the confirmation
 * here, where the outcome is told; `quiet` when that primary is shown, so the dialog has one primary button; `onSent`
 * hands the meeting as recorded after a send to the dialog (its status badge), and `onSentAt` a send the store
 * found on the meeting's item that the home's copy does not know yet (so the dialog stops offering "Send dagsorden").
 */
export function AgendaActions({
  meeting,
  forum: ref,
  sendRequest = 0,
  quiet,
  onSent,
  onSentAt,
}: {
  meeting: Meeting;
  forum: ForumRef;
  sendRequest?: number;
  quiet?: boolean;
  onSent?: (meeting: Meeting) => void;
  onSentAt?: (sentAt: string) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation('agenda');
  const locale = useLocale();
  const { stores } = useServices();
  const me = useMe();
  const now = useNow();
  const agenda = stores.agenda;
  const load = useCallback((): Promise<Forum | undefined> => stores.forums.load(ref), [stores, ref]);
  const [forumState] = useAsync(load);
  const [files, setFiles] = useState<GeneratedAgenda>();
  const [confirming, setConfirming] = useState(false);
  // Sent in this dialog; the meeting as the home loaded it may be older than the last send.
  const [sentHere, setSentHere] = useState<string>();
  const sendButton = useRef<HTMLButtonElement>(null);
  const generateButton = useRef<HTMLButtonElement>(null);
  const forum = forumState.status === 'ready' ? forumState.value : undefined;
  const actionable = meeting.status !== 'cancelled' && meeting.kind !== 'planning' && Date.parse(meeting.end) >= now.getTime();
  const compare = useCallback(
    (): Promise<AgendaStatus | undefined> =>
      forum && actionable && roleOf(forum, me) === 'secretariat' ? agenda.status(forum, meeting) : Promise.resolve(undefined),
    [agenda, forum, actionable, meeting, me],
  );
  const [statusState, recompare] = useAsync(compare);
  // Items somebody else planted or changed stop the comparison as they stop the send: said in both places.
  const itemsChanged = (e: unknown): string | undefined => {
    const refusal = agendaRefusal(e);
    if (!refusal) return undefined;
    return refusal.kind === 'meeting'
      ? t('meetingChanged', { by: refusal.by })
      : t('itemsChanged', { count: refusal.count, items: refusal.items });
  };
  const status = statusState.status === 'ready' ? statusState.value : undefined;
  const generatedMessage = (generated: GeneratedAgenda): StatusMessage => ({
    text: generated.overrunMinutes > 0 ? `${t('generated')} ${t('overrun', { count: generated.overrunMinutes })}` : t('generated'),
    intent: generated.overrunMinutes > 0 ? 'warning' : 'success',
  });
  const sentMessage = (result: AgendaSendResult): StatusMessage => {
    if (result.outcome === 'claimed-elsewhere') return { text: t('claimed'), intent: 'warning' };
    if (result.outcome === 'unchanged') return { text: t('unchanged'), intent: 'info' };
    const sent = t(result.revised ? 'sentRevised' : 'sent', { count: result.recipients ?? 0 });
    return {
      text: result.eventUpdated === false ? `${sent} ${t('eventNotUpdated')}` : sent,
      intent: result.eventUpdated === false ? 'warning' : 'success',
    };
  };
  // After a send, focus goes back to the send button — or, when nothing is left to send, to "Dan dagsorden".
  const focusAfterSend = useRef(false);
  const write = useAction(
    async (step: 'generate' | 'send', to: Forum): Promise<StepResult> =>
      step === 'generate' ? { step, generated: await agenda.generate(to, meeting) } : { step, sent: await agenda.send(to, meeting) },
    {
      success: (r): StatusMessage => (r.step === 'generate' ? generatedMessage(r.generated) : sentMessage(r.sent)),
      failure: (e) => itemsChanged(e) ?? (e instanceof ConflictError ? t('claimed') : t('failed')),
      onSuccess: (r) => {
        if (r.step === 'generate') {
          setFiles(r.generated);
          return;
        }
        const result = r.sent;
        if (result.files) setFiles(result.files);
        if (result.sentAt) setSentHere(result.sentAt);
        if (result.meeting) onSent?.(result.meeting);
        recompare();
        focusAfterSend.current = true;
      },
    },
  );
  // The meeting someone else changed: the secretariat checks its time, place and link (shown in this dialog) and confirms.
  const meetingChanged = statusState.status === 'error' && statusState.error instanceof MeetingChangedError;
  const confirmMeeting = useAction(() => agenda.confirmMeeting(ref, meeting), {
    success: (): StatusMessage => ({ text: t('meetingConfirmed'), intent: 'success' }),
    failure: (e) => (e instanceof ConflictError ? t('meetingConfirmConflict') : undefined),
    onSettled: recompare,
  });
  const { busy, error, status: message } = write;
  // The latest of: the send the store read from the meeting's item, one made in this dialog, the home's.
  const sentAt = [status?.sentAt, sentHere, meeting.agendaSentAt]
    .filter((x): x is string => x !== undefined)
    .sort()
    .at(-1);
  const revised = sentAt !== undefined;
  // Once the store has compared: before the first send the agenda can go; after it, only once it changed. When the
  // comparison failed the button stays (the store itself sends nothing for an unchanged agenda).
  const canSend = statusState.status === 'error' || (status !== undefined && (!revised || status.changed));
  const shown = forum !== undefined && roleOf(forum, me) === 'secretariat' && actionable;
  const storeSentAt = status?.sentAt;
  useEffect(() => {
    if (storeSentAt && storeSentAt !== meeting.agendaSentAt) onSentAt?.(storeSentAt);
  }, [storeSentAt, meeting.agendaSentAt, onSentAt]);
  // The dialog's primary asked to send: the confirmation opens here once the comparison says the agenda can go.
  const handledRequest = useRef(0);
  useEffect(() => {
    if (sendRequest <= handledRequest.current || !shown || !canSend || busy) return;
    handledRequest.current = sendRequest;
    setConfirming(true);
  }, [sendRequest, shown, canSend, busy]);
  useEffect(() => {
    if (!focusAfterSend.current) return;
    focusAfterSend.current = false;
    (sendButton.current ?? generateButton.current)?.focus();
  });

  if (!forum) return null;
  if (roleOf(forum, me) !== 'secretariat') return null;
  if (!actionable) return null;

  const send = () => {
    setConfirming(false);
    void write.run('send', forum);
  };

  // Rows of the member list the secretariat did not write get nothing from the forum (forum-trust.ts): said before it goes.
  const unconfirmed = forum.unverifiedMembers ?? [];
  const when = sentAt ? { date: formatLongDate(sentAt, locale), time: formatClock(sentAt, locale) } : undefined;
  return (
    <div className={styles.root} role="group" aria-label={t('group')}>
      <Body1 className={styles.muted}>{when ? t('sentAt', when) : t('notSent')}</Body1>
      {statusState.status === 'loading' ? <Body1 className={styles.muted}>{t('checking')}</Body1> : null}
      {statusState.status === 'error' ? (
        <Body1 className={styles.muted}>{itemsChanged(statusState.error) ?? t('checkFailed')}</Body1>
      ) : null}
      {meetingChanged ? (
        <div className={styles.buttons}>
          <Button onClick={() => void confirmMeeting.run()} disabled={confirmMeeting.busy}>
            {t('confirmMeeting')}
          </Button>
        </div>
      ) : null}
      {unconfirmed.length > 0 ? (
        <Body1>{t('unconfirmedRows', { count: unconfirmed.length, names: unconfirmed.map((m) => m.name || m.email).join(', ') })}</Body1>
      ) : null}
      {revised && status?.changed ? <AgendaChangeList changes={status.changes} /> : null}
      {revised && status && !status.changed ? <Body1>{t('notChanged')}</Body1> : null}
      <div className={styles.buttons}>
        <Button ref={generateButton} onClick={() => void write.run('generate', forum)} disabled={busy}>
          {t('generate')}
        </Button>
        {canSend ? (
          <Button
            ref={sendButton}
            appearance={quiet ? 'secondary' : 'primary'}
            data-appearance={quiet ? 'secondary' : 'primary'}
            onClick={() => setConfirming(true)}
            disabled={busy || confirming}
          >
            {revised ? t('sendRevised') : t('send')}
          </Button>
        ) : null}
      </div>
      {confirming && canSend ? (
        <ConfirmBar
          message={revised ? t('confirmRevised') : t('confirmSend')}
          confirmLabel={t('confirm')}
          cancelLabel={t('cancel')}
          onConfirm={send}
          onCancel={() => setConfirming(false)}
          returnFocusTo={sendButton}
        />
      ) : null}
      {files ? (
        <div className={styles.links}>
          <Link href={files.docx.webUrl} target="_blank" rel="noreferrer">
            {t('docx')}
          </Link>
          <Link href={files.pdf.webUrl} target="_blank" rel="noreferrer">
            {t('pdf')}
          </Link>
        </div>
      ) : null}
      <DialogStatus
        {...(busy ? { busy: write.pending[0]?.[0] === 'generate' ? t('generating') : t('sending') } : {})}
        {...(error || confirmMeeting.error ? { error: error ?? confirmMeeting.error } : {})}
        {...(message || confirmMeeting.status ? { message: message ?? confirmMeeting.status } : {})}
      />
    </div>
  );
}
