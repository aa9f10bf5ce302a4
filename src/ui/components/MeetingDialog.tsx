import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { MeetingDialogProps } from '../parts';
import { CommandButton } from '../commands/CommandButton';
import { joinMeeting } from '../commands/home-commands';
import { AgendaList } from './AgendaList';
import { AttendanceSection } from './AttendanceSection';
import { MeetingFacts } from './MeetingFacts';
import { StatusBadge } from './StatusBadge';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The opened meeting: facts, status, Teams link, agenda and attendees. */
export function MeetingDialog({ open, onClose }: MeetingDialogProps) {
  const styles = useStyles();
  const { t } = useTranslation();
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
              <AttendanceSection meeting={open.meeting} forum={open.forum} />
            </DialogContent>
            <DialogActions>
              <CommandButton command={joinMeeting} arg={open.meeting} appearance="primary" />
              <Button onClick={onClose}>{t('command.close')}</Button>
            </DialogActions>
          </DialogBody>
        ) : null}
      </DialogSurface>
    </Dialog>
  );
}
