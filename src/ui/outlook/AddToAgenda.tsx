import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { MailArrowForward20Regular } from '@fluentui/react-icons/svg/mail-arrow-forward';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Submission } from '../../domain/types';
import { failureStatus } from '../../store/failures';
import type { ForumHome } from '../../store/home-data';
import type { IntakeMessage, OutlookIntakeApi } from '../../store/outlook-intake';
import { useCommandContext } from '../commands/command-context';
import { FirstViewShown, useAfterPaint } from '../components/first-view';
import { LoadingSkeleton } from '../components/LoadingSkeleton';
import { Section } from '../components/Section';
import { useAsync } from '../components/use-async';
import { formatLongDate } from '../format/dates';
import { errorKey } from '../errors/describe-error';
import type { OutlookIntakeProps } from '../parts';
import { useServices } from '../services';
import { forumForMessage } from './intake-choices';
import { paneCardLoading, useLastLoadedHome } from './PaneParts';

// The answer's own styles: this chunk leaves the form's controls (SubmissionFields) to the form.
const useSummaryStyles = makeStyles({
  summary: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0, overflowWrap: 'anywhere' },
});

// The form loads after the pane has said whether the open mail is on an agenda: it brings the mail's parse
// (html-to-text, ~120 KB) and the form's controls, which need not delay that answer.
const IntakeForm = lazy(() => import('./IntakeForm.js').then((m) => ({ default: m.IntakeForm })));

/**
 * "Tilføj til dagsorden", on a message open in Outlook's read mode (the forum's shared submission mailbox or any
 * inbox): the message is read through Graph and parsed; the secretary corrects the fields, picks the meeting
 * (the next one still open for items by default) and creates the item — once per Message-ID, with the attachments
 * copied to the meeting's folder. Shown to a forum's secretariat where the host has a message open.
 */
export function AddToAgenda({ state }: OutlookIntakeProps) {
  const { t } = useTranslation('outlookIntake');
  const { host, stores } = useServices();
  const intake = stores.outlookIntake;
  const currentMessage = host.currentMessage;

  const data = useLastLoadedHome(state);
  const forums = useMemo(() => (data?.forums ?? []).filter((f) => f.role === 'secretariat'), [data]);
  const mailboxes = forums.map((f) => f.forum.mailbox).join('\n');

  const load = useCallback(async (): Promise<IntakeMessage | undefined> => {
    if (!currentMessage || mailboxes === '') return undefined;
    const ref = await currentMessage();
    if (!ref?.id) return undefined;
    return intake.load({ id: ref.id, ...(ref.sharedMailbox ? { sharedMailbox: ref.sharedMailbox } : {}) }, mailboxes.split('\n'));
  }, [currentMessage, intake, mailboxes]);
  const [loaded] = useAsync(load);

  if (!currentMessage) return null;
  if (!data) return state.status === 'error' ? null : paneCardLoading(t('read.title'), <MailArrowForward20Regular />);
  if (forums.length === 0) return null;
  return (
    <Section title={t('read.title')} icon={<MailArrowForward20Regular />} sticky>
      {/* A skeleton, like every view's loading, rather than Fluent's Spinner: its code (12 KB) would load with the pane. */}
      {loaded.status === 'loading' ? <LoadingSkeleton rows={1} label={t('read.loading')} /> : null}
      {loaded.status === 'error' ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{failureStatus(loaded.error) === 404 ? t('read.notFound') : t(`error.${errorKey(loaded.error)}`)}</MessageBarBody>
          <FirstViewShown />
        </MessageBar>
      ) : null}
      {loaded.status === 'ready' && loaded.value ? (
        <MessageIntake key={loaded.value.id} message={loaded.value} forums={forums} intake={intake} />
      ) : null}
      {/* Outlook gave no id for the open item (a mail still being sent or synced): say so instead of an empty card. */}
      {loaded.status === 'ready' && !loaded.value ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('read.noItemId')}</MessageBarBody>
          <FirstViewShown />
        </MessageBar>
      ) : null}
    </Section>
  );
}

/**
 * The open mail in the pane: first the answer — is it an agenda item already, for which meeting — then the form to add
 * it or correct it. The form waits for the answer: its button and notes depend on it, and its code (the mail's parse)
 * need not delay the answer.
 */
function MessageIntake({ message, forums, intake }: { message: IntakeMessage; forums: readonly ForumHome[]; intake: OutlookIntakeApi }) {
  const { t } = useTranslation('outlookIntake');
  const ctx = useCommandContext();
  const [forumId, setForumId] = useState(() => forumForMessage(forums, message)?.forum.groupId ?? '');
  const home = forums.find((f) => f.forum.groupId === forumId) ?? forums[0];
  const [added, setAdded] = useState<Submission>();

  // Added before (pressed in another session, or the intake sync took it): say so before anyone presses.
  const internetMessageId = message.mail.internetMessageId;
  const findExisting = useCallback(
    () => (home && internetMessageId ? intake.find(home.forum, internetMessageId) : Promise.resolve(undefined)),
    [home, internetMessageId, intake],
  );
  const [existing] = useAsync(findExisting);
  // The form (the mail's parse and its controls) loads once the answer is on screen.
  const answered = useAfterPaint(existing.status !== 'loading');

  if (!home) return null;
  const previous = existing.status === 'ready' ? existing.value : undefined;
  return (
    <>
      <AgendaStatus checking={existing.status === 'loading'} item={added ?? previous} home={home} locale={ctx.locale} />
      {!answered ? null : (
        <Suspense fallback={<LoadingSkeleton rows={1} label={t('read.loading')} />}>
          <IntakeForm
            message={message}
            forums={forums}
            home={home}
            onForumChange={setForumId}
            previous={previous}
            onAdded={setAdded}
            intake={intake}
          />
        </Suspense>
      )}
    </>
  );
}

/**
 * The first thing the pane says about the open mail: is it an agenda item already — under which reference, for which
 * meeting, how far it has come — or not yet.
 */
function AgendaStatus({
  checking,
  item,
  home,
  locale,
}: {
  checking: boolean;
  item: Submission | undefined;
  home: ForumHome;
  locale: Locale;
}) {
  const { t } = useTranslation('outlookIntake');
  const styles = useSummaryStyles();
  const meeting = item?.meetingId ? home.meetings.find((m) => m.id === item.meetingId) : undefined;
  const status =
    checking && !item
      ? t('read.summary.checking')
      : item
        ? `${item.reference ?? item.id}: ${t(`read.summary.${item.status}`)}`
        : t('read.summary.notYet');
  const meetingText = !item?.meetingId
    ? t('read.summary.noMeeting')
    : meeting
      ? `${meeting.title}, ${formatLongDate(meeting.start, locale)}`
      : t('read.summary.earlierMeeting');
  return (
    <div role="group" aria-label={t('read.summary.label')}>
      <dl className={styles.summary}>
        <dt className={styles.term}>{t('read.summary.status')}</dt>
        <dd className={styles.detail}>{status}</dd>
        {item ? (
          <>
            <dt className={styles.term}>{t('read.summary.meeting')}</dt>
            <dd className={styles.detail}>{meetingText}</dd>
          </>
        ) : null}
      </dl>
      {/* The pane's answer about the open mail is its first view's data. */}
      {checking ? null : <FirstViewShown />}
    </div>
  );
}
