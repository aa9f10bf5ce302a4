import { Button } from '@fluentui/react-components';
import { DocumentEdit20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { canWriteMinutes } from '../../../domain/minutes/draft-minutes';
import type { Meeting } from '../../../domain/types';
import { useNow } from '../../services';

/** "Skriv referat" in the meeting dialog: for a meeting that has begun, been held, or had its agenda sent. */
export function WriteMinutesButton({ meeting, onOpen }: { readonly meeting: Meeting; readonly onOpen: () => void }) {
  // Its two strings are in the first-load bundle: adding the editor's bundle while the dialog is open would re-render it.
  const { t } = useTranslation();
  const now = useNow();
  if (!canWriteMinutes(meeting, now)) return null;
  return (
    <Button icon={<DocumentEdit20Regular />} onClick={onOpen} title={t('writeMinutes.openHint')}>
      {t('writeMinutes.open')}
    </Button>
  );
}
