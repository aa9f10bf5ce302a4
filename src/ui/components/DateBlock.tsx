import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { formatShortDate } from '../format/dates';
import { useLocale } from './use-locale';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    minWidth: tokens.spacingHorizontalXXXL,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    lineHeight: tokens.lineHeightBase200,
  },
  past: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3 },
  day: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  month: { fontSize: tokens.fontSizeBase200, textTransform: 'uppercase' },
});

/** The calendar-leaf date of a meeting row (decorative; the row states the full date in text). */
export function DateBlock({ iso, past }: { iso: string; past?: boolean }) {
  const styles = useStyles();
  const locale = useLocale();
  const [day, month] = formatShortDate(iso, locale).replace('.', '').split(/\s+/);
  return (
    <div className={mergeClasses(styles.root, past && styles.past)} aria-hidden>
      <span className={styles.day}>{day}</span>
      <span className={styles.month}>{month?.replace('.', '')}</span>
    </div>
  );
}
