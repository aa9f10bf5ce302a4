import { makeStyles, Title2, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({ title: { margin: 0, color: tokens.colorNeutralForeground1 } });

/** The page heading of a role view (h1; the shell's app name is not a heading). */
export function ViewTitle({ children }: { children: string }) {
  const styles = useStyles();
  return (
    <Title2 as="h1" className={styles.title}>
      {children}
    </Title2>
  );
}
