import { Badge, Button, Caption1, makeStyles, MenuButton, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronDown20Regular } from '@fluentui/react-icons/svg/chevron-down';
import { ChevronUp20Regular } from '@fluentui/react-icons/svg/chevron-up';
import { Flag16Regular } from '@fluentui/react-icons/svg/flag';
import { MoreHorizontal20Regular } from '@fluentui/react-icons/svg/more-horizontal';
import { Suspense, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForumRef, Meeting } from '../../../../domain/types';
import type { TimelineEntry } from '../../../../domain/year-timeline';
import { MeetingRow } from '../../meeting/MeetingRow';
import { useLocale } from '../../../components/use-locale';
import { formatLongDate } from '../../../format/dates';
import { lazyPart, useOpensLazily } from '../../../components/lazy-view';
import { viewCode } from '../../../components/preloadable';

// A meeting's menu (Fluent's Menu and its popover, positioning and keyboard code) loads when one is first opened: the
// year is in the secretariat's first view, its menus are not (issue 17 pt 1).
const menuCode = viewCode(['year'], () => import('./MeetingMenu.js').then((m) => m.MeetingMenu));
const MeetingMenu = lazyPart(menuCode);

const useStyles = makeStyles({
  months: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  month: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    textTransform: 'capitalize',
  },
  list: { margin: 0, padding: 0, listStyleType: 'none' },
  meeting: { display: 'grid', gridTemplateColumns: '1fr min-content', alignItems: 'start', gap: tokens.spacingHorizontalS },
  deadline: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInlineStart: tokens.spacingHorizontalXXL,
    color: tokens.colorNeutralForeground2,
    flexWrap: 'wrap',
  },
  done: { color: tokens.colorNeutralForeground3 },
  next: {
    outlineStyle: 'solid',
    outlineWidth: tokens.strokeWidthThick,
    outlineColor: tokens.colorBrandStroke1,
    borderRadius: tokens.borderRadiusMedium,
  },
  fold: { alignSelf: 'flex-start' },
});

export interface MeetingActions {
  readonly move: (meeting: Meeting) => void;
  readonly cancel: (meeting: Meeting) => void;
}

