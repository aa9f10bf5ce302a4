import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { MailArrowForward20Regular } from '@fluentui/react-icons';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMail } from '../../domain/mail/parse-mail';
import { draftFromParsed, draftProblems, draftValues, type DraftProblems, type SubmissionDraft } from '../../domain/mail/submission-draft';
import { meetingChoices } from '../../domain/submission-meetings';
import type { Forum, Locale, Submission } from '../../domain/types';
import { failureStatus } from '../../store/errors';
import type { ForumHome } from '../../store/home-data';
import type { AddedToAgenda, IntakeMessage, OutlookIntakeApi } from '../../store/outlook-intake';
import { useCommandContext } from '../commands/command-context';
import { Section } from '../components/Section';
import { useAction } from '../components/use-action';
import { useAsync } from '../components/use-async';
import { formatLongDate } from '../format/dates';
import { errorKey } from '../errors/describe-error';
import { addOutlookIntakeStrings } from '../i18n/outlook-intake-strings';
import type { OutlookIntakeProps } from '../parts';
import { useNow, useServices } from '../services';
import { useLayoutStyles } from '../styles';
import { forumForMessage, formatSize } from './intake-choices';
import { MeetingPicker, SubmissionFields, useIntakeFormStyles } from './SubmissionFields';
import { ForumSelectField, paneCardLoading, PaneStatus, useLastLoadedHome } from './PaneParts';

/**
 * "Tilføj til dagsorden", on a message open in Outlook's read mode (the forum's shared submission mailbox or any
 * inbox): the message is read through Graph and parsed; the secretary corrects the fields, picks the meeting
 * (the next one still open for items by default) and creates the item — once per Message-ID, with the attachments
 * copied to the meeting's folder. Shown to a forum's secretariat where the host has a message open.
 */
