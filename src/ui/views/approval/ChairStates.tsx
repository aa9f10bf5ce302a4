import { Badge, Caption1, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ApprovalStatus } from '../../../domain/approval';
import type { MinutesContent } from '../../../domain/minutes/minutes-content';
import type { Approval } from '../../../domain/types';
import { Section } from '../../components/Section';
import { useLocale } from '../../components/use-locale';
import { formatLongDate, formatClock } from '../../format/dates';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  comment: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0, color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground3 },
  sub: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

const COLOR = { pending: 'informative', approved: 'success', 'changes-requested': 'warning' } as const;

export interface ChairStatesProps {
  readonly status: ApprovalStatus;
  readonly content?: MinutesContent;
  /** Circulated: the states are the frozen trail (no "can be circulated"), and answers since are listed as late. */
  readonly frozen?: boolean;
  readonly late?: readonly Approval[];
}

/** Every co-chair's answer to this content (afventer / godkendt / ønsker ændringer) with their comments. */
export function ChairStates({ status, content, frozen, late }: ChairStatesProps) {
  const styles = useStyles();
  const { t } = useTranslation('approval');
  const locale = useLocale();
  const numberOf = (id: string) => content?.items.find((i) => i.agendaItemId === id)?.number;
  const progress = t('stateProgress', { approved: status.approvals, required: status.required });
  return (
    <Section title={t('states')}>
      <Caption1>{progress}</Caption1>
      <ProgressBar value={Math.min(1, status.approvals / Math.max(1, status.required))} thickness="large" aria-label={progress} />
      {frozen ? <p>{t('countedAtCirculation')}</p> : status.approved ? <p>{t('ruleMet')}</p> : null}
      {!frozen && status.changesRequested ? <p>{t('blocked')}</p> : null}
      <ul className={styles.list} aria-label={t('states')}>
        {status.chairs.map((s) => (
          <li key={s.chair.email}>
            <div className={styles.row}>
              <strong>{s.chair.name}</strong>
              <Caption1 className={styles.muted}>{s.chair.organisation}</Caption1>
              <Badge appearance="tint" color={COLOR[s.answer]}>
                {t(`answer.${s.answer}`)}
              </Badge>
              {s.record ? (
                <Caption1 className={styles.muted}>
                  {formatLongDate(s.record.createdAt, locale)} {formatClock(s.record.createdAt, locale)}
                </Caption1>
              ) : null}
            </div>
            {s.record?.comment ? <p className={styles.comment}>{s.record.comment}</p> : null}
            {s.record?.itemComments && s.record.itemComments.length > 0 ? (
              <ul className={styles.sub}>
                {s.record.itemComments.map((c) => (
                  <li key={c.agendaItemId}>
                    {t('itemNumber', { number: numberOf(c.agendaItemId) ?? '?' })}: <span className={styles.comment}>{c.comment}</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {late && late.length > 0 ? (
        <>
          <Caption1 as="h3">{t('late')}</Caption1>
          <ul className={styles.list} aria-label={t('late')}>
            {late.map((a) => (
              <li key={a.id}>
                {t('lateLine', {
                  name: a.createdBy.name || a.createdBy.email || '',
                  answer: t(`answer.${a.decision}`),
                  date: formatLongDate(a.createdAt, locale),
                  time: formatClock(a.createdAt, locale),
                })}
                {a.comment ? <p className={styles.comment}>{a.comment}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}
