import { Button } from '@fluentui/react-components';
import { DocumentEdit20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { canWriteMinutes } from '../../../domain/minutes/draft-minutes';
import type { Meeting } from '../../../domain/types';
import { addMinutesEditorStrings } from '../../i18n/minutes-editor-strings';
import { useNow } from '../../services';

/** "Skriv referat" in the meeting dialog: for a meeting that has begun, been held, or had its agenda sent. */
export function WriteMinutesButton({ meeting, onOpen }: { readonly meeting: Meeting; readonly onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  addMinutesEditorStrings(i18n);
  const now = useNow();
  if (!canWriteMinutes(meeting, now)) return null;
  return (
    <Button icon={<DocumentEdit20Regular />} onClick={onOpen} title={t('minutesEditor.openHint')}>
      {t('minutesEditor.open')}
    </Button>
  );
}
