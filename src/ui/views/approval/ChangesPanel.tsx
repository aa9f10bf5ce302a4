import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { MinutesAttendee } from '../../../domain/minutes/minutes-content';
import { summarizeChanges, type MinutesDiff } from '../../../domain/minutes/minutes-diff';
import type { MinutesVersion } from '../../../domain/types';
import { Section } from '../../components/Section';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** "Ændringer siden version M": one line per changed item, the attendance changes, the meeting's details. */
export function ChangesPanel({ base, diff }: { readonly base: MinutesVersion; readonly diff: MinutesDiff }) {
  const styles = useStyles();
  const { t } = useTranslation('approval');
  const summary = summarizeChanges(diff);
  const presence = (p: MinutesAttendee['presence'] | undefined) => (p ? t(`presence.${p}`) : t('notListed'));
  return (
    <Section title={t('changesSince', { version: base.version })}>
      <Caption1 className={styles.muted}>{t('changesSinceHint')}</Caption1>
      {!diff.changed ? (
        <p>{t('noChanges')}</p>
      ) : (
        <ul className={styles.list}>
          {summary.items.map((line) => (
            <li key={`${line.number}-${line.title}-${line.change}`}>
              {t(`summary.${line.change}`, {
                number: line.number,
                title: line.title,
                fields: line.fields.map((f) => t(`field.${f}`)).join(', '),
              })}
            </li>
          ))}
          {summary.header.length > 0 ? <li>{t('summary.header')}</li> : null}
          {diff.attendance.length > 0 ? (
            <li>
              {t('summary.attendance', { count: summary.attendance })}
              <ul className={styles.list}>
                {diff.attendance.map((a) => (
                  <li key={a.email}>{t('attendanceChange', { name: a.name, before: presence(a.before), after: presence(a.after) })}</li>
                ))}
              </ul>
            </li>
          ) : null}
        </ul>
      )}
    </Section>
  );
}
