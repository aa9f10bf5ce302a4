import { CalendarLtr20Regular } from '@fluentui/react-icons/svg/calendar-ltr';
import { useTranslation } from 'react-i18next';
import type { ForumHome } from '../../store/home-data';
import { EmptyState } from '../components/EmptyState';
import { MeetingCard } from './meeting/MeetingCard';
import { Section } from '../components/Section';
import { nextMeeting } from '../model/meetings';

export function NextMeeting({ home, now, title }: { home: ForumHome; now: Date; title: string }) {
  const { t } = useTranslation('member');
  const meeting = nextMeeting(home.meetings, now);
  return (
    <Section title={title} icon={<CalendarLtr20Regular />}>
      {meeting ? <MeetingCard meeting={meeting} forum={home.forum} /> : <EmptyState>{t('noNextMeeting')}</EmptyState>}
    </Section>
  );
}
