import { Card, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground1 },
  icon: { color: tokens.colorBrandForeground1, display: 'flex' },
});

/** A titled card region; its heading names the region for screen readers. */
export function Section({ title, icon, actions, children }: { title: string; icon?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  const styles = useStyles();
  const id = useId();
  return (
    <Card className={styles.card} role="region" aria-labelledby={id}>
      <div className={styles.header}>
        {icon ? <span className={styles.icon} aria-hidden>{icon}</span> : null}
        <Subtitle2 as="h2" id={id}>
          {title}
        </Subtitle2>
        {actions}
      </div>
      {children}
    </Card>
  );
}
