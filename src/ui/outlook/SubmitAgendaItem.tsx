import { Button, Spinner } from '@fluentui/react-components';
import { MailEdit20Regular } from '@fluentui/react-icons/svg/mail-edit';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { draftProblems, draftValues, EMPTY_DRAFT, type DraftProblems, type SubmissionDraft } from '../../domain/mail/submission-draft';
import { submissionMail } from '../../domain/mail/submission-mail';
import { meetingChoices } from '../../domain/submission-meetings';
import type { Role } from '../../domain/types';
import { useCommandContext } from '../commands/command-context';
import { Section } from '../components/Section';
import { useAction } from '../components/use-action';
import type { OutlookIntakeProps } from '../parts';
import { useNow, useServices } from '../services';
import { useLayoutStyles } from '../styles';
import { ForumSelectField, MeetingPicker, SubmissionFields, useIntakeFormStyles } from './SubmissionFields';
import { paneCardLoading, PaneStatus, useLastLoadedHome } from './PaneParts';

/** Who brings items to a forum's agenda: its members, chairs and secretariat (observers attend without items; model/pane-item.ts's `actingForums` applies the same rule). */
const SUBMITTING_ROLES: readonly Role[] = ['member', 'chair', 'secretariat'];

/**
 * "Indsend dagsordenspunkt", on a message being written in Outlook: a member fills in the item and the add-in
 * writes the structured mail (to the forum's mailbox, "Sagsfremstilling: <title>", the headings the intake reads)
 * into the compose window; the member attaches files and sends it. Shown where the host can write into a draft.
 */
export function SubmitAgendaItem({ state }: OutlookIntakeProps) {
  const { t } = useTranslation('outlookIntake');
  const styles = useIntakeFormStyles();
  const layout = useLayoutStyles();
  const ctx = useCommandContext();
  const { host } = useServices();
  const now = useNow();
  const composeInto = host.composeInto;

  const data = useLastLoadedHome(state);
  const forums = useMemo(
    () => (data?.forums ?? []).filter((f) => f.role !== undefined && SUBMITTING_ROLES.includes(f.role) && f.forum.mailbox !== ''),
    [data],
  );
  const [forumId, setForumId] = useState('');
  const home = forums.find((f) => f.forum.groupId === forumId) ?? forums[0];
  const choices = useMemo(() => (home ? meetingChoices(home.meetings, home.forum.settings, now) : { choices: [] }), [home, now]);
  const [meetingId, setMeetingId] = useState<string>();
  const meeting = choices.choices.find((c) => c.meeting.id === (meetingId ?? choices.defaultId))?.meeting ?? choices.choices[0]?.meeting;

  const [draft, setDraft] = useState<SubmissionDraft>(EMPTY_DRAFT);
  const [problems, setProblems] = useState<DraftProblems>({});
  const compose = useAction(
    (mailbox: string) =>
      composeInto
        ? composeInto(submissionMail({ ...draftValues(draft), ...(meeting ? { meetingStart: meeting.start } : {}) }, mailbox))
        : Promise.resolve(),
    {
      success: (_written, mailbox) => t('compose.written', { mailbox }),
    },
  );

  if (!composeInto) return null;
  if (data === undefined) return state.status === 'error' ? null : paneCardLoading(t('compose.title'), <MailEdit20Regular />);
  const { busy } = compose;

  const write = () => {
    if (!home) return;
    const found = draftProblems(draft, { complete: true });
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    void compose.run(home.forum.mailbox);
  };

  const status = busy ? t('compose.writing') : (compose.status ?? '');

  return (
    <Section title={t('compose.title')} icon={<MailEdit20Regular />} sticky>
      {!home ? (
        <p className={layout.muted}>{t('compose.notMember')}</p>
      ) : (
        <>
          <p className={layout.muted}>{t('compose.intro', { mailbox: home.forum.mailbox })}</p>
          <form
            className={styles.form}
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              write();
            }}
          >
            <ForumSelectField
              label={t('fields.forum')}
              className={styles.control}
              forums={forums}
              value={home.forum.groupId}
              onChange={(id) => {
                setForumId(id);
                setMeetingId(undefined);
              }}
              disabled={busy}
            />
            <SubmissionFields draft={draft} onChange={setDraft} problems={problems} disabled={busy} />
            <MeetingPicker
              choices={choices.choices}
              value={meeting?.id ?? ''}
              onChange={setMeetingId}
              disabled={busy}
              locale={ctx.locale}
            />
            <div className={styles.actions}>
              <Button type="submit" appearance="primary" disabled={busy}>
                {t('compose.write')}
              </Button>
              {busy ? <Spinner size="tiny" aria-hidden /> : null}
            </div>
          </form>
        </>
      )}
      <PaneStatus status={status} success={compose.status !== undefined} error={compose.error} />
    </Section>
  );
}
