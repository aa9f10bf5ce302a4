import {
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Link,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { Suspense, useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canWriteMinutes } from '../../../domain/minutes/draft-minutes';
import type { Meeting } from '../../../domain/types';
import type { MeetingDialogProps, MeetingSection } from '../../parts';
import { useCommandContext } from '../../commands/command-context';
import { useForumRole } from '../../me';
import { meetingPrimaryAction, type MinutesPhase } from '../../model/meeting-actions';
import { AgendaList } from './AgendaList';
import { AttendanceSection } from './AttendanceSection';
import { MeetingDialogActions } from './MeetingDialogActions';
import { MeetingFacts } from './MeetingFacts';
import { StatusBadge } from '../../components/StatusBadge';
import { useNow } from '../../services';
import { lazyView } from '../../components/lazy-view';

// The sections that load when a meeting is opened, not with the first paint: the secretariat's agenda actions (and
// their strings), and the minutes' versions, the co-chairs' answers and circulation.
const AgendaActions = lazyView(['agenda'], () => import('./AgendaActions.js').then((m) => m.AgendaActions));
// The secretariat's publication of the public agenda and decisions (issue 20): its own chunk and strings.
const PublicationActions = lazyView(['publication'], () => import('./PublicationActions.js').then((m) => m.PublicationActions));
const MinutesStatus = lazyView(['minutesStatus'], () => import('../minutes/MinutesStatus.js').then((m) => m.MinutesStatus));

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  nav: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlockStart: tokens.spacingVerticalS,
    borderTopStyle: 'solid',
    borderTopWidth: tokens.strokeWidthThin,
    borderTopColor: tokens.colorNeutralStroke2,
  },
  heading: {
    ...typographyStyles.subtitle2,
    margin: 0,
    ':focus-visible': { outlineStyle: 'solid', outlineWidth: tokens.strokeWidthThick, outlineColor: tokens.colorStrokeFocus2 },
  },
});

/** Puts the section's heading at the top of the dialog's scroll area and focus on it (screen readers read it). */
function focusHeading(id: string): void {
  const heading = document.getElementById(id);
  if (!heading) return;
  heading.scrollIntoView?.({ block: 'start' });
  heading.focus({ preventScroll: true });
}

/**
 * The opened meeting: its status and facts, then three sections — Dagsorden (the items and the secretariat's agenda
 * actions), Deltagere (folded to its counts) and Referat (the secretariat's, once the meeting has begun) — reached by
 * the links under the facts; the action bar holds the one primary action the meeting's state calls for.
 * `open.section` (a to-do's link) opens the dialog at that section's heading, focused.
 */
export function MeetingDialog({ open, onClose, onWriteMinutes }: MeetingDialogProps) {
  return (
    <Dialog open={open !== undefined} onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface>
        {open ? <OpenMeeting key={open.meeting.id} open={open} onClose={onClose} {...(onWriteMinutes ? { onWriteMinutes } : {})} /> : null}
      </DialogSurface>
    </Dialog>
  );
}