export function AddToAgenda({ state }: OutlookIntakeProps) {
  const { t, i18n } = useTranslation();
  addOutlookIntakeStrings(i18n);
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
  if (!data) return state.status === 'error' ? null : paneCardLoading(t('outlookIntake.read.title'), <MailArrowForward20Regular />);
  if (forums.length === 0) return null;
  return (
    <Section title={t('outlookIntake.read.title')} icon={<MailArrowForward20Regular />} sticky>
      {loaded.status === 'loading' ? <Spinner size="tiny" label={t('outlookIntake.read.loading')} /> : null}
      {loaded.status === 'error' ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{failureStatus(loaded.error) === 404 ? t('outlookIntake.read.notFound') : t(`error.${errorKey(loaded.error)}`)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {loaded.status === 'ready' && loaded.value ? <IntakeForm key={loaded.value.id} message={loaded.value} forums={forums} intake={intake} /> : null}
    </Section>
  );
}

function IntakeForm({ message, forums, intake }: { message: IntakeMessage; forums: readonly ForumHome[]; intake: OutlookIntakeApi }) {
  const { t } = useTranslation();
  const styles = useIntakeFormStyles();
  const layout = useLayoutStyles();
  const ctx = useCommandContext();
  const { host } = useServices();
  const now = useNow();

  const [forumId, setForumId] = useState(() => forumForMessage(forums, message)?.forum.groupId ?? '');
  const home = forums.find((f) => f.forum.groupId === forumId) ?? forums[0];
  const members = home?.forum.members;
  const parsed = useMemo(() => parseMail(message.mail, { members: members ?? [] }), [message, members]);
  const [draft, setDraft] = useState<SubmissionDraft>(() => draftFromParsed(parsed, message.mail.subject));
  const [problems, setProblems] = useState<DraftProblems>({});

  const choices = useMemo(() => (home ? meetingChoices(home.meetings, home.forum.settings, now) : { choices: [] }), [home, now]);
  const [meetingId, setMeetingId] = useState<string>();
  const meeting = choices.choices.find((c) => c.meeting.id === (meetingId ?? choices.defaultId))?.meeting ?? choices.choices[0]?.meeting;

  // Added before (pressed in another session, or the intake sync took it): say so before anyone presses.
  const internetMessageId = message.mail.internetMessageId;
  const findExisting = useCallback(
    () => (home && internetMessageId ? intake.find(home.forum, internetMessageId) : Promise.resolve(undefined)),
    [home, internetMessageId, intake],
  );
  const [existing] = useAsync(findExisting);
  const sender = parsed.sender ?? message.mail.from;
  const unknownSender = parsed.senderMemberId === null;
  const add = useAction(
    (forum: Forum) => {
      const values = draftValues(draft);
      return intake.add({
        forum,
        ...(meeting ? { meeting } : {}),
        message,
        item: {
          ...values,
          ...(parsed.meetingHint ? { meetingHint: parsed.meetingHint } : {}),
          senderName: sender?.name ?? '',
          senderAddress: sender?.address ?? '',
          unknownSender,
        },
      });
    },
    {
      success: (result) => result,
      onSuccess: (result) => {
        if (!result.created) return;
        host.notify(t('outlookIntake.read.created', { reference: result.submission.reference ?? '', title: result.submission.title }), 'success');
        ctx.reload();
      },
    },
  );
  const done = add.status;

  if (!home) return null;
  const { busy } = add;
  const previous = existing.status === 'ready' ? existing.value : undefined;
  // The button saves corrections on the item while it is undecided: when the mail was in already, and still after
  // corrections were saved here (pressing again saves the next ones; it never creates).
  const correcting = done ? !done.created && done.corrections === 'saved' : previous?.status === 'new';

  const create = () => {
    const found = draftProblems(draft, { complete: false });
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    void add.run(home.forum);
  };

  const doneText = (r: AddedToAgenda): string => {
    const values = { reference: r.submission.reference ?? r.submission.id, title: r.submission.title, count: r.copied };
    if (!r.created) return t(r.corrections === 'saved' ? 'outlookIntake.read.alreadyCorrected' : r.corrections === 'decided' ? 'outlookIntake.read.alreadyDecided' : 'outlookIntake.read.already', values);
    return r.copied > 0 ? t('outlookIntake.read.createdWithFiles', values) : t('outlookIntake.read.created', values);
  };
  const status = busy ? t('outlookIntake.read.creating') : done ? doneText(done) : '';

  return (
    <>
      <AgendaStatus checking={existing.status === 'loading'} item={done ? done.submission : previous} home={home} locale={ctx.locale} />
      <p className={layout.muted}>{t('outlookIntake.read.intro')}</p>
      {!internetMessageId ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('outlookIntake.read.noMessageId')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {parsed.kind === 'autoReply' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('outlookIntake.read.autoReply')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {previous && !done ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t(previous.status === 'new' ? 'outlookIntake.read.alreadyEditable' : 'outlookIntake.read.already', { reference: previous.reference ?? previous.id, title: previous.title })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <form
        className={styles.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          create();
        }}
      >
        <ForumSelectField
          label={t('outlookIntake.fields.forum')}
          className={styles.control}
          forums={forums}
          value={home.forum.groupId}
          onChange={(id) => {
            setForumId(id);
            setMeetingId(undefined);
          }}
          disabled={busy}
        />
        <div>
          <p className={styles.wrap}>
            <strong>{t('outlookIntake.read.sender')}: </strong>
            {sender ? `${sender.name} <${sender.address}>` : '–'}
          </p>
          {unknownSender ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t('outlookIntake.read.unknownSender', { address: sender?.address ?? '–', forum: home.forum.name })}</MessageBarBody>
            </MessageBar>
          ) : (
            <p className={layout.muted}>{t('outlookIntake.read.knownSender', { forum: home.forum.name })}</p>
          )}
        </div>
        <SubmissionFields draft={draft} onChange={setDraft} problems={problems} disabled={busy} />
        <MeetingPicker choices={choices.choices} value={meeting?.id ?? ''} onChange={setMeetingId} disabled={busy} locale={ctx.locale} />
        <div>
          <p className={styles.wrap}>
            <strong>{t('outlookIntake.read.attachments')}</strong>
          </p>
          {message.attachments.length === 0 ? (
            <p className={layout.muted}>{t('outlookIntake.read.noAttachments')}</p>
          ) : (
            <ul className={styles.list}>
              {message.attachments.map((a) => (
                <li key={a.id}>{t('outlookIntake.read.attachment', { name: a.name, size: formatSize(a.size, ctx.locale) })}</li>
              ))}
            </ul>
          )}
          {message.attachments.length > 0 && !meeting ? <p className={layout.muted}>{t('outlookIntake.read.notCopiedWithoutMeeting')}</p> : null}
        </div>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={busy || !internetMessageId}>
            {t(correcting ? 'outlookIntake.read.saveCorrections' : 'outlookIntake.read.create')}
          </Button>
          {busy ? <Spinner size="tiny" aria-hidden /> : null}
        </div>
      </form>
      <PaneStatus status={status} success={done?.created === true} error={add.error} />
    </>
  );
}

/**
 * The first thing the pane says about the open mail: is it an agenda item already — under which reference, for which
 * meeting, how far it has come — or not yet.
 */
function AgendaStatus({ checking, item, home, locale }: { checking: boolean; item: Submission | undefined; home: ForumHome; locale: Locale }) {
  const { t } = useTranslation();
  const styles = useIntakeFormStyles();
  const meeting = item?.meetingId ? home.meetings.find((m) => m.id === item.meetingId) : undefined;
  const status =
    checking && !item
      ? t('outlookIntake.read.summary.checking')
      : item
        ? `${item.reference ?? item.id}: ${t(`outlookIntake.read.summary.${item.status}`)}`
        : t('outlookIntake.read.summary.notYet');
  const meetingText = !item?.meetingId ? t('outlookIntake.read.summary.noMeeting') : meeting ? `${meeting.title}, ${formatLongDate(meeting.start, locale)}` : t('outlookIntake.read.summary.earlierMeeting');
  return (
    <div role="group" aria-label={t('outlookIntake.read.summary.label')}>
    <dl className={styles.summary}>
      <dt className={styles.term}>{t('outlookIntake.read.summary.status')}</dt>
      <dd className={styles.detail}>{status}</dd>
      {item ? (
        <>
          <dt className={styles.term}>{t('outlookIntake.read.summary.meeting')}</dt>
          <dd className={styles.detail}>{meetingText}</dd>
        </>
      ) : null}
    </dl>
    </div>
  );
}
