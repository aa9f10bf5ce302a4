import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { addAttendanceStrings } from '../i18n/attendance-strings';
import type { MeetingDialogProps } from '../parts';
import { CommandButton } from '../commands/CommandButton';
import { joinMeeting } from '../commands/home-commands';
import { AgendaList } from './AgendaList';
import { AttendanceSection } from './AttendanceSection';
import { MeetingFacts } from './MeetingFacts';
import { StatusBadge } from './StatusBadge';
import { useServices } from '../services';
import { WriteMinutesButton } from '../views/minutes/WriteMinutesButton';

// The secretariat's agenda actions (and their strings) load when a meeting is opened, not with the first paint.
const AgendaActions = lazy(() => import('./AgendaActions.js').then((m) => ({ default: m.AgendaActions })));
// The minutes' versions, the co-chairs' answers and circulation: loads when a meeting is opened.
const MinutesStatus = lazy(() => import('../views/minutes/MinutesStatus.js').then((m) => ({ default: m.MinutesStatus })));

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The opened meeting: facts, status, Teams link, agenda and attendees. */
export function MeetingDialog({ open, onClose, onWriteMinutes }: MeetingDialogProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  // Before the attendance section renders: its strings load with the dialog, not with every first paint.
  addAttendanceStrings(i18n);
  const { stores } = useServices();
  return (
    <Dialog open={open !== undefined} onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface>
        {open ? (
          <DialogBody>
            <DialogTitle>{open.meeting.title}</DialogTitle>
            <DialogContent className={styles.content}>
              <div>
                <StatusBadge status={open.meeting.status} /> {t(`meeting.kind.${open.meeting.kind}`)}
              </div>
              <MeetingFacts meeting={open.meeting} />
              <Subtitle2 as="h3">{t('meeting.agenda')}</Subtitle2>
              <AgendaList meeting={open.meeting} forum={open.forum} />
              {stores.agenda ? (
                <Suspense fallback={null}>
                  <AgendaActions meeting={open.meeting} forum={open.forum} />
                </Suspense>
              ) : null}
              <AttendanceSection meeting={open.meeting} forum={open.forum} />
              {stores.minutesVersions ? (
                <Suspense fallback={null}>
                  <MinutesStatus meeting={open.meeting} forum={open.forum} />
                </Suspense>
              ) : null}
            </DialogContent>
            <DialogActions>
              {onWriteMinutes ? <WriteMinutesButton meeting={open.meeting} onOpen={onWriteMinutes} /> : null}
              <CommandButton command={joinMeeting} arg={open.meeting} appearance="primary" />
              <Button onClick={onClose}>{t('command.close')}</Button>
            </DialogActions>
          </DialogBody>
        ) : null}
      </DialogSurface>
    </Dialog>
  );
}