function monthName(date: string, locale: 'da' | 'en'): string {
  return new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date.slice(0, 7)}-15T12:00:00Z`),
  );
}

/** "marts" or "januar–november": the months folded away (this year's, so without the year). */
function monthSpan(months: readonly string[], locale: 'da' | 'en'): string {
  const name = (m: string): string =>
    new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(`${m}-15T12:00:00Z`));
  const first = months[0] ?? '';
  const last = months[months.length - 1] ?? first;
  return first === last ? name(first) : `${name(first)}–${name(last)}`;
}

/** The element the year's "Næste" link takes the secretariat to. */
export const NEXT_ENTRY_ID = 'year-next-entry';

/**
 * The year month by month: meetings (with their state and actions) and the deadlines around them. Months before
 * `foldBefore` ("2026-12") are folded behind one button, so the year opens at what is coming.
 */
export function YearTimeline({
  entries,
  next,
  forum,
  now,
  actions,
  label,
  foldBefore,
}: {
  entries: readonly TimelineEntry[];
  next?: TimelineEntry;
  forum: ForumRef;
  now: Date;
  actions?: MeetingActions;
  label: string;
  foldBefore?: string;
}) {
  const styles = useStyles();
  const { t } = useTranslation('year');
  const locale = useLocale();
  const [unfolded, setUnfolded] = useState(false);
  const all = [...new Set(entries.map((e) => e.date.slice(0, 7)))];
  const past = foldBefore ? all.filter((m) => m < foldBefore) : [];
  const months = unfolded ? all : all.filter((m) => !past.includes(m));
  const pastMeetings = entries.filter((e) => e.type === 'meeting' && past.includes(e.date.slice(0, 7))).length;
  return (
    <>
      {past.length > 0 ? (
        <Button
          appearance="subtle"
          size="small"
          className={styles.fold}
          icon={unfolded ? <ChevronUp20Regular /> : <ChevronDown20Regular />}
          aria-expanded={unfolded}
          onClick={() => setUnfolded(!unfolded)}
        >
          {t(unfolded ? 'hidePast' : 'showPast', { count: pastMeetings, span: monthSpan(past, locale) })}
        </Button>
      ) : null}
      <YearMonths
        months={months}
        entries={entries}
        {...(next ? { next } : {})}
        forum={forum}
        now={now}
        {...(actions ? { actions } : {})}
        label={label}
      />
    </>
  );
}

function YearMonths({
  months,
  entries,
  next,
  forum,
  now,
  actions,
  label,
}: {
  months: readonly string[];
  entries: readonly TimelineEntry[];
  next?: TimelineEntry;
  forum: ForumRef;
  now: Date;
  actions?: MeetingActions;
  label: string;
}) {
  const styles = useStyles();
  const locale = useLocale();
  return (
    <ol className={styles.months} aria-label={label}>
      {months.map((month) => (
        <li key={month}>
          <h3 className={styles.month}>{monthName(month, locale)}</h3>
          <ul className={styles.list}>
            {entries
              .filter((e) => e.date.startsWith(month))
              .map((e) =>
                e.type === 'meeting' ? (
                  <MeetingEntry
                    key={`m:${e.meeting.id}`}
                    entry={e}
                    isNext={e === next}
                    forum={forum}
                    now={now}
                    {...(actions ? { actions } : {})}
                  />
                ) : (
                  <DeadlineEntry key={`d:${e.meeting.id}:${e.kind}`} entry={e} isNext={e === next} />
                ),
              )}
          </ul>
        </li>
      ))}
    </ol>
  );
}

function MeetingEntry({
  entry,
  isNext,
  forum,
  now,
  actions,
}: {
  entry: Extract<TimelineEntry, { type: 'meeting' }>;
  isNext: boolean;
  forum: ForumRef;
  now: Date;
  actions?: MeetingActions;
}) {
  const styles = useStyles();
  const { t } = useTranslation('year');
  const m = entry.meeting;
  const changeable = actions && m.status !== 'cancelled' && m.end > now.toISOString() && m.kind !== 'planning';
  return (
    <li
      className={mergeClasses(styles.meeting, isNext && styles.next)}
      data-meeting-ref={m.correlationId ?? m.id}
      {...(isNext ? { id: NEXT_ENTRY_ID, tabIndex: -1 } : {})}
    >
      <ul className={styles.list}>
        <MeetingRow meeting={entry.state === m.status ? m : { ...m, status: entry.state }} forum={forum} now={now} />
      </ul>
      {changeable ? (
        <MeetingActionsMenu
          label={t('meetingActions', { title: m.title })}
          onMove={() => actions.move(m)}
          onCancel={() => actions.cancel(m)}
        />
      ) : null}
    </li>
  );
}

/**
 * A meeting's "…" button: until its menu's code is in, a MenuButton like the menu's own (same name, `aria-haspopup`)
 * that loads it and opens it — by click, Enter, Space or ArrowDown, as Fluent's MenuTrigger does — with focus on the
 * first item; from then on the menu itself (MeetingMenu.tsx), whose trigger takes focus back when it closes.
 */
function MeetingActionsMenu({ label, onMove, onCancel }: { label: string; onMove: () => void; onCancel: () => void }) {
  const [loaded, setLoaded] = useState(() => menuCode.load.value !== undefined);
  const [open, setOpen] = useState(false);
  const menu = useOpensLazily(menuCode);
  const openMenu = () =>
    menu.whenReady(() => {
      setLoaded(true);
      setOpen(true);
    });
  const button = (
    <MenuButton
      appearance="subtle"
      icon={<MoreHorizontal20Regular />}
      aria-label={label}
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerEnter={menu.prefetch}
      onFocus={menu.prefetch}
      onClick={openMenu}
      onKeyDown={(e: KeyboardEvent) => {
        if (e.key !== 'ArrowDown') return;
        e.preventDefault();
        openMenu();
      }}
    />
  );
  if (!loaded) return button;
  return (
    <Suspense fallback={button}>
      <MeetingMenu label={label} open={open} onOpenChange={setOpen} onMove={onMove} onCancel={onCancel} />
    </Suspense>
  );
}

function DeadlineEntry({ entry, isNext }: { entry: Extract<TimelineEntry, { type: 'deadline' }>; isNext: boolean }) {
  const styles = useStyles();
  const { t } = useTranslation('year');
  const locale = useLocale();
  return (
    <li
      className={mergeClasses(styles.deadline, entry.state === 'done' && styles.done, isNext && styles.next)}
      {...(isNext ? { id: NEXT_ENTRY_ID, tabIndex: -1 } : {})}
    >
      <Flag16Regular aria-hidden />
      <span>{t(`deadline.${entry.kind}`, { meeting: entry.meeting.title })}</span>
      <Caption1>{formatLongDate(`${entry.date}T12:00:00Z`, locale)}</Caption1>
      <Badge shape="rounded" appearance="outline" color={entry.state === 'done' ? 'subtle' : 'informative'} size="small">
        {t(`deadlineState.${entry.state}`)}
      </Badge>
    </li>
  );
}
