import { Button, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Select, tokens } from '@fluentui/react-components';
import { ArrowLeft20Regular } from '@fluentui/react-icons/svg/arrow-left';
import { ArrowUndo20Regular } from '@fluentui/react-icons/svg/arrow-undo';
import { MailInbox20Regular } from '@fluentui/react-icons/svg/mail-inbox';
import { TaskListLtr20Regular } from '@fluentui/react-icons/svg/task-list-ltr';
import { Timer20Regular } from '@fluentui/react-icons/svg/timer';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../domain/types';
import { ConflictError } from '../../../store/failures';
import type { ForumHome } from '../../../store/home-data';
import type { DecisionHold, PlanningApi } from '../../../store/planning/planning-types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBar } from '../../components/ErrorBar';
import { LoadingSkeleton } from '../../components/LoadingSkeleton';
import { Section } from '../../components/Section';
import { useAction } from '../../components/use-action';
import { useAsync } from '../../components/use-async';
import { useLocale } from '../../components/use-locale';
import { formatMeetingWhen } from '../../format/dates';
import { nextMeeting } from '../../model/meetings';
import { useServices } from '../../services';
import { useLayoutStyles } from '../../styles';
import { ViewTitle } from '../ViewTitle';
import { AgendaEditor } from './AgendaEditor';
import { AgendaSentWarning } from './AgendaSentWarning';
import { SubmissionList } from './SubmissionList';

const useStyles = makeStyles({
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  picker: { maxWidth: '40rem', minWidth: 0 },
  select: { width: '100%', minWidth: 0, '& select': { width: '100%', minWidth: 0, textOverflow: 'ellipsis' } },
});

/** What the last action said, for the live region and the message bar. */
export interface PlanningNotice {
  readonly text: string;
  readonly intent: 'success' | 'warning' | 'error' | 'info';
  /** Offered while a decision's mail is held: "Fortryd". */
  readonly undo?: () => void;
}

/** Runs a planning write (its notice to the live region); true when it was made. `key`: see PlanningView. */
export type PlanningRun = (write: () => Promise<PlanningNotice | undefined>, key?: string) => Promise<boolean>;

/** How long a decision's mail waits for "Fortryd" before it goes. */
export const DECISION_UNDO_MS = 10_000;

/** Holds a decision's mail for the "Fortryd" window, saying so with `text`; `held` runs as the window opens. */
export type HoldMail = (text: string, held?: () => void) => DecisionHold;

/**
 * Planlægning: the chairs and the secretariat pick the meeting (the next one by default), decide on the incoming
 * submissions and the backlog, and order the agenda with time slots, presenters and minutes.
 */
