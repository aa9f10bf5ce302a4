import { Button, DialogActions, makeStyles } from '@fluentui/react-components';
import { DocumentEdit20Regular } from '@fluentui/react-icons/svg/document-edit';
import { Send20Regular } from '@fluentui/react-icons/svg/send';
import { Video20Regular } from '@fluentui/react-icons/svg/video';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../domain/types';
import { canWriteMinutes } from '../../../domain/minutes/draft-minutes';
import { useCommandContext } from '../../commands/command-context';
import { joinMeeting } from '../../commands/home-commands';
import { canJoin, type MeetingPrimary } from '../../model/meeting-actions';
import { useNow } from '../../services';

const useStyles = makeStyles({
  // A label stays on one line: at 360 px Fluent stacks the buttons full width, so there is room for it.
  button: { whiteSpace: 'nowrap' },
});

// Each button says how it is drawn (data-appearance): which one is primary is what a test of the bar checks.

export interface MeetingDialogActionsProps {
  readonly meeting: Meeting;
  readonly primary: MeetingPrimary | undefined;
  /** Runs the primary when it acts inside a section (send the agenda, go to or circulate the minutes). */
  readonly onSectionAction: (primary: 'send-agenda' | 'open-minutes' | 'circulate') => void;
  readonly onWriteMinutes?: () => void;
  readonly onClose: () => void;
}

/**
 * The meeting dialog's action bar: the one primary action the meeting's state and the person's role call for
 * (meetingPrimaryAction), the other actions there are as secondary buttons ("Deltag i Teams-møde" while the meeting
 * is not over, "Skriv referat" once it has begun), and Luk.
 */
export function MeetingDialogActions({ meeting, primary, onSectionAction, onWriteMinutes, onClose }: MeetingDialogActionsProps) {
  const styles = useStyles();
  const { t } = useTranslation(['meetingDialog', 'meeting']);
  const ctx = useCommandContext();
  const now = useNow();
  const join = () => void joinMeeting.run(ctx, meeting);
  const button = (kind: MeetingPrimary, appearance: 'primary' | 'secondary'): ReactElement | null => {
    switch (kind) {
      case 'join':
        return (
          <Button
            key={kind}
            className={styles.button}
            appearance={appearance}
            data-appearance={appearance}
            icon={<Video20Regular />}
            onClick={join}
            data-command={joinMeeting.id}
          >
            {t('command.joinMeeting')}
          </Button>
        );
      case 'write-minutes':
        return onWriteMinutes ? (
          <Button
            key={kind}
            className={styles.button}
            appearance={appearance}
            data-appearance={appearance}
            icon={<DocumentEdit20Regular />}
            onClick={onWriteMinutes}
            title={t('meeting:writeMinutes.openHint')}
          >
            {t('meeting:writeMinutes.open')}
          </Button>
        ) : null;
      case 'send-agenda':
        return (
          <Button
            key={kind}
            className={styles.button}
            appearance={appearance}
            data-appearance={appearance}
            icon={<Send20Regular />}
            onClick={() => onSectionAction(kind)}
          >
            {t('sendAgenda')}
          </Button>
        );
      case 'open-minutes':
      case 'circulate':
        return (
          <Button
            key={kind}
            className={styles.button}
            appearance={appearance}
            data-appearance={appearance}
            onClick={() => onSectionAction(kind)}
          >
            {t(kind === 'circulate' ? 'circulate' : 'openMinutes')}
          </Button>
        );
    }
  };
  const secondary: MeetingPrimary[] = [];
  if (primary !== 'join' && canJoin(meeting, now)) secondary.push('join');
  if (primary !== 'write-minutes' && onWriteMinutes && canWriteMinutes(meeting, now)) secondary.push('write-minutes');
  return (
    <DialogActions role="group" aria-label={t('actions')}>
      {primary ? button(primary, 'primary') : null}
      {secondary.map((kind) => button(kind, 'secondary'))}
      <Button className={styles.button} data-appearance="secondary" onClick={onClose}>
        {t('command.close')}
      </Button>
    </DialogActions>
  );
}
