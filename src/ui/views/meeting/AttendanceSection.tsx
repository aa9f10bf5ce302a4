import { Body1, Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens, typographyStyles } from '@fluentui/react-components';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { ChevronDown20Regular } from '@fluentui/react-icons/svg/chevron-down';
import { ChevronUp20Regular } from '@fluentui/react-icons/svg/chevron-up';
import { useTranslation } from 'react-i18next';
import { attendanceRows, type AttendanceRow, type PersonRef } from '../../../domain/attendance';
import type { ForumRef, Meeting } from '../../../domain/types';
import type { MeetingAttendance } from '../../../store/attendance-store';
import { ConflictError } from '../../../store/failures';
import { roleOf } from '../../../domain/forum-trust';
import { useForumRole, useLoadedForumHome, useMe } from '../../me';
import { quorumSetting } from '../../../domain/commissorium';
import { expectedQuorum } from '../../../domain/quorum';
import { useNow, useServices } from '../../services';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBar } from '../../components/ErrorBar';
import { SendApologies, type ApologiesRequest } from './SendApologies';
import { SubstituteForm } from './SubstituteForm';
import { AttendanceList } from './AttendanceList';
import { useAction } from '../../components/use-action';
import { useAsync } from '../../components/use-async';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: {
    ...typographyStyles.subtitle2,
    margin: 0,
    ':focus-visible': { outlineStyle: 'solid', outlineWidth: tokens.strokeWidthThick, outlineColor: tokens.colorStrokeFocus2 },
  },
  counts: { color: tokens.colorNeutralForeground2 },
  summary: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
});

type Notice = { readonly text: string; readonly intent: 'success' | 'warning' | 'error' };

/**
 * "Deltagere": who is invited and how they answered, grouped by organisation. The secretariat can call in a substitute
 * for a member who sent apologies; a member can send their own apologies (and their substitute) for an upcoming meeting.
 * The list itself is folded behind its counts ("Vis deltagere"): sixteen names must not stand between the agenda and
 * the minutes. `unfold` opens it (the dialog asked for at Deltagere); `headingId` lets the dialog jump to the heading.
 */