export function PlanningView({ home, now, onClose }: { readonly home: ForumHome; readonly now: Date; readonly onClose: () => void }) {
  const { t } = useTranslation('planning');
  const layout = useLayoutStyles();
  const styles = useStyles();
  const locale = useLocale();
  const { stores } = useServices();
  // The secretariat's view syncs the mailbox and stores an accepted item's bilag; the chairs can do neither.
  const store: PlanningApi = useMemo(
    () => stores.planning(home.forum, { syncMail: home.role === 'secretariat', storeBilag: home.role === 'secretariat' }),
    [stores, home.forum, home.role],
  );
  // The next meeting from the home's data: opening the view is then one round trip (the store checks it is still coming).
  const [meetingId, setMeetingId] = useState<string | undefined>(() => nextMeeting(home.meetings, now)?.id);
  const headingRef = useRef<HTMLDivElement>(null);
  const pickerId = useId();

  // "Now" is fixed when the view opens; reloading is explicit.
  const nowRef = useRef(now);
  const load = useCallback(async () => {
    return store.load({ ...(meetingId ? { meetingId } : {}), now: nowRef.current });
  }, [store, meetingId]);
  const [state, reload] = useAsync(load);

  useEffect(() => headingRef.current?.focus(), []);

  /**
   * Runs a write; a conflict reloads and says so; any result message goes to the live region. Writes with different
   * keys overlap (a decision's mail waits ten seconds for "Fortryd" while the agenda is edited); a second write with
   * the key of one on its way is ignored. Without a key a write never waits for another (each field's save goes).
   */
  const unkeyed = useRef(0);
  const write = useAction((work: () => Promise<PlanningNotice | undefined>, _key: string) => work(), {
    key: (_work, key) => key,
    success: (told) => told,
    failure: (error) => {
      if (!(error instanceof ConflictError)) return undefined;
      reload();
      return t('conflict');
    },
    onSuccess: reload,
  });
  const { announce: setNotice } = write;
  const notice: PlanningNotice | undefined =
    write.error !== undefined ? { text: write.error, intent: write.cause instanceof ConflictError ? 'warning' : 'error' } : write.status;
  const runWrite = write.run;
  const run: PlanningRun = useCallback((work, key) => runWrite(work, key ?? `unkeyed-${++unkeyed.current}`), [runWrite]);
  const pending = new Set(write.pending.map(([, key]) => key));
  const busy = (key: string) => pending.has(key);

  // The decision stands in the lists at once; its mail waits ten seconds for "Fortryd", then goes — also when the view
  // closes meanwhile (the timer keeps running; a closed tab leaves the claim for the unattended run).
  const holdMail: HoldMail = useCallback(
    (text, held) => () =>
      new Promise((resolve) => {
        const timer = setTimeout(() => resolve('send'), DECISION_UNDO_MS);
        setNotice({
          text: `${text} ${t('mailHeld', { seconds: DECISION_UNDO_MS / 1000 })}`,
          intent: 'info',
          undo: () => {
            clearTimeout(timer);
            resolve('undo');
          },
        });
        held?.();
        reload();
      }),
    [reload, setNotice, t],
  );

  const data = state.status === 'ready' ? state.value : undefined;
  const meeting = data?.meeting;
  const backButton = (
    <Button appearance="subtle" icon={<ArrowLeft20Regular />} onClick={onClose}>
      {t('back')}
    </Button>
  );

  return (
    <div className={layout.stack}>
      <div className={styles.head} ref={headingRef} tabIndex={-1}>
        <ViewTitle>{t('title', { forum: home.forum.name })}</ViewTitle>
        {backButton}
      </div>
      <div role="status" aria-live="polite" className={layout.visuallyHidden}>
        {notice?.text ?? (state.status === 'ready' ? t('loaded') : '')}
      </div>
      {notice ? (
        <MessageBar intent={notice.intent} aria-live="off">
          <MessageBarBody>{notice.text}</MessageBarBody>
          {notice.undo ? (
            <MessageBarActions>
              <Button size="small" icon={<ArrowUndo20Regular />} onClick={notice.undo}>
                {t('undo')}
              </Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
      {state.status === 'loading' ? <LoadingSkeleton /> : null}
      {state.status === 'error' ? <ErrorBar error={state.error} onRetry={reload} /> : null}
      {data ? (
        <>
          {data.beforeLoadFailed ? (
            <MessageBar intent="warning">
              <MessageBarBody>{t('syncFailed')}</MessageBarBody>
            </MessageBar>
          ) : null}
          {data.meetings.length === 0 || !meeting ? (
            <EmptyState>{t('noMeeting')}</EmptyState>
          ) : (
            <>
              <Field label={t('meeting')} className={styles.picker}>
                <Select id={pickerId} className={styles.select} value={meeting.id} onChange={(_e, d) => setMeetingId(d.value)}>
                  {data.meetings.map((m: Meeting) => (
                    <option key={m.id} value={m.id}>
                      {`${m.title} – ${formatMeetingWhen(m.start, m.end, locale)}`}
                    </option>
                  ))}
                </Select>
              </Field>
              <div className={layout.grid}>
                <Section title={t('agenda')} icon={<Timer20Regular />}>
                  <AgendaSentWarning home={home} meeting={meeting} items={data.agenda} />
                  {data.standingAdded > 0 ? (
                    <MessageBar intent="info" aria-live="off">
                      <MessageBarBody>{t('standingAdded')}</MessageBarBody>
                    </MessageBar>
                  ) : null}
                  <AgendaEditor
                    meeting={meeting}
                    agenda={data.agenda}
                    accepted={data.accepted}
                    store={store}
                    run={run}
                    announce={setNotice}
                  />
                </Section>
                <div className={layout.stack}>
                  <Section title={t('incoming')} icon={<MailInbox20Regular />}>
                    <SubmissionList
                      kind="incoming"
                      submissions={data.incoming}
                      meeting={meeting}
                      meetings={data.meetings}
                      store={store}
                      run={run}
                      busy={busy}
                      holdMail={holdMail}
                    />
                  </Section>
                  <Section title={t('backlog')} icon={<TaskListLtr20Regular />}>
                    <SubmissionList
                      kind="backlog"
                      submissions={data.backlog}
                      meeting={meeting}
                      meetings={data.meetings}
                      store={store}
                      run={run}
                      busy={busy}
                      holdMail={holdMail}
                    />
                  </Section>
                </div>
              </div>
            </>
          )}
        </>
      ) : null}
    </div>
  );
}
