import { Card, makeStyles, MessageBar, MessageBarBody, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { People20Regular } from '@fluentui/react-icons/svg/people';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingClock } from '../../../domain/meeting-panel/meeting-clock';
import type { MinutesAttendee, MinutesItem } from '../../../domain/minutes/minutes-content';
import type { Meeting } from '../../../domain/types';
import type { RunningMarks } from '../../../store/meeting-panel/meeting-panel-types';
import type { MinutesDraft } from '../../../store/minutes/draft-types';
import { Section } from '../../components/Section';
import { clockItems } from './clock-items';
import { ItemStatusLine } from './ItemStatusLine';
import { PanelClock } from './PanelClock';
import { useTickingNow } from './use-ticking-now';

const useStyles = makeStyles({
  items: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  label: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  // The text as the secretariat typed it: line breaks kept, long words wrapped inside 320 px.
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
  meta: { color: tokens.colorNeutralForeground2 },
  people: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

const TICK_MS = 15_000;

function MinutesText({ label, text, empty }: { label: string; text: string; empty: string }) {
  const styles = useStyles();
  return (
    <div>
      <h4 className={styles.label}>{label}</h4>
      {text.trim() ? <p className={styles.text}>{text}</p> : <p className={styles.empty}>{empty}</p>}
    </div>
  );
}

function ReadOnlyItem({ item, running, due, showMinutes }: { item: MinutesItem; running: boolean; due: boolean; showMinutes: boolean }) {
  const styles = useStyles();
  const { t } = useTranslation(['meetingPanel', 'minutesEditor']);
  const id = useId();
  return (
    <Card className={styles.card} role="region" aria-labelledby={id}>
      <Subtitle2 as="h3" id={id} className={styles.heading}>{`${item.number}. ${item.title}`}</Subtitle2>
      <ItemStatusLine item={item} running={running} due={due} />
      {item.presenter ? <Text className={styles.meta}>{t('minutesEditor:presenter', { name: item.presenter })}</Text> : null}
      {showMinutes ? (
        <>
          <MinutesText label={t('minutesEditor:referat')} text={item.referat} empty={t('agenda.noReferat')} />
          <MinutesText label={t('minutesEditor:beslutning')} text={item.beslutning} empty={t('agenda.noBeslutning')} />
        </>
      ) : null}
    </Card>
  );
}

function AttendanceSummary({ rows }: { rows: readonly MinutesAttendee[] }) {
  const styles = useStyles();
  const { t } = useTranslation(['meetingPanel', 'minutesEditor']);
  const count = (p: MinutesAttendee['presence']) => rows.filter((r) => r.presence === p).length;
  const absent = count('absent');
  const apology = count('apology');
  return (
    <Section title={t('attendance.heading')} icon={<People20Regular />}>
      <Text>{t('attendance.summary', { present: rows.length - absent - apology, apology, absent })}</Text>
      <ul className={styles.people}>
        {rows.map((r) => (
          <li key={r.email}>{`${r.name} – ${t(`minutesEditor:presence.${r.presence}`)}`}</li>
        ))}
      </ul>
    </Section>
  );
}

/**
 * The agenda as a co-chair (with the minutes as typed and the attendance) or another member (agenda and clock) sees it
 * in the meeting: text only — no field, button or control that would suggest it can be changed here.
 */
export function ReadOnlyMeeting({
  meeting,
  draft,
  marks,
  showMinutes,
}: {
  readonly meeting: Meeting;
  readonly draft: MinutesDraft;
  readonly marks: RunningMarks;
  readonly showMinutes: boolean;
}) {
  const styles = useStyles();
  const { t } = useTranslation(['meetingPanel', 'minutesEditor']);
  const now = useTickingNow(TICK_MS);
  const items = draft.content.items;
  const clock = meetingClock(meeting, clockItems(items, marks), now);
  return (
    <>
      <PanelClock clock={clock} items={items} now={now} />
      {showMinutes ? <AttendanceSummary rows={draft.content.attendance} /> : null}
      <Subtitle2 as="h2" className={styles.heading}>
        {t('agenda.heading')}
      </Subtitle2>
      {items.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('agenda.noItems')}</MessageBarBody>
        </MessageBar>
      ) : (
        <div className={styles.items}>
          {items.map((item) => (
            <ReadOnlyItem
              key={item.agendaItemId}
              item={item}
              running={clock.runningId === item.agendaItemId}
              due={clock.dueId === item.agendaItemId}
              showMinutes={showMinutes}
            />
          ))}
        </div>
      )}
    </>
  );
}
