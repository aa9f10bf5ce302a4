import { CalendarLtr20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { ForumHome } from '../../../store/home-data';
import { EmptyState } from '../../components/EmptyState';
import { MeetingList } from '../../components/MeetingRow';
import { Section } from '../../components/Section';
import { copenhagenYear } from '../../format/dates';
import { meetingsOfYear } from '../../model/meetings';

/** The forum's year of meetings: ordinary, extraordinary, video and planning, with status. */
export function YearOfMeetings({ home, now }: { home: ForumHome; now: Date }) {
  const { t } = useTranslation();
  const year = copenhagenYear(now);
  const meetings = meetingsOfYear(home.meetings, now);
  const title = t('secretariat.year', { year });
  return (
    <Section title={title} icon={<CalendarLtr20Regular />}>
      {meetings.length === 0 ? <EmptyState>{t('secretariat.yearEmpty', { year })}</EmptyState> : <MeetingList meetings={meetings} forum={home.forum} now={now} label={title} />}
    </Section>
  );
}
