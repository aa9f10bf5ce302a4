import { Badge, Body1, Caption1, makeStyles, Subtitle2, tokens, type BadgeProps } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attendance, AttendanceRow, AttendanceStatus } from '../../../domain/attendance';

const LOOK: Record<AttendanceStatus, Pick<BadgeProps, 'color' | 'appearance'>> = {
  attending: { color: 'success', appearance: 'tint' },
  tentative: { color: 'warning', appearance: 'tint' },
  'no-answer': { color: 'informative', appearance: 'outline' },
  apology: { color: 'danger', appearance: 'tint' },
};

const useStyles = makeStyles({
  groups: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  standIn: { paddingInlineStart: tokens.spacingHorizontalL },
  person: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: '12rem' },
  meta: { color: tokens.colorNeutralForeground3 },
  extra: { flexBasis: '100%' },
});

/** The answer as a word in a badge: the colour only repeats what the text says. */
export function AttendanceBadge({ status }: { status: AttendanceStatus }) {
  const { t } = useTranslation('attendance');
  return (
    <Badge shape="rounded" {...LOOK[status]}>
      {t(`status.${status}`)}
    </Badge>
  );
}

interface Props {
  readonly attendance: Attendance;
  /** Per row: an action next to it (the secretariat's "Indkald stedfortræder"). */
  readonly actionFor?: (row: AttendanceRow) => ReactNode;
  /** Per row: content below it (an open form). */
  readonly extraFor?: (row: AttendanceRow) => ReactNode;
}

function Group({ title, rows, actionFor, extraFor }: { title: string; rows: readonly AttendanceRow[] } & Omit<Props, 'attendance'>) {
  const styles = useStyles();
  const { t } = useTranslation('attendance');
  const id = useId();
  return (
    <div>
      <Subtitle2 as="h4" id={id}>
        {title}
      </Subtitle2>
      <ul className={styles.list} aria-labelledby={id}>
        {rows.map((row) => {
          const meta = [
            row.substituteFor ? t('substituteFor', { name: row.substituteFor.name }) : undefined,
            row.substitute ? t('substituteNamed', { name: row.substitute.name }) : undefined,
            row.invited ? undefined : t('notInvited'),
          ].filter(Boolean);
          const extra = extraFor?.(row);
          return (
            <li key={row.email} className={row.substituteFor ? `${styles.row} ${styles.standIn}` : styles.row} data-email={row.email}>
              <span className={styles.person}>
                <Body1>
                  {[row.name, row.jobTitle].filter(Boolean).join(', ')}
                  {row.isChair ? ` (${t('chair')})` : ''}
                </Body1>
                {meta.length > 0 ? <Caption1 className={styles.meta}>{meta.join(' · ')}</Caption1> : null}
              </span>
              <AttendanceBadge status={row.status} />
              {actionFor?.(row)}
              {extra ? <div className={styles.extra}>{extra}</div> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The invited, by organisation as in the minutes, then the secretariat and guests; each with their answer. */
export function AttendanceList({ attendance, actionFor, extraFor }: Props) {
  const styles = useStyles();
  const { t } = useTranslation('attendance');
  const sections = [
    ...attendance.groups.map((g) => ({
      key: `org:${g.organisation}`,
      title: g.organisation || t('otherOrganisation'),
      rows: g.rows,
    })),
    { key: 'secretariat', title: t('secretariat'), rows: attendance.secretariat },
    { key: 'guests', title: t('guests'), rows: attendance.guests },
  ].filter((s) => s.rows.length > 0);
  return (
    <div className={styles.groups}>
      {sections.map((s) => (
        <Group key={s.key} title={s.title} rows={s.rows} {...(actionFor ? { actionFor } : {})} {...(extraFor ? { extraFor } : {})} />
      ))}
    </div>
  );
}
