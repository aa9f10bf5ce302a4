import { Button } from '@fluentui/react-components';
import { ArrowUndo20Regular } from '@fluentui/react-icons/svg/arrow-undo';
import { useTranslation } from 'react-i18next';
import type { Completion } from './use-complete';

/** "Fortryd" under the message for the ten seconds after an action was marked done. */
export function UndoDone({ completion }: { completion: Completion }) {
  const { t } = useTranslation('actions');
  const { undo, busy } = completion;
  if (!undo) return null;
  return (
    <Button size="small" icon={<ArrowUndo20Regular />} disabled={busy !== undefined} onClick={() => void undo()}>
      {t('section.undo')}
    </Button>
  );
}
