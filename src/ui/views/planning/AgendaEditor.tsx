import {
  Badge,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowDown20Regular } from '@fluentui/react-icons/svg/arrow-down';
import { ArrowUp20Regular } from '@fluentui/react-icons/svg/arrow-up';
import { Delete20Regular } from '@fluentui/react-icons/svg/delete';
import { ReOrderDotsVertical20Regular } from '@fluentui/react-icons/svg/re-order-dots-vertical';
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { canMove, moveItem } from '../../../domain/agenda-order';
import { agendaSlots } from '../../../domain/agenda-slots';
import { slotText } from '../../../domain/date-format';
import { missingStandingItems } from '../../../domain/standing-items';
import type { Meeting } from '../../../domain/types';
import { CLOSED_REASONS, type ClosedReason } from '../../../domain/vocabulary/agenda-access';
import type { PlanningAgendaItem, PlanningApi, PlanningSubmission } from '../../../store/planning/planning-types';
import { EmptyState } from '../../components/EmptyState';
import { useLocale } from '../../components/use-locale';
import { formatClock, formatTimeSpan } from '../../format/dates';
import type { PlanningNotice, PlanningRun } from './PlanningView';
import { SubmissionDetails } from './SubmissionDetails';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  over: { border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}` },
  dropTarget: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  top: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  handle: {
    cursor: 'grab',
    color: tokens.colorNeutralForeground3,
    display: 'flex',
    paddingTop: tokens.spacingVerticalXXS,
    touchAction: 'none',
  },
  titleBlock: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  slot: { color: tokens.colorNeutralForeground2 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  fields: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  presenter: { flexGrow: 1, minWidth: '10rem' },
  minutes: { width: '6rem' },
  caseNumber: { width: '10rem' },
  access: { flexGrow: 1, minWidth: '14rem', maxWidth: '32rem' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXXS },
});

interface Props {
  readonly meeting: Meeting;
  readonly agenda: readonly PlanningAgendaItem[];
  readonly accepted: readonly PlanningSubmission[];
  readonly store: PlanningApi;
  readonly run: PlanningRun;
  readonly announce: (notice: PlanningNotice) => void;
}

/**
 * The agenda in order with its time slots ("kl. 08.40–09.05"; "08:40–09:05" in English) and an overrun warning. Items move by dragging the
 * handle, with "Flyt op"/"Flyt ned", or with Alt+Arrow keys on the item; each move is announced and saved in one
 * write of the changed numbers. Presenter and minutes are edited in place.
 */
export function AgendaEditor({ meeting, agenda, accepted, store, run, announce }: Props) {
  const { t } = useTranslation('planning');
  const locale = useLocale();
  const styles = useStyles();
  const [order, setOrder] = useState<readonly PlanningAgendaItem[]>(agenda);
  // From a move until the agenda as stored comes back: the next move needs the items' new eTags, so it waits (the
  // write itself is PlanningView's useAction; this covers the re-read after it).
  const [busy, setBusy] = useState(false);
  const [dropAt, setDropAt] = useState<number>();
  const dragged = useRef<string | undefined>(undefined);
  const focusAfter = useRef<{ id: string; direction: 'up' | 'down' } | undefined>(undefined);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    setOrder(agenda);
    setBusy(false);
  }, [agenda]);

  useEffect(() => {
    const wanted = focusAfter.current;
    if (!wanted || !listRef.current) return;
    focusAfter.current = undefined;
    const button = (d: 'up' | 'down') =>
      listRef.current?.querySelector<HTMLButtonElement>(`[data-move="${wanted.id}:${d}"]:not([disabled])`);
    (button(wanted.direction) ?? button(wanted.direction === 'up' ? 'down' : 'up'))?.focus();
  }, [order]);

  const schedule = agendaSlots(meeting.start, meeting.end, order);
  const missing = missingStandingItems(order);

  const move = (from: number, to: number, focus?: 'up' | 'down') => {
    if (busy || to < 0 || to >= order.length || from === to) return;
    const item = order[from];
    if (!item) return;
    const next = moveItem(order, from, to);
    if (focus) focusAfter.current = { id: item.id, direction: focus };
    setOrder(next);
    setBusy(true);
    const notice: PlanningNotice = { text: t('moved', { from: from + 1, to: to + 1 }), intent: 'info' };
    const saved = run(async () => {
      await store.reorder(next);
      return notice;
    }, 'order');
    // Said at once (after the write has cleared the last outcome), and again when it is saved.
    announce(notice);
    void saved.then((ok) => {
      if (!ok) setBusy(false);
    });
  };

  const onKeyDown = (index: number) => (e: KeyboardEvent<HTMLLIElement>) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const up = e.key === 'ArrowUp';
    move(index, up ? index - 1 : index + 1, up ? 'up' : 'down');
  };

  const onDrop = (index: number) => (e: DragEvent<HTMLLIElement>) => {
    e.preventDefault();
    setDropAt(undefined);
    const from = order.findIndex((i) => i.id === dragged.current);
    dragged.current = undefined;
    if (from >= 0) move(from, index);
  };

  const submissionOf = (item: PlanningAgendaItem) => (item.submissionId ? accepted.find((s) => s.id === item.submissionId) : undefined);

  return (
    <>
      <Text>{t('timeSpan', { span: formatTimeSpan(meeting.start, meeting.end, locale), end: formatClock(schedule.end, locale) })}</Text>
      {schedule.overrunMinutes > 0 ? (
        <MessageBar intent="warning" aria-live="off">
          <MessageBarBody>{t('overrun', { minutes: schedule.overrunMinutes })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {order.length === 0 ? <EmptyState>{t('agendaEmpty')}</EmptyState> : null}
      <ol className={styles.list} ref={listRef} aria-label={t('agendaLabel', { meeting: meeting.title })} aria-busy={busy}>
        {schedule.slots.map((slot, index) => {
          const item = slot.item;
          const number = index + 1;
          const submission = submissionOf(item);
          return (
            <li
              key={item.id}
              className={`${styles.row} ${slot.overruns ? styles.over : ''} ${dropAt === index ? styles.dropTarget : ''}`}
              onKeyDown={onKeyDown(index)}
              onDragOver={(e) => {
                if (dragged.current === undefined) return;
                e.preventDefault();
                setDropAt(index);
              }}
              onDragLeave={() => setDropAt((d) => (d === index ? undefined : d))}
              onDrop={onDrop(index)}
              aria-label={`${t('itemNumber', { number })}: ${item.title}, ${slotText(slot.start, slot.end, locale)}`}
            >
              <div className={styles.top}>
                <span
                  className={styles.handle}
                  draggable
                  role="img"
                  aria-label={t('dragHandle', { number })}
                  onDragStart={(e) => {
                    dragged.current = item.id;
                    e.dataTransfer.effectAllowed = 'move';
                    e.dataTransfer.setData('text/plain', item.id);
                  }}
                  onDragEnd={() => {
                    dragged.current = undefined;
                    setDropAt(undefined);
                  }}
                >
                  <ReOrderDotsVertical20Regular />
                </span>
                <div className={styles.titleBlock}>
                  <Text weight="semibold">{`${number}. ${item.title}`}</Text>
                  <Caption1 className={styles.slot}>{slotText(slot.start, slot.end, locale)}</Caption1>
                  <span className={styles.badges}>
                    {item.standing ? (
                      <Badge appearance="outline" color="informative">
                        {t('standing')}
                      </Badge>
                    ) : null}
                    {item.access === 'closed' ? (
                      <Badge appearance="filled" color="warning">
                        {t('closedBadge')}
                      </Badge>
                    ) : null}
                    {slot.overruns ? (
                      <Badge appearance="tint" color="danger">
                        {t('overrunItem')}
                      </Badge>
                    ) : null}
                  </span>
                </div>
                <span className={styles.actions}>
                  <Button
                    appearance="subtle"
                    size="small"
                    icon={<ArrowUp20Regular />}
                    aria-label={t('moveUpItem', { number })}
                    title={t('moveUp')}
                    data-move={`${item.id}:up`}
                    disabled={!canMove(order.length, index, 'up')}
                    aria-disabled={busy || undefined}
                    onClick={() => move(index, index - 1, 'up')}
                  />
                  <Button
                    appearance="subtle"
                    size="small"
                    icon={<ArrowDown20Regular />}
                    aria-label={t('moveDownItem', { number })}
                    title={t('moveDown')}
                    data-move={`${item.id}:down`}
                    disabled={!canMove(order.length, index, 'down')}
                    aria-disabled={busy || undefined}
                    onClick={() => move(index, index + 1, 'down')}
                  />
                  {item.standing ? (
                    <Button
                      appearance="subtle"
                      size="small"
                      icon={<Delete20Regular />}
                      aria-label={t('removeItem', { number })}
                      title={t('remove')}
                      onClick={() =>
                        void run(
                          async () => (
                            await store.removeItem(item, order),
                            { text: t('removed', { title: item.title }), intent: 'success' }
                          ),
                        )
                      }
                    />
                  ) : null}
                </span>
              </div>
              <ItemFields item={item} number={number} store={store} run={run} />
              {submission ? <SubmissionDetails submission={submission} /> : null}
            </li>
          );
        })}
      </ol>
      {missing.length > 0 ? (
        <Button
          appearance="secondary"
          onClick={() =>
            void run(async () => (await store.addStandingItems(meeting, order), { text: t('standingAdded'), intent: 'success' }))
          }
        >
          {t('addStanding')}
        </Button>
      ) : null}
    </>
  );
}

/** Presenter and minutes of one item, saved when the field is left (Enter also leaves it). */
function ItemFields({
  item,
  number,
  store,
  run,
}: {
  readonly item: PlanningAgendaItem;
  readonly number: number;
  readonly store: PlanningApi;
  readonly run: Props['run'];
}) {
  const { t } = useTranslation('planning');
  const styles = useStyles();
  const [presenter, setPresenter] = useState(item.presenter ?? '');
  const [minutes, setMinutes] = useState(String(item.durationMinutes));
  useEffect(() => setPresenter(item.presenter ?? ''), [item.presenter]);
  useEffect(() => setMinutes(String(item.durationMinutes)), [item.durationMinutes]);
  const minutesValue = Number(minutes);
  const minutesValid = minutes.trim() !== '' && Number.isInteger(minutesValue) && minutesValue >= 0 && minutesValue <= 600;

  const savePresenter = () => {
    if (presenter.trim() === (item.presenter ?? '')) return;
    void run(async () => (await store.updateItem(item, { presenter }), { text: t('saved'), intent: 'success' }));
  };
  const saveMinutes = () => {
    if (!minutesValid || minutesValue === item.durationMinutes) return;
    void run(async () => (await store.updateItem(item, { durationMinutes: minutesValue }), { text: t('saved'), intent: 'success' }));
  };
  const onEnter = (save: () => void) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') save();
  };
  const [caseNumber, setCaseNumber] = useState(item.caseNumber ?? '');
  useEffect(() => setCaseNumber(item.caseNumber ?? ''), [item.caseNumber]);
  const saveCaseNumber = () => {
    if (caseNumber.trim() === (item.caseNumber ?? '')) return;
    void run(async () => (await store.updateItem(item, { caseNumber }), { text: t('saved'), intent: 'success' }));
  };
  // One control for access and reason: closing an item always says why, in the same write.
  const accessValue = item.access === 'closed' ? `closed:${item.closedReason ?? ''}` : 'open';
  const saveAccess = (value: string) => {
    if (value === accessValue) return;
    const reason: ClosedReason | undefined = CLOSED_REASONS.find((r) => `closed:${r}` === value);
    const changes = reason ? { access: 'closed' as const, closedReason: reason } : { access: 'open' as const };
    void run(async () => (await store.updateItem(item, changes), { text: t('saved'), intent: 'success' }));
  };

  return (
    <div className={styles.fields}>
      <Field label={t('access')} className={styles.access} size="small" hint={item.access === 'closed' ? t('accessHint') : undefined}>
        <Select size="small" value={accessValue} aria-label={t('accessFor', { number })} onChange={(_e, d) => saveAccess(d.value)}>
          <option value="open">{t('accessOpen')}</option>
          {item.access === 'closed' && !item.closedReason ? <option value="closed:">{t('closedBadge')}</option> : null}
          {CLOSED_REASONS.map((r) => (
            <option key={r} value={`closed:${r}`}>
              {t('accessClosed', { reason: t(`closedReasons.${r}`) })}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('caseNumber')} className={styles.caseNumber} size="small">
        <Input
          size="small"
          value={caseNumber}
          maxLength={40}
          aria-label={t('caseNumberFor', { number })}
          onChange={(_e, d) => setCaseNumber(d.value)}
          onBlur={saveCaseNumber}
          onKeyDown={onEnter(saveCaseNumber)}
        />
      </Field>
      <Field label={t('presenter')} className={styles.presenter} size="small">
        <Input
          size="small"
          value={presenter}
          aria-label={t('presenterFor', { number })}
          onChange={(_e, d) => setPresenter(d.value)}
          onBlur={savePresenter}
          onKeyDown={onEnter(savePresenter)}
        />
      </Field>
      <Field
        label={t('minutes')}
        className={styles.minutes}
        size="small"
        validationMessage={minutesValid ? undefined : t('minutesInvalid')}
      >
        <Input
          size="small"
          type="number"
          inputMode="numeric"
          min={0}
          max={600}
          value={minutes}
          aria-label={t('minutesFor', { number })}
          onChange={(_e, d) => setMinutes(d.value)}
          onBlur={saveMinutes}
          onKeyDown={onEnter(saveMinutes)}
        />
      </Field>
    </div>
  );
}
