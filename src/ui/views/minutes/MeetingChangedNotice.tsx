import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { AttendanceAutosave } from './autosave';
import { useSnapshot } from './use-autosave';

/**
 * The meeting's item was written last by someone other than the secretariat (a site without the tenant's
 * permissions), so the draft set its saved attendance and its place aside (store/minutes/draft-store.ts): says so,
 * and saves the attendance as shown — prefilled from the invitation, or as edited — which makes it the secretariat's.
 * Gone once the attendance is saved.
 */
export function MeetingChangedNotice({ by, attendance, readOnly }: { by: string; attendance: AttendanceAutosave; readOnly: boolean }) {
  const { t } = useTranslation('minutesEditor');
  const { status } = useSnapshot(attendance);
  if (status.kind === 'saved') return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{t('meetingChanged', { by })}</MessageBarBody>
      {readOnly ? null : (
        <MessageBarActions>
          <Button onClick={() => attendance.saveAsShown()} disabled={status.kind === 'saving'}>
            {t('saveAttendanceAsShown')}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
