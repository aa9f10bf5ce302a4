import { Card, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useId, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesItem, MinutesQuorum } from '../../../domain/minutes/minutes-content';
import type { AttendanceAutosave, ItemAutosave } from './autosave';
import { ItemParticipation } from './ItemParticipation';
import { MinutesField } from './MinutesField';
import { useSnapshot } from './use-autosave';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  heading: {
    margin: 0,
    ':focus-visible': { outlineStyle: 'solid', outlineWidth: tokens.strokeWidthThick, outlineColor: tokens.colorStrokeFocus2 },
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  meta: { color: tokens.colorNeutralForeground2 },
});

/**
 * One agenda item: number, title, a notice about it (a chair's change request), presenter, Indstilling, then Referat
 * and Beslutning (and the lead's item actions). `headingRef` makes the heading a focus target (the editor opens at the
 * first item).
 */
export function MinutesItemEditor({
  item,
  controller,
  actions,
  notice,
  readOnly,
  headingRef,
  attendance,
  quorum,
}: {
  readonly item: MinutesItem;
  readonly controller: ItemAutosave;
  /** The attendance, where who did not take part in this item is marked. */
  readonly attendance?: AttendanceAutosave;
  readonly quorum?: MinutesQuorum;
  readonly actions?: (item: MinutesItem) => ReactNode;
  readonly notice?: (item: MinutesItem) => ReactNode;
  readonly readOnly?: boolean;
  readonly headingRef?: Ref<HTMLHeadingElement>;
}) {
  const styles = useStyles();
  const { t } = useTranslation('minutesEditor');
  const headingId = useId();
  const state = useSnapshot(controller);
  const live: MinutesItem = { ...item, referat: state.referat.text, beslutning: state.beslutning.text };
  return (
    <Card className={styles.card} role="region" aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading} {...(headingRef ? { ref: headingRef, tabIndex: -1 } : {})}>
        {`${item.number}. ${item.title}`}
      </Subtitle2>
      {notice ? notice(item) : null}
      {item.presenter ? <Text className={styles.meta}>{t('presenter', { name: item.presenter })}</Text> : null}
      {item.recommendations.length > 0 ? (
        <div>
          <Text weight="semibold">{t('recommendations')}</Text>
          <ul className={styles.list}>
            {item.recommendations.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <MinutesField controller={controller} field="referat" state={state.referat} number={item.number} readOnly={readOnly === true} />
      <MinutesField controller={controller} field="beslutning" state={state.beslutning} number={item.number} readOnly={readOnly === true} />
      {attendance ? (
        <ItemParticipation item={item} attendance={attendance} readOnly={readOnly === true} {...(quorum ? { quorum } : {})} />
      ) : null}
      {actions ? actions(live) : null}
    </Card>
  );
}
