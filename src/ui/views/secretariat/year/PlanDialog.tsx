import {
  Badge,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PRESETS, type Commissorium } from '../../../../domain/commissorium';
import {
  draftConflicts,
  draftDay,
  draftFromPlan,
  draftWarnings,
  moveDraft,
  preferFreeDays,
  type DraftMeeting,
  type PersonBusy,
} from '../../../../domain/plan-draft';
import type { SignedInUser } from '../../../../domain/types';
import { planYear } from '../../../../domain/year-plan';
import type { ForumHome } from '../../../../store/home-data';
import type { BookingResult } from '../../../../store/booking';
import { useCommandContext } from '../../../commands/command-context';
import { DialogStatus } from '../../../components/DialogStatus';
import { useAction } from '../../../components/use-action';
import { useLocale } from '../../../components/use-locale';
import { formatMeetingWhen, formatTimeSpan } from '../../../format/dates';

const useStyles = makeStyles({
  surface: { maxWidth: '60rem', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  table: { minWidth: 0 },
  sub: { display: 'block', color: tokens.colorNeutralForeground3 },
  warn: { display: 'block', color: tokens.colorPaletteDarkOrangeForeground1 },
  scroll: { overflowX: 'auto' },
});

function summary(c: Commissorium, t: TFunction<['year', 'meeting']>): string {
  return c.series
    .map((s) => `${s.perYear} × ${t(`meeting:kind.${s.kind}`).toLowerCase()} (${t('meeting:minutes', { count: s.durationMinutes })})`)
    .join(', ');
}

/** Meetings booked, not counting their planning meetings. */
function bookedMeetings(result: BookingResult): number {
  return result.meetings.filter((m) => !m.error && !m.meetingRef.endsWith('-P')).length;
}

/** Of those, the meetings a booking running at the same time (a colleague, another tab) recorded first. */
function bookedElsewhere(result: BookingResult): number {
  return result.meetings.filter((m) => m.bookedElsewhere && !m.meetingRef.endsWith('-P')).length;
}

export interface PlanDialogProps {
  readonly home: ForumHome;
  readonly me: SignedInUser;
  readonly year: number;
  readonly onClose: () => void;
}

/** The proposed year, adjustable date by date, checked against the chairs' and secretariat's calendars; then booked. */
export function PlanDialog({ home, me, year, onClose }: PlanDialogProps) {
  const styles = useStyles();
  const { t } = useTranslation(['year', 'meeting']);
  const locale = useLocale();
  const ctx = useCommandContext();
  const store = ctx.services.stores.forum(home.forum).year;
  const c = home.forum.settings ?? PRESETS['horsens-2024'];
  const plan = useMemo(() => planYear(year, c), [year, c]);
  const [drafts, setDrafts] = useState<DraftMeeting[]>(() => draftFromPlan(plan, home.meetings));
  const [people, setPeople] = useState<PersonBusy[] | undefined>();
  const [result, setResult] = useState<BookingResult>();

  // Chairs' and secretariat's calendars: prefer free days once, then show conflicts as the dates change.
  useEffect(() => {
    let live = true;
    const keyPeople = home.forum.members.filter((m) => (m.role === 'chair' || m.role === 'secretariat') && m.email !== '');
    store
      .schedules(
        keyPeople.map((m) => m.email),
        `${year}-01-01T00:00:00Z`,
        `${year}-12-31T23:59:00Z`,
      )
      .then((found) => {
        if (!live) return;
        const named = found.map((s) => ({ ...s, name: keyPeople.find((m) => m.email === s.email)?.name ?? s.email }));
        setPeople(named);
        setDrafts((current) => preferFreeDays(current, named, c));
      })
      .catch(() => live && setPeople([]));
    return () => {
      live = false;
    };
  }, [store, home.forum.members, year, c]);

  const toBook = drafts.filter((d) => !d.existing?.booked);
  const meetingsToBook = toBook.filter((d) => d.kind !== 'planning').length;

  const book = useAction(() => store.book({ forum: home.forum, commissorium: c, organiser: me, meetings: toBook }), {
    onSuccess: (booked) => {
      setResult(booked);
      ctx.services.host.notify(t('planDialog.booked', { count: bookedMeetings(booked) }), booked.ok ? 'success' : 'error');
      ctx.reload();
    },
  });
  const { error } = book;
  const phase = book.busy ? 'booking' : result ? 'done' : 'editing';

  const failed = result?.meetings.filter((m) => m.error).length ?? 0;
  const elsewhere = result ? bookedElsewhere(result) : 0;
  return (
    <Dialog open onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t('planDialog.title', { year })}</DialogTitle>
          <DialogContent className={styles.content}>
            <p>{t('planDialog.intro', { summary: summary(c, t) })}</p>
            {home.forum.settings ? null : (
              <MessageBar intent="info">
                <MessageBarBody>{t('planDialog.noSettings')}</MessageBarBody>
              </MessageBar>
            )}
            {plan.unplaced.length > 0 ? (
              <MessageBar intent="warning">
                <MessageBarBody>{t('planDialog.unplaced', { refs: plan.unplaced.join(', ') })}</MessageBarBody>
              </MessageBar>
            ) : null}
            <DialogStatus
              {...(phase === 'booking'
                ? { busy: t('planDialog.booking') }
                : people === undefined
                  ? { busy: t('planDialog.checking') }
                  : {})}
              {...(error ? { error } : {})}
            >
              {phase === 'done' && result ? (
                <MessageBar intent={result.ok ? 'success' : 'warning'}>
                  <MessageBarBody>
                    {t('planDialog.booked', { count: bookedMeetings(result) })}
                    {elsewhere > 0 ? ` ${t('planDialog.bookedElsewhere', { count: elsewhere })}` : ''}
                    {failed > 0 ? ` ${t('planDialog.failed', { count: failed })}` : ''}
                  </MessageBarBody>
                </MessageBar>
              ) : null}
            </DialogStatus>
            <div className={styles.scroll}>
              <Table className={styles.table} aria-label={t('planDialog.table')} size="small">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t('planDialog.meeting')}</TableHeaderCell>
                    <TableHeaderCell>{t('planDialog.date')}</TableHeaderCell>
                    <TableHeaderCell>{t('planDialog.time')}</TableHeaderCell>
                    <TableHeaderCell>{t('planDialog.state')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {drafts
                    .filter((d) => d.kind !== 'planning')
                    .map((d) => {
                      const planning = drafts.find((p) => p.prepares === d.meetingRef);
                      const warnings = draftWarnings(drafts, d.meetingRef, c);
                      const conflicts = people ? draftConflicts(d, people) : undefined;
                      const booked = d.existing?.booked === true;
                      return (
                        <TableRow key={d.meetingRef} data-meeting-ref={d.meetingRef}>
                          <TableCell>
                            {d.title}
                            <Caption1 className={styles.sub}>{t(`meeting:kind.${d.kind}`)}</Caption1>
                            {planning ? (
                              <Caption1
                                className={styles.sub}
                              >{`${t('meeting:kind.planning')}: ${formatMeetingWhen(planning.start, planning.end, locale)}`}</Caption1>
                            ) : null}
                          </TableCell>
                          <TableCell>
                            <Input
                              type="date"
                              value={draftDay(d)}
                              disabled={booked || phase !== 'editing'}
                              aria-label={t('planDialog.dateFor', { title: d.title })}
                              min={`${year}-01-01`}
                              max={`${year}-12-31`}
                              onChange={(_e, data) =>
                                /^\d{4}-\d{2}-\d{2}$/.test(data.value) &&
                                setDrafts((current) => moveDraft(current, d.meetingRef, data.value, c))
                              }
                            />
                            {warnings.map((w) => (
                              <Caption1 key={w.kind === 'blocked' ? w.reason : w.other} className={styles.warn}>
                                {w.kind === 'blocked'
                                  ? t('blockedDay', { reason: t(`blocked.${w.reason}`) })
                                  : t('tooClose', {
                                      days: w.days,
                                      other: drafts.find((x) => x.meetingRef === w.other)?.title ?? w.other,
                                    })}
                              </Caption1>
                            ))}
                          </TableCell>
                          <TableCell>{formatTimeSpan(d.start, d.end, locale)}</TableCell>
                          <TableCell>
                            <Badge shape="rounded" appearance="tint" color={booked ? 'success' : d.existing ? 'informative' : 'brand'}>
                              {booked ? t('planDialog.alreadyBooked') : d.existing ? t('planDialog.willAdopt') : t('planDialog.new')}
                            </Badge>
                            {conflicts && conflicts.busy.length > 0 ? (
                              <Caption1 className={styles.warn}>{t('planDialog.conflicts', { names: conflicts.busy.join(', ') })}</Caption1>
                            ) : null}
                            {conflicts && conflicts.unknown.length > 0 ? (
                              <Caption1 className={styles.sub}>{t('planDialog.unknown', { names: conflicts.unknown.join(', ') })}</Caption1>
                            ) : null}
                            {conflicts && conflicts.busy.length === 0 && conflicts.unknown.length === 0 ? (
                              <Caption1 className={styles.sub}>{t('planDialog.free')}</Caption1>
                            ) : null}
                          </TableCell>
                        </TableRow>
                      );
                    })}
                </TableBody>
              </Table>
            </div>
          </DialogContent>
          <DialogActions>
            {phase === 'done' ? null : (
              <Button appearance="primary" disabled={phase !== 'editing' || meetingsToBook === 0} onClick={() => void book.run()}>
                {meetingsToBook === 0 ? t('planDialog.nothingToBook', { year }) : t('planDialog.book', { count: meetingsToBook })}
              </Button>
            )}
            <Button onClick={onClose}>{t('command.close')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
