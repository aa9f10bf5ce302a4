import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../components/use-locale';
import { formatClock } from '../../format/dates';
import type { SaveStatus } from './autosave';

const useStyles = makeStyles({
  line: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, minHeight: '24px' },
  error: { color: tokens.colorPaletteRedForeground1 },
  quiet: { color: tokens.colorNeutralForeground3 },
});

/** "Gemmer …", "Gemt kl. 10:42", "Ikke gemt – prøv igen": said politely to screen readers, never a dialog. */
export function SaveStatusLine({
  id,
  status,
  onRetry,
}: {
  readonly id?: string;
  readonly status: SaveStatus;
  readonly onRetry: () => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation('minutesEditor');
  const locale = useLocale();
  const text = (() => {
    switch (status.kind) {
      case 'dirty':
        return t('status.dirty');
      case 'saving':
        return t('status.saving');
      case 'saved':
        return t('status.saved', { time: formatClock(status.at.toISOString(), locale) });
      case 'error':
        return t('status.error');
      case 'conflict':
        return t('status.conflict');
      default:
        return '';
    }
  })();
  return (
    <div className={styles.line}>
      <Caption1
        id={id}
        role="status"
        aria-live="polite"
        className={status.kind === 'error' || status.kind === 'conflict' ? styles.error : styles.quiet}
      >
        {text}
      </Caption1>
      {status.kind === 'error' ? (
        <Button size="small" onClick={onRetry}>
          {t('retry')}
        </Button>
      ) : null}
    </div>
  );
}
