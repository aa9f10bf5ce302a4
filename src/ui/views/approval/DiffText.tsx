import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { DiffPart } from '../../../domain/minutes/minutes-diff';
import { useLayoutStyles } from '../../styles';

const useStyles = makeStyles({
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  added: {
    backgroundColor: tokens.colorPaletteGreenBackground2,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'underline',
    textDecorationThickness: '2px',
  },
  removed: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'line-through',
  },
});

/**
 * A text with its insertions and deletions marked: `<ins>`/`<del>` with Fluent colours AND an underline or a strike,
 * and a visually hidden "Tilføjet:"/"Fjernet:" before each so a screen reader says what changed (never colour alone).
 */
export function DiffText({ parts }: { readonly parts: readonly DiffPart[] }) {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const { t } = useTranslation('approval');
  return (
    <span className={styles.text}>
      {parts.map((p, i) =>
        p.kind === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === 'added' ? (
          <ins key={i} className={styles.added}>
            <span className={layout.visuallyHidden}>{t('added')} </span>
            {p.text}
          </ins>
        ) : (
          <del key={i} className={styles.removed}>
            <span className={layout.visuallyHidden}>{t('removed')} </span>
            {p.text}
          </del>
        ),
      )}
    </span>
  );
}
