import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMail } from '../../domain/mail/parse-mail';
import { draftFromParsed, draftProblems, draftValues, type DraftProblems, type SubmissionDraft } from '../../domain/mail/submission-draft';
import { meetingChoices } from '../../domain/submission-meetings';
import type { Submission } from '../../domain/types';
import type { ForumHome } from '../../store/home-data';
import type { AddedToAgenda, IntakeMessage, OutlookIntakeApi } from '../../store/outlook-intake';
import { useCommandContext } from '../commands/command-context';
import { useAction } from '../components/use-action';
import { useNow, useServices } from '../services';
import { useLayoutStyles } from '../styles';
import { formatSize } from './intake-choices';
import { PaneStatus } from './PaneParts';
import { ForumSelectField, MeetingPicker, SubmissionFields, useIntakeFormStyles } from './SubmissionFields';

export interface IntakeFormProps {
  readonly message: IntakeMessage;
  readonly forums: readonly ForumHome[];
  /** The forum chosen (by the message's mailbox, or by the secretary). */
  readonly home: ForumHome;
  readonly onForumChange: (groupId: string) => void;
  /** The agenda item this mail became before, as the pane found it. */
  readonly previous: Submission | undefined;
  /** The item the form created or corrected, for the pane's answer above it. */
  readonly onAdded: (item: Submission) => void;
  readonly intake: OutlookIntakeApi;
}

/**
 * The form under the pane's answer: the mail parsed into the item's fields (html-to-text and the parser load with
 * it, after the answer), the meeting, the attachments, and the button that creates the item or saves corrections.
 */
export function IntakeForm({ message, forums, home, onForumChange, previous, onAdded, intake }: IntakeFormProps) {
  const { t } = useTranslation('outlookIntake');
  const styles = useIntakeFormStyles();
  const layout = useLayoutStyles();
  const ctx = useCommandContext();
  const { host } = useServices();
  const now = useNow();

  const members = home.forum.members;
  const parsed = useMemo(() => parseMail(message.mail, { members }), [message, members]);
  const [draft, setDraft] = useState<SubmissionDraft>(() => draftFromParsed(parsed, message.mail.subject));
  const [problems, setProblems] = useState<DraftProblems>({});

  const choices = useMemo(() => meetingChoices(home.meetings, home.forum.settings, now), [home, now]);
  const [meetingId, setMeetingId] = useState<string>();
  const meeting = choices.choices.find((c) => c.meeting.id === (meetingId ?? choices.defaultId))?.meeting ?? choices.choices[0]?.meeting;

  const internetMessageId = message.mail.internetMessageId;
  const sender = parsed.sender ?? message.mail.from;
  const unknownSender = parsed.senderMemberId === null;
  const add = useAction(
    () => {
      const values = draftValues(draft);
      return intake.add({
        forum: home.forum,
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
        onAdded(result.submission);
        if (!result.created) return;
        host.notify(t('read.created', { reference: result.submission.reference ?? '', title: result.submission.title }), 'success');
        ctx.reload();
      },
    },
  );
  const done = add.status;
  const { busy } = add;
  // The button saves corrections on the item while it is undecided: when the mail was in already, and still after
  // corrections were saved here (pressing again saves the next ones; it never creates).
  const correcting = done ? !done.created && done.corrections === 'saved' : previous?.status === 'new';

  const create = () => {
    const found = draftProblems(draft, { complete: false });
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    void add.run();
  };

  const doneText = (r: AddedToAgenda): string => {
    const values = { reference: r.submission.reference ?? r.submission.id, title: r.submission.title, count: r.copied };
    if (!r.created)
      return t(
        r.corrections === 'saved' ? 'read.alreadyCorrected' : r.corrections === 'decided' ? 'read.alreadyDecided' : 'read.already',
        values,
      );
    return r.copied > 0 ? t('read.createdWithFiles', values) : t('read.created', values);
  };
  const status = busy ? t('read.creating') : done ? doneText(done) : '';

  return (
    <>
      <p className={layout.muted}>{t('read.intro')}</p>
      {!internetMessageId ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('read.noMessageId')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {parsed.kind === 'autoReply' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('read.autoReply')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {previous && !done ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t(previous.status === 'new' ? 'read.alreadyEditable' : 'read.already', {
              reference: previous.reference ?? previous.id,
              title: previous.title,
            })}
          </MessageBarBody>
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
          label={t('fields.forum')}
          className={styles.control}
          forums={forums}
          value={home.forum.groupId}
          onChange={(id) => {
            onForumChange(id);
            setMeetingId(undefined);
          }}
          disabled={busy}
        />
        <div>
          <p className={styles.wrap}>
            <strong>{t('read.sender')}: </strong>
            {sender ? `${sender.name} <${sender.address}>` : '–'}
          </p>
          {unknownSender ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t('read.unknownSender', { address: sender?.address ?? '–', forum: home.forum.name })}</MessageBarBody>
            </MessageBar>
          ) : (
            <p className={layout.muted}>{t('read.knownSender', { forum: home.forum.name })}</p>
          )}
        </div>
        <SubmissionFields draft={draft} onChange={setDraft} problems={problems} disabled={busy} />
        <MeetingPicker choices={choices.choices} value={meeting?.id ?? ''} onChange={setMeetingId} disabled={busy} locale={ctx.locale} />
        <div>
          <p className={styles.wrap}>
            <strong>{t('read.attachments')}</strong>
          </p>
          {message.attachments.length === 0 ? (
            <p className={layout.muted}>{t('read.noAttachments')}</p>
          ) : (
            <ul className={styles.list}>
              {message.attachments.map((a) => (
                <li key={a.id}>{t('read.attachment', { name: a.name, size: formatSize(a.size, ctx.locale) })}</li>
              ))}
            </ul>
          )}
          {message.attachments.length > 0 && !meeting ? <p className={layout.muted}>{t('read.notCopiedWithoutMeeting')}</p> : null}
        </div>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={busy || !internetMessageId}>
            {t(correcting ? 'read.saveCorrections' : 'read.create')}
          </Button>
          {busy ? <Spinner size="tiny" aria-hidden /> : null}
        </div>
      </form>
      <PaneStatus status={status} success={done?.created === true} error={add.error} />
    </>
  );
}
