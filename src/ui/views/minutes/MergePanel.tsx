import { Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangedBy } from '../../../store/minutes/draft-types';
import { useLocale } from '../../components/use-locale';
import { formatClock } from '../../format/dates';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteMarigoldBorder2}`,
    backgroundColor: tokens.colorPaletteMarigoldBackground1,
  },
  text: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    maxHeight: '12rem',
    overflowY: 'auto',
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusSmall,
    margin: 0,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export type MergeChoice = 'mine' | 'theirs' | 'both';

/** Both changed a field: their text (and who), mine, and the three ways out. Inline, never a dialog. */
export function MergePanel({
  field,
  mine,
  theirs,
  by,
  onChoose,
}: {
  readonly field: string;
  readonly mine: string;
  readonly theirs: string;
  readonly by: ChangedBy;
  readonly onChoose: (choice: MergeChoice) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation('minutesEditor');
  const locale = useLocale();
  const titleId = useId();
  const name = by.name ?? by.email ?? t('someoneElse');
  const show = (text: string) => (text.trim() === '' ? t('merge.empty') : text);
  return (
    <div role="group" aria-labelledby={titleId} className={styles.panel}>
      <Text weight="semibold" id={titleId}>
        {t('merge.title', { name, field })}
      </Text>
      <Caption1>{by.at ? t('merge.theirsAt', { time: formatClock(by.at, locale) }) : t('merge.theirs')}</Caption1>
      <p className={styles.text} data-testid="merge-theirs">
        {show(theirs)}
      </p>
      <Caption1>{t('merge.mine')}</Caption1>
      <p className={styles.text} data-testid="merge-mine">
        {show(mine)}
      </p>
      <div className={styles.actions}>
        <Button onClick={() => onChoose('mine')}>{t('merge.keepMine')}</Button>
        <Button onClick={() => onChoose('theirs')}>{t('merge.useTheirs')}</Button>
        <Button appearance="primary" onClick={() => onChoose('both')}>
          {t('merge.keepBoth')}
        </Button>
      </div>
    </div>
  );
}
