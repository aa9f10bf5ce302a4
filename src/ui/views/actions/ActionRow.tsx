import { Badge, Body1Strong, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { Checkmark20Regular } from '@fluentui/react-icons/svg/checkmark';
import { useTranslation } from 'react-i18next';
import { actionState, type ActionState } from '../../../domain/actions';
import type { ActionItem } from '../../../domain/types';
import { useLocale } from '../../components/use-locale';
import { formatLongDate } from '../../format/dates';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { display: 'flex', flexDirection: 'column', flexGrow: 1, flexBasis: '14rem', minWidth: 0, overflowWrap: 'anywhere' },
});

const COLOR: Readonly<Record<ActionState, 'danger' | 'warning' | 'informative' | 'subtle' | 'success'>> = {
  overdue: 'danger',
  'due-today': 'warning',
  'due-soon': 'warning',
  open: 'informative',
  done: 'success',
};

/** One action: what, owner and due date, its state, and "Markér som udført" for whoever may mark it (`onDone`). */
export function ActionRow({
  action,
  now,
  busy,
  showOwner = true,
  onDone,
}: {
  action: ActionItem;
  now: Date;
  busy: boolean;
  showOwner?: boolean;
  onDone?: (a: ActionItem) => void;
}) {
  const { t } = useTranslation('actions');
  const styles = useStyles();
  const locale = useLocale();
  const state = actionState(action, now);
  const date = action.due ? formatLongDate(action.due, locale) : '';
  return (
    <li className={styles.row}>
      <span className={styles.text}>
        <Body1Strong>{action.title}</Body1Strong>
        <Caption1>
          {showOwner ? t('section.line', { owner: action.ownerName || action.ownerEmail, date }) : t('section.dueLine', { date })}
          {action.reminderSentAt ? ` · ${t('section.reminded', { date: formatLongDate(action.reminderSentAt, locale) })}` : ''}
        </Caption1>
      </span>
      <Badge appearance="tint" color={COLOR[state]}>
        {t(`section.state.${state}`)}
      </Badge>
      {action.status === 'open' && onDone ? (
        <Button
          size="small"
          icon={<Checkmark20Regular />}
          disabled={busy}
          onClick={() => onDone(action)}
          aria-label={t('section.markDoneFor', { title: action.title.slice(0, 80) })}
        >
          {t('section.markDone')}
        </Button>
      ) : null}
    </li>
  );
}