export function AttendanceSection({
  meeting,
  forum,
  unfold,
  headingId,
}: {
  meeting: Meeting;
  forum: ForumRef;
  unfold?: boolean;
  headingId?: string;
}) {
  const styles = useStyles();
  const { t } = useTranslation('attendance');
  const { stores } = useServices();
  const signedIn = useMe();
  const me = signedIn.email.trim().toLowerCase();
  const homeRole = useForumRole(forum);
  const home = useLoadedForumHome(forum)?.forum;
  // The quorum rule counts only as the secretariat wrote it (forum-trust.ts), like the approval rule.
  const quorum = home && !home.settingsUnverified ? quorumSetting(home.settings) : undefined;
  const now = useNow();
  const store = useMemo(() => stores.forum(forum).attendance, [stores, forum]);
  const load = useCallback((): Promise<MeetingAttendance | undefined> => store.load(meeting), [store, meeting]);
  const [state, reload] = useAsync(load);
  const [naming, setNaming] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const returnTo = useRef<string | undefined>(undefined);
  const [shown, setShown] = useState(unfold === true);
  const listId = useId();
  useEffect(() => {
    if (unfold) setShown(true);
  }, [unfold]);

  // After the substitute form closes without saving, focus goes back to the button that opened it.
  useEffect(() => {
    if (naming !== undefined || !returnTo.current) return;
    root.current?.querySelector<HTMLButtonElement>(`button[data-call-substitute="${CSS.escape(returnTo.current)}"]`)?.focus();
    returnTo.current = undefined;
  }, [naming]);

  const upcoming = meeting.status !== 'cancelled' && Date.parse(meeting.end) > now.getTime();

  /** Runs a write, then tells the outcome in the live region, reloads the list and puts focus on its heading. */
  const write = useAction((work: () => Promise<Notice>) => work(), {
    success: (told) => told,
    failure: (error) => (error instanceof ConflictError ? t('conflict') : t('failed')),
    onSettled: () => {
      setNaming(undefined);
      reload();
      heading.current?.focus();
    },
  });
  const act = write.run;
  const { busy } = write;
  const notice: Notice | undefined = write.error !== undefined ? { text: write.error, intent: 'error' } : write.status;

  const body = (() => {
    if (state.status === 'loading') return <Spinner size="tiny" label={t('loading')} />;
    if (state.status === 'error') return <ErrorBar error={state.error} onRetry={reload} />;
    const loaded = state.value;
    if (!loaded?.invitation) return <EmptyState>{t('notBooked')}</EmptyState>;
    const { attendance, members, invitation } = loaded;
    const rows = attendanceRows(attendance);
    // The home's role (the group's owners are the secretariat); rendered without a home, the list's.
    const isSecretariat = (homeRole ?? roleOf({ members }, signedIn)) === 'secretariat';
    if (rows.length === 0) return <EmptyState>{t('empty')}</EmptyState>;
    const personOf = (email: string): PersonRef => ({ name: members.find((m) => m.email === email)?.name ?? email, email });

    const nameSubstitute = (member: AttendanceRow, email: string) =>
      act(async () => {
        const substitute = personOf(email);
        await store.nameSubstitute(loaded.meeting, member.email, substitute.name === email ? email : substitute, signedIn);
        return { text: t('substituteInvited', { substitute: substitute.name, name: member.name }), intent: 'success' };
      });

    const mine = rows.find((r) => r.email === me);
    const sendApologies = (request: ApologiesRequest) =>
      act(async () => {
        const outcome = await store.decline(invitation.iCalUId ?? '', request.comment);
        if (outcome === 'no-invitation') return { text: t('noInvitation'), intent: 'warning' };
        if (!request.substitute) return { text: t('apologiesSent'), intent: 'success' };
        await store.nameSubstitute(loaded.meeting, me, request.substitute, signedIn);
        return { text: t('apologiesSentWithSubstitute', { name: request.substitute.name }), intent: 'success' };
      });

    const expected = quorum && isSecretariat && upcoming ? expectedQuorum(quorum, attendance, members) : undefined;
    const canCall = (row: AttendanceRow): boolean =>
      isSecretariat && upcoming && row.status === 'apology' && !row.substitute && !row.substituteFor && row.role !== 'guest';
    return (
      <>
        <div className={styles.summary}>
          <Body1 className={styles.counts}>
            {t('counts', {
              attending: attendance.counts.attending,
              tentative: attendance.counts.tentative,
              noAnswer: attendance.counts['no-answer'],
              apology: attendance.counts.apology,
            })}
          </Body1>
          <Button
            appearance="subtle"
            size="small"
            icon={shown ? <ChevronUp20Regular /> : <ChevronDown20Regular />}
            aria-expanded={shown}
            aria-controls={listId}
            onClick={() => setShown(!shown)}
          >
            {shown ? t('hide') : t('show')}
          </Button>
        </div>
        {expected ? (
          <MessageBar intent={expected.confirmed.met ? 'success' : 'warning'} layout="multiline" data-testid="expected-quorum">
            <MessageBarBody>
              {t(expected.confirmed.met ? 'quorum.met' : 'quorum.notMet', {
                present: expected.confirmed.present,
                members: expected.confirmed.members,
                required: expected.confirmed.required,
              })}
              {expected.possible.present > expected.confirmed.present
                ? ` ${t('quorum.possible', { present: expected.possible.present })}`
                : ''}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {mine && upcoming && invitation.iCalUId && !invitation.isCancelled ? (
          mine.status === 'apology' ? (
            <Body1>{t('youSentApologies')}</Body1>
          ) : (
            <SendApologies
              meetingTitle={meeting.title}
              {...(mine.standingSubstitute ? { standingSubstitute: personOf(mine.standingSubstitute) } : {})}
              busy={busy}
              onSubmit={(r) => void sendApologies(r)}
            />
          )
        ) : null}
        <div id={listId} hidden={!shown}>
          {shown ? (
            <AttendanceList
              attendance={attendance}
              actionFor={(row) =>
                canCall(row) && naming !== row.email ? (
                  <Button
                    size="small"
                    data-call-substitute={row.email}
                    aria-label={t('callSubstituteFor', { name: row.name })}
                    onClick={() => setNaming(row.email)}
                  >
                    {t('callSubstitute')}
                  </Button>
                ) : null
              }
              extraFor={(row) =>
                naming === row.email ? (
                  <SubstituteForm
                    member={row}
                    busy={busy}
                    onSubmit={(email) => void nameSubstitute(row, email)}
                    onCancel={() => {
                      returnTo.current = row.email;
                      setNaming(undefined);
                    }}
                  />
                ) : null
              }
            />
          ) : null}
        </div>
      </>
    );
  })();

  return (
    <div className={styles.root} ref={root}>
      <h3 ref={heading} id={headingId} tabIndex={-1} className={styles.heading}>
        {t('title')}
      </h3>
      <div role="status" aria-live="polite">
        {notice ? (
          <MessageBar intent={notice.intent} layout="multiline">
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {body}
    </div>
  );
}
