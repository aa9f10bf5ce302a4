import { Link, makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useLayoutStyles } from '../../styles';

const useStyles = makeStyles({
  link: { textAlign: 'start', overflowWrap: 'anywhere' },
});

/**
 * A to-do entry's way to where the work is done: a real link (`href`, e.g. the approval route or Planlægning) or a
 * link-styled button (`onClick`, e.g. the meeting dialog at Referat). Its name is the visible text, then where it
 * goes (`to`, for screen readers), so the spoken name starts with what is seen (WCAG 2.5.3).
 */
export function TodoLink({ href, onClick, to, children }: { href?: string; onClick?: () => void; to: string; children: ReactNode }) {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const content = (
    <>
      <span>{children}</span>
      <span className={layout.visuallyHidden}>{` – ${to}`}</span>
    </>
  );
  return href !== undefined ? (
    <Link className={styles.link} href={href}>
      {content}
    </Link>
  ) : (
    <Link as="button" className={styles.link} onClick={onClick}>
      {content}
    </Link>
  );
}
