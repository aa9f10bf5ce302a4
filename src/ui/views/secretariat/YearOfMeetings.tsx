import { Button, Link, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons/svg/arrow-download';
import { CalendarAdd20Regular } from '@fluentui/react-icons/svg/calendar-add';
import { CalendarLtr20Regular } from '@fluentui/react-icons/svg/calendar-ltr';
import { CalendarSparkle20Regular } from '@fluentui/react-icons/svg/calendar-sparkle';
import { ChevronLeft20Regular } from '@fluentui/react-icons/svg/chevron-left';
import { ChevronRight20Regular } from '@fluentui/react-icons/svg/chevron-right';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { utcToCopenhagenLocal } from '../../../domain/copenhagen-time';
import type { SignedInUser } from '../../../domain/types';
import { nextDue, yearTimeline, type TimelineEntry } from '../../../domain/year-timeline';
import type { ForumHome } from '../../../store/home-data';
import { EmptyState } from '../../components/EmptyState';
import { Section } from '../../components/Section';
import { useLocale } from '../../components/use-locale';
import { copenhagenYear, formatLongDate } from '../../format/dates';
import { useServices } from '../../services';
import { downloadYearIcs } from './year/ics-download';
import type { MeetingChange } from './year/MeetingChangeDialog';
import { NEXT_ENTRY_ID, YearTimeline } from './year/YearTimeline';
import { lazyPart, useOpensLazily } from '../../components/lazy-view';
import { viewCode } from '../../components/preloadable';
import { restoreFocusTarget } from '../../components/restore-focus';

// The year's dialogs load when one is opened: their forms (date and time pickers, comboboxes, radio groups) are
// not needed to read the year, and a cold load fetched them before the year showed (issue 17 pt 1). Each opens once its
// code and strings are in (useOpensLazily), fetched as the pointer or focus reaches its button.
const planCode = viewCode(['meeting', 'year'], () => import('./year/PlanDialog.js').then((m) => m.PlanDialog));
const extraordinaryCode = viewCode(['year'], () => import('./year/ExtraordinaryDialog.js').then((m) => m.ExtraordinaryDialog));
const changeCode = viewCode(['year'], () => import('./year/MeetingChangeDialog.js').then((m) => m.MeetingChangeDialog));
const PlanDialog = lazyPart(planCode);
const ExtraordinaryDialog = lazyPart(extraordinaryCode);
const MeetingChangeDialog = lazyPart(changeCode);

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  nav: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

/** The first month not folded: the current one, or an earlier one holding a meeting whose minutes are not finished. */
function foldBefore(entries: readonly TimelineEntry[], now: Date): string {
  const current = utcToCopenhagenLocal(now).slice(0, 7);
  // A planning meeting has no minutes: held is finished.
  const open = entries.find(
    (e) =>
      e.type === 'meeting' &&
      e.meeting.kind !== 'planning' &&
      e.meeting.status !== 'minutes-approved' &&
      e.meeting.status !== 'cancelled' &&
      e.meeting.start < now.toISOString(),
  );
  const first = open ? open.date.slice(0, 7) : current;
  return first < current ? first : current;
}

type Open = { kind: 'plan' } | { kind: 'extraordinary' } | { kind: 'change'; change: MeetingChange };

/**
 * The forum's meeting year as a timeline — meetings, planning meetings and deadlines with their state, what is
 * due next — with the secretariat's actions: plan and book a year, add an extraordinary meeting, move or cancel a
 * meeting, export the year as .ics.
 */
export function YearOfMeetings({ home, me, now }: { home: ForumHome; me: SignedInUser; now: Date }) {
  const { t } = useTranslation(['year', 'secretariat']);
  const styles = useStyles();
  const locale = useLocale();
  const thisYear = copenhagenYear(now);
  const [year, setYear] = useState(thisYear);
  const [open, setOpen] = useState<Open>();
  const plan = useOpensLazily(planCode);
  const extraordinary = useOpensLazily(extraordinaryCode);
  const change = useOpensLazily(changeCode);
  const entries = useMemo(
    () => yearTimeline(home.meetings, home.forum.settings, year, now),
    [home.meetings, home.forum.settings, year, now],
  );
  const next = nextDue(entries, now);
  const title = t('secretariat:year', { year });
  const canWrite = home.role === 'secretariat' && home.forum.settingsItem !== undefined;
  const { stores } = useServices();
  const [exporting, setExporting] = useState(false);
  const exportIcs = (): void => {
    const forumStores = stores.forum(home.forum);
    // A deadline entry names its meeting too: each meeting once.
    const meetings = [...new Set(entries.map((e) => e.meeting))];
    setExporting(true);
    void downloadYearIcs(home.forum, entries, year, now, () => forumStores.calendarUids(meetings)).finally(() => setExporting(false));
  };

  const nextText = next
    ? t('nextDue', {
        what: next.type === 'meeting' ? next.meeting.title : t(`deadline.${next.kind}`, { meeting: next.meeting.title }),
        date: formatLongDate(next.type === 'meeting' ? next.meeting.start : `${next.date}T12:00:00Z`, locale),
      })
    : undefined;

  return (
    <Section
      title={title}
      icon={<CalendarLtr20Regular />}
      actions={
        <span className={styles.nav}>
          <Button
            appearance="subtle"
            size="small"
            icon={<ChevronLeft20Regular />}
            aria-label={t('previous', { year: year - 1 })}
            disabled={year <= thisYear - 1}
            onClick={() => setYear(year - 1)}
          />
          <Button
            appearance="subtle"
            size="small"
            icon={<ChevronRight20Regular />}
            aria-label={t('next', { year: year + 1 })}
            disabled={year >= thisYear + 1}
            onClick={() => setYear(year + 1)}
          />
        </span>
      }
    >
      <div className={styles.toolbar} role="group" aria-label={title}>
        {canWrite ? (
          <>
            <Button
              appearance="subtle"
              icon={<CalendarAdd20Regular />}
              // The dialogs have no DialogTrigger (they are not there until opened): closing one gives focus back to its button.
              {...restoreFocusTarget}
              {...plan.trigger(() => setOpen({ kind: 'plan' }))}
            >
              {t('plan', { year })}
            </Button>
            <Button
              appearance="subtle"
              icon={<CalendarSparkle20Regular />}
              {...restoreFocusTarget}
              {...extraordinary.trigger(() => setOpen({ kind: 'extraordinary' }))}
            >
              {t('extraordinary')}
            </Button>
          </>
        ) : null}
        <Button appearance="subtle" icon={<ArrowDownload20Regular />} disabled={entries.length === 0 || exporting} onClick={exportIcs}>
          {t('exportIcs')}
        </Button>
      </div>
      {year === thisYear || next ? (
        <MessageBar intent="info" aria-live="off">
          <MessageBarBody>
            {nextText ? (
              // One click to what is next: the entry is focused, which scrolls it into view (it is outlined in the list).
              <Link onClick={() => document.getElementById(NEXT_ENTRY_ID)?.focus()}>{nextText}</Link>
            ) : (
              t('nothingDue', { year })
            )}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {entries.length === 0 ? (
        <EmptyState>{t('secretariat:yearEmpty', { year })}</EmptyState>
      ) : (
        <YearTimeline
          key={year}
          entries={entries}
          // This year opens at the current month: the months gone by fold behind one button — only those whose
          // meetings are finished (minutes approved or cancelled); a meeting still waiting for its minutes stays in view.
          {...(year === thisYear ? { foldBefore: foldBefore(entries, now) } : {})}
          {...(next ? { next } : {})}
          forum={home.forum}
          now={now}
          label={title}
          {...(canWrite
            ? {
                actions: {
                  move: (meeting) => change.whenReady(() => setOpen({ kind: 'change', change: { kind: 'move', meeting } })),
                  cancel: (meeting) => change.whenReady(() => setOpen({ kind: 'change', change: { kind: 'cancel', meeting } })),
                },
              }
            : {})}
        />
      )}
      <Suspense fallback={null}>
        {open?.kind === 'plan' ? <PlanDialog home={home} me={me} year={year} onClose={() => setOpen(undefined)} /> : null}
        {open?.kind === 'extraordinary' ? <ExtraordinaryDialog home={home} me={me} now={now} onClose={() => setOpen(undefined)} /> : null}
        {open?.kind === 'change' ? <MeetingChangeDialog home={home} change={open.change} onClose={() => setOpen(undefined)} /> : null}
      </Suspense>
    </Section>
  );
}
