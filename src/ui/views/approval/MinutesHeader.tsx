import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { MINUTES_PRESENCES, type MinutesAttendee, type MinutesContent } from '../../../domain/minutes/minutes-content';
import { useLocale } from '../../components/use-locale';
import { formatLongDate, formatTimeSpan } from '../../format/dates';

const useStyles = makeStyles({
  facts: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  groups: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 16rem), 1fr))',
    gap: tokens.spacingVerticalM,
    margin: 0,
  },
  group: { margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold, marginBlockEnd: tokens.spacingVerticalXXS },
  people: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Meeting, date and place, and who took part — grouped by how (in the room, online, apologies, substitutes, guests). */
export function MinutesHeader({ content }: { readonly content: MinutesContent }) {
  const styles = useStyles();
  const { t } = useTranslation('approval');
  const locale = useLocale();
  const byEmail = new Map(content.attendance.map((a) => [a.email, a]));
  const groups = MINUTES_PRESENCES.map((p) => [p, content.attendance.filter((a) => a.presence === p)] as const).filter(
    ([, people]) => people.length > 0,
  );
  const line = (a: MinutesAttendee): string => {
    const stand = a.substituteFor ? ` ${t('substituteFor', { name: byEmail.get(a.substituteFor)?.name ?? a.substituteFor })}` : '';
    const chair = a.chair ? ` (${t('chairMark')})` : '';
    return `${a.name}${chair}, ${a.organisation}${stand}`;
  };
  return (
    <>
      <div className={styles.facts}>
        <Body1>
          {formatLongDate(content.start, locale)} · {formatTimeSpan(content.start, content.end, locale)}
        </Body1>
        {content.location ? <Caption1 className={styles.muted}>{content.location}</Caption1> : null}
      </div>
      <section aria-label={t('attendance')}>
        <dl className={styles.groups}>
          {groups.map(([presence, people]) => (
            <div key={presence} className={styles.group}>
              <dt className={styles.term}>{t(`presence.${presence}`)}</dt>
              <dd className={styles.group}>
                <ul className={styles.people}>
                  {people.map((a) => (
                    <li key={a.email}>{line(a)}</li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
