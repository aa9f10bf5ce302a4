import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { parseForumEnding } from '../../../domain/forum-ending';
import type { Forum } from '../../../domain/types';
import { useLocale } from '../../components/use-locale';
import { formatLongDate } from '../../format/dates';

/**
 * On an ended forum's home, for everyone: the forum ended and where its work went (the successor, what moved over);
 * its meetings, minutes and actions below stay readable. "Gå til …" opens the successor when the person is in it.
 * Loaded only for an ended forum (HomeContent), so no one's first paint carries it.
 */
export function ForumEndedBar({
  forum,
  reachable,
  onOpen,
}: {
  readonly forum: Forum;
  /** The forums this person can open (the successor's button shows when it is one of them). */
  readonly reachable: readonly string[];
  readonly onOpen: (groupId: string) => void;
}) {
  const { t } = useTranslation('successor');
  const locale = useLocale();
  const ended = useMemo(() => parseForumEnding(forum.endedRecord), [forum.endedRecord]);
  if (!ended) return null;
  const successor = ended.successor.name;
  return (
    <MessageBar intent={ended.state === 'done' ? 'info' : 'warning'} layout="multiline" data-testid="forum-ended">
      <MessageBarBody>
        <MessageBarTitle>{t('ended', { name: forum.name, date: formatLongDate(ended.at, locale), successor })}</MessageBarTitle>
        {ended.state === 'done' && ended.carried
          ? t('carried', { ...ended.carried })
          : ended.state === 'carrying'
            ? t('unfinished', { successor })
            : null}
      </MessageBarBody>
      {reachable.includes(ended.successor.groupId) ? (
        <MessageBarActions>
          <Button onClick={() => onOpen(ended.successor.groupId)}>{t('open', { successor })}</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
