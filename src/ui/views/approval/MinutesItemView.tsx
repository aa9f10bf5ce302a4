import { Badge, Body1, Caption1, Field, makeStyles, Subtitle2, Textarea, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesItem } from '../../../domain/minutes/minutes-content';
import type { ItemDiff, MinutesField } from '../../../domain/minutes/minutes-diff';
import { DiffText } from './DiffText';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  changed: { borderInlineStartWidth: tokens.strokeWidthThicker, borderInlineStartColor: tokens.colorBrandStroke1 },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalS, margin: 0 },
  label: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
  others: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

export interface OtherComment {
  readonly name: string;
  readonly comment: string;
}

export interface MinutesItemViewProps {
  readonly item: MinutesItem;
  /** The item's diff against the version the chair last saw (a re-request). */
  readonly diff?: ItemDiff;
  /** The chair's comment on the item; `onComment` absent = read-only (the secretariat, a member). */
  readonly comment?: string;
  readonly onComment?: (text: string) => void;
  /** The chairs' comments on this item in their current answers. */
  readonly others?: readonly OtherComment[];
}

/** One agenda item of the minutes: Indstilling, Referat and Beslutning — as a diff where they changed. */
export function MinutesItemView({ item, diff, comment, onComment, others }: MinutesItemViewProps) {
  const styles = useStyles();
  const { t } = useTranslation('approval');
  const headingId = useId();
  const changedField = (f: MinutesField) => diff !== undefined && diff.change !== 'unchanged' && diff.fields[f].changed;
  const changed = diff !== undefined && (diff.change !== 'unchanged' || diff.moved);
  const badge =
    diff?.change === 'added'
      ? t('itemAdded')
      : diff?.change === 'removed'
        ? t('itemRemoved')
        : diff?.change === 'changed'
          ? t('itemChanged')
          : diff?.moved
            ? t('itemMoved')
            : undefined;
  const block = (field: 'referat' | 'beslutning', label: string) => (
    <div>
      <p className={styles.label}>{label}</p>
      {changedField(field) && diff ? (
        <p className={styles.text}>
          <DiffText parts={diff.fields[field].parts} />
        </p>
      ) : item[field].trim() ? (
        <p className={styles.text}>{item[field]}</p>
      ) : (
        <Caption1 className={styles.muted}>{t('empty')}</Caption1>
      )}
    </div>
  );
  return (
    <article
      className={changed ? `${styles.item} ${styles.changed}` : styles.item}
      aria-labelledby={headingId}
      data-item={item.agendaItemId}
    >
      <h3 className={styles.head} id={headingId}>
        <Subtitle2>
          {t('itemNumber', { number: item.number })}:{' '}
          {changedField('title') && diff ? <DiffText parts={diff.fields.title.parts} /> : item.title}
        </Subtitle2>
        {badge ? (
          <Badge appearance="tint" color={diff?.change === 'removed' ? 'danger' : 'brand'}>
            {badge}
          </Badge>
        ) : null}
      </h3>
      {item.presenter ? <Caption1 className={styles.muted}>{t('presenter', { name: item.presenter })}</Caption1> : null}
      {item.recommendations.length > 0 || changedField('recommendations') ? (
        <div>
          <p className={styles.label}>{t('recommendations')}</p>
          {changedField('recommendations') && diff ? (
            <p className={styles.text}>
              <DiffText parts={diff.fields.recommendations.parts} />
            </p>
          ) : (
            <ul className={styles.list}>
              {item.recommendations.map((r, i) => (
                <li key={i}>
                  <Body1>{r}</Body1>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
      {block('referat', t('referat'))}
      {block('beslutning', t('beslutning'))}
      {others && others.length > 0 ? (
        <div>
          <p className={styles.label}>{t('commentsOn', { number: item.number })}</p>
          <ul className={styles.others}>
            {others.map((o, i) => (
              <li key={i}>
                <strong>{o.name}:</strong> <span className={styles.text}>{o.comment}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {onComment && diff?.change !== 'removed' ? (
        <Field label={t('itemCommentFor', { number: item.number })}>
          <Textarea value={comment ?? ''} onChange={(_, d) => onComment(d.value)} resize="vertical" maxLength={10_000} />
        </Field>
      ) : null}
    </article>
  );
}
