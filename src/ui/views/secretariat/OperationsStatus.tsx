import { FINISHED_BY_RUN } from '../../../domain/claims';
import { Body1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ForumHome } from '../../../store/home-data';
import type { StuckStep } from '../../../store/stuck-steps';
import { useLocale } from '../../components/use-locale';
import { formatClock, formatLongDate } from '../../format/dates';
import { OPERATIONS_STATUS_ID, useStuckSteps } from './use-stuck-steps';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  hint: { color: tokens.colorNeutralForeground2 },
});

/**
 * "Driftsstatus": the forum's steps a crash or a lost answer left half-done (a claim past its timeout nobody took over),
 * what each is, since when, and what to do — the same list `sekretariat status` prints (docs/RELIABILITY.md). Nothing
 * when nothing is stuck, or where the stores cannot say.
 */
export function OperationsStatus({ home }: { home: ForumHome }) {
  const styles = useStyles();
  const { t } = useTranslation('operations');
  const locale = useLocale();
  const stuck = useStuckSteps(home);
  if (stuck.length === 0) return null;
  const line = (s: StuckStep): string =>
    s.since
      ? t('line', {
          step: t(`steps.${s.step}`),
          title: s.title,
          since: `${formatLongDate(s.since, locale)} ${formatClock(s.since, locale)}`,
        })
      : t('lineNoTime', { step: t(`steps.${s.step}`), title: s.title });
  return (
    <MessageBar id={OPERATIONS_STATUS_ID} tabIndex={-1} intent="warning" layout="multiline" aria-label={t('title')}>
      <MessageBarBody>
        <MessageBarTitle>{t('title')}</MessageBarTitle>
        <Body1>{t('intro', { count: stuck.length })}</Body1>
        <ul className={styles.list}>
          {stuck.map((s) => (
            <li key={`${s.list}:${s.itemId}:${s.step}`}>
              <Body1>{line(s)}</Body1>
              <div className={styles.hint}>
                {!s.resumable ? t('check') : FINISHED_BY_RUN.has(s.step) ? t('resumableByRun') : t('resumable')}
              </div>
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
