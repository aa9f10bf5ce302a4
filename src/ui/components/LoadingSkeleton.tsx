import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalM },
  row: { display: 'grid', gridTemplateColumns: 'min-content 1fr', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

/**
 * Placeholder rows while data loads; announced once by the page's live region, not here. `label` names what is
 * loading where it is more than the page's data ("Læser mailen …").
 */
export function LoadingSkeleton({ rows = 4, label }: { rows?: number; label?: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <Skeleton aria-label={label ?? t('app.loading')} className={styles.root}>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className={styles.row}>
          <SkeletonItem shape="square" size={48} />
          <div className={styles.root}>
            <SkeletonItem size={16} />
            <SkeletonItem size={12} />
          </div>
        </div>
      ))}
    </Skeleton>
  );
}