function OpenMeeting({ open, onClose, onWriteMinutes }: Required<Pick<MeetingDialogProps, 'open'>> & Omit<MeetingDialogProps, 'open'>) {
  const styles = useStyles();
  const { t } = useTranslation(['meetingDialog', 'meeting']);
  // Before the sections render: their strings load with the dialog, not with every first paint.
  const ctx = useCommandContext();
  const now = useNow();
  const { forum } = open;
  const role = useForumRole(forum);
  // The meeting as this dialog's own actions left it (an agenda sent, the minutes circulated): the home's copy is
  // older until it reloads.
  const [changed, setChanged] = useState<Meeting>();
  const meeting = changed ?? open.meeting;
  const [minutes, setMinutes] = useState<MinutesPhase>();
  const [sendRequest, setSendRequest] = useState(0);
  const [circulateRequest, setCirculateRequest] = useState(0);
  const agendaId = useId();
  const attendeesId = useId();
  const minutesId = useId();
  const ids: Record<MeetingSection, string> = useMemo(
    () => ({ agenda: agendaId, attendees: attendeesId, minutes: minutesId }),
    [agendaId, attendeesId, minutesId],
  );
  const hasMinutes = role === 'secretariat' && meeting.kind !== 'planning' && Date.parse(meeting.start) <= now.getTime();
  const sections = (['agenda', 'attendees', 'minutes'] as const).filter((s) => (s === 'minutes' ? hasMinutes : true));

  const primary = meetingPrimaryAction({
    meeting,
    role,
    now,
    canWriteMinutes: onWriteMinutes !== undefined && canWriteMinutes(meeting, now),
    canSendAgenda: true,
    ...(minutes ? { minutes } : {}),
  });

  // Opened at a section: after the dialog has put focus on its first control (a timer: Fluent's dialog does that in
  // an effect of its own, after this one).
  const asked = open.section;
  useEffect(() => {
    if (!asked) return;
    const timer = window.setTimeout(() => focusHeading(ids[asked]), 0);
    return () => window.clearTimeout(timer);
  }, [asked, ids]);

  const record = useCallback(
    (next: Meeting) => {
      setChanged(next);
      ctx.reload();
    },
    [ctx],
  );
  // The store found a send the home's copy of the meeting does not know: the badge and the primary follow it.
  const onSentAt = useCallback(
    (sentAt: string) =>
      setChanged((m) => {
        const base = m ?? open.meeting;
        return {
          ...base,
          agendaSentAt: sentAt,
          status: base.status === 'planned' || base.status === 'booked' ? 'agenda-sent' : base.status,
        };
      }),
    [open.meeting],
  );
  const onPhase = useCallback(
    (phase: MinutesPhase) => {
      setMinutes(phase);
      // Circulated here (or by someone else since the home loaded): the badge says so at once.
      if (phase === 'circulated' && meeting.status !== 'minutes-approved') record({ ...meeting, status: 'minutes-approved' });
    },
    [meeting, record],
  );
  const sectionAction = (action: 'send-agenda' | 'open-minutes' | 'circulate') => {
    if (action === 'send-agenda') {
      focusHeading(ids.agenda);
      setSendRequest((n) => n + 1);
      return;
    }
    focusHeading(ids.minutes);
    if (action === 'circulate') setCirculateRequest((n) => n + 1);
  };

  const title = (section: MeetingSection) => t(`${section}`);
  return (
    <DialogBody>
      <DialogTitle>{meeting.title}</DialogTitle>
      <DialogContent className={styles.content}>
        <div>
          <StatusBadge status={meeting.status} /> {t(`meeting:kind.${meeting.kind}`)}
        </div>
        <MeetingFacts meeting={meeting} />
        <nav aria-label={t('sections')}>
          <ul className={styles.nav}>
            {sections.map((section) => (
              <li key={section}>
                <Link as="button" onClick={() => focusHeading(ids[section])}>
                  {title(section)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <section className={styles.section} aria-labelledby={ids.agenda}>
          <h3 id={ids.agenda} tabIndex={-1} className={styles.heading}>
            {title('agenda')}
          </h3>
          <AgendaList meeting={meeting} forum={forum} />
          <Suspense fallback={null}>
            <AgendaActions
              meeting={meeting}
              forum={forum}
              sendRequest={sendRequest}
              quiet={primary === 'send-agenda'}
              onSent={record}
              onSentAt={onSentAt}
            />
          </Suspense>
        </section>
        <section className={styles.section} aria-labelledby={ids.attendees}>
          <AttendanceSection meeting={meeting} forum={forum} headingId={ids.attendees} unfold={asked === 'attendees'} />
        </section>
        {hasMinutes ? (
          <section className={styles.section} aria-labelledby={ids.minutes}>
            <h3 id={ids.minutes} tabIndex={-1} className={styles.heading}>
              {title('minutes')}
            </h3>
            <Suspense fallback={null}>
              <MinutesStatus
                meeting={meeting}
                forum={forum}
                titled={false}
                quiet={primary === 'circulate'}
                circulateRequest={circulateRequest}
                onPhase={onPhase}
              />
            </Suspense>
          </section>
        ) : null}
        {role === 'secretariat' ? (
          <Suspense fallback={null}>
            <PublicationActions meeting={meeting} forum={forum} />
          </Suspense>
        ) : null}
      </DialogContent>
      <MeetingDialogActions
        meeting={meeting}
        primary={primary}
        onSectionAction={sectionAction}
        onClose={onClose}
        {...(onWriteMinutes ? { onWriteMinutes } : {})}
      />
    </DialogBody>
  );
}
