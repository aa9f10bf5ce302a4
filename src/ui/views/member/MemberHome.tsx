import { useTranslation } from 'react-i18next';
import { useLayoutStyles } from '../../styles';
import { NextMeeting } from '../NextMeeting';
import type { RoleViewProps } from '../role-view';
import { ViewTitle } from '../ViewTitle';
import { MySubmissions } from './MySubmissions';
import { LazyMemberActions } from '../actions/lazy';

/** A member's home: the next meeting (time, place, Teams), the items I submitted, my actions and the approved minutes. */
export function MemberHome({ home, me, now }: RoleViewProps) {
  const { t } = useTranslation('member');
  const layout = useLayoutStyles();
  return (
    <div className={layout.stack}>
      <ViewTitle>{t('title', { forum: home.forum.name })}</ViewTitle>
      <div className={layout.grid}>
        <NextMeeting home={home} now={now} title={t('nextMeeting')} />
        <MySubmissions home={home} email={me.email} />
        <LazyMemberActions home={home} me={me} now={now} />
      </div>
    </div>
  );
}
