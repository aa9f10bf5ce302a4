import { Button, makeStyles, MessageBar, MessageBarBody, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { ArrowLeft20Regular } from '@fluentui/react-icons/svg/arrow-left';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForumRef } from '../../../domain/types';
import type { MinutesDraft, MinutesDraftApi } from '../../../store/minutes/draft-types';
import { ErrorBar } from '../../components/ErrorBar';
import { LoadingSkeleton } from '../../components/LoadingSkeleton';
import { useAsync } from '../../components/use-async';
import { useLocale } from '../../components/use-locale';
import { formatMeetingWhen } from '../../format/dates';
import type { MinutesEditorProps } from '../../parts';
import { useServices } from '../../services';
import { useLayoutStyles } from '../../styles';
import { ViewTitle } from '../ViewTitle';
import { AttendanceEditor } from './AttendanceEditor';
import { MeetingChangedNotice } from './MeetingChangedNotice';
import { useDraftSession } from './use-draft-session';
import { MinutesItemEditor } from './MinutesItemEditor';

const useStyles = makeStyles({
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    ':focus': { outlineStyle: 'none' },
  },
  titleBlock: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0, overflowWrap: 'anywhere' },
  when: { color: tokens.colorNeutralForeground2 },
  items: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
});

/**
 * Skriv referat: the secretariat writes the minutes of a meeting — per agenda item Referat and Beslutning (prefilled
 * from what is saved; the standing items are items too), and who took part. Every field saves itself ~1 s after
 * typing stops and when left; a change by someone else meanwhile is merged or shown beside mine, never overwritten.
 */
export function MinutesEditor({ forum, meeting, onClose, footer, itemActions, itemNotice, readOnly, notice }: MinutesEditorProps) {
  const { t } = useTranslation('minutesEditor');
  const styles = useStyles();
  const layout = useLayoutStyles();
  const locale = useLocale();
  const { stores } = useServices();
  const store = stores.minutesDraft;
  const headingRef = useRef<HTMLDivElement>(null);
  const load = useCallback(async () => {
    return store.load(forum, meeting);
  }, [store, forum, meeting]);
  const [state, reload] = useAsync(load);

  useEffect(() => headingRef.current?.focus(), []);

  return (
    <div className={layout.stack}>
      <div className={styles.head} ref={headingRef} tabIndex={-1}>
        <div className={styles.titleBlock}>
          <ViewTitle>{t('title', { meeting: meeting.title })}</ViewTitle>
          <Text className={styles.when}>{`${forum.name} · ${formatMeetingWhen(meeting.start, meeting.end, locale)}`}</Text>
        </div>
        {state.status !== 'ready' ? (
          <Button appearance="subtle" icon={<ArrowLeft20Regular />} onClick={onClose}>
            {t('back')}
          </Button>
        ) : null}
      </div>
      {notice}
      {state.status === 'loading' ? <LoadingSkeleton /> : null}
      {state.status === 'error' ? <ErrorBar error={state.error} onRetry={reload} /> : null}
      {state.status === 'ready' ? (
        <DraftForm
          draft={state.value}
          forum={forum}
          store={store}
          onClose={onClose}
          footer={footer}
          itemActions={itemActions}
          itemNotice={itemNotice}
          readOnly={readOnly === true}
        />
      ) : null}
    </div>
  );
}

interface DraftFormProps extends Pick<MinutesEditorProps, 'footer' | 'itemActions' | 'itemNotice' | 'onClose'> {
  readonly readOnly: boolean;
  readonly draft: MinutesDraft;
  readonly forum: ForumRef;
  readonly store: MinutesDraftApi;
}

function DraftForm({ draft, forum, store, onClose, footer, itemActions, itemNotice, readOnly }: DraftFormProps) {
  const { t } = useTranslation('minutesEditor');
  const styles = useStyles();
  const layout = useLayoutStyles();
  // Re-renders the footer with the minutes as typed; leaving saves what is typed.
  const session = useDraftSession(draft, forum, store);
  const close = () => {
    session.flushAll();
    onClose();
  };

  const items = draft.content.items;
  // The editor opens at the items: once the draft is in, focus moves from the title to the first item's heading
  // (attendance is folded above it, so the title stays in view); Tab goes on to its Referat.
  const firstItem = useRef<HTMLHeadingElement>(null);
  useEffect(() => firstItem.current?.focus(), []);
  return (
    <>
      <div role="status" aria-live="polite" className={layout.visuallyHidden}>
        {t('loaded')}
      </div>
      <div>
        <Button appearance="subtle" icon={<ArrowLeft20Regular />} onClick={close}>
          {t('back')}
        </Button>
      </div>
      {draft.meetingChangedBy !== undefined ? (
        <MeetingChangedNotice by={draft.meetingChangedBy} attendance={session.attendance} readOnly={readOnly} />
      ) : null}
      <AttendanceEditor
        controller={session.attendance}
        readOnly={readOnly}
        {...(draft.content.quorum ? { quorum: draft.content.quorum } : {})}
      />
      <Subtitle2 as="h2" className={styles.heading}>
        {t('items')}
      </Subtitle2>
      {items.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('noItems')}</MessageBarBody>
        </MessageBar>
      ) : (
        <div className={styles.items}>
          {items.map((item, i) => {
            const controller = session.items.get(item.agendaItemId);
            return controller ? (
              <MinutesItemEditor
                key={item.agendaItemId}
                item={item}
                controller={controller}
                readOnly={readOnly}
                attendance={session.attendance}
                {...(draft.content.quorum ? { quorum: draft.content.quorum } : {})}
                {...(itemActions ? { actions: itemActions } : {})}
                {...(itemNotice ? { notice: itemNotice } : {})}
                {...(i === 0 ? { headingRef: firstItem } : {})}
              />
            ) : null;
          })}
        </div>
      )}
      {footer ? footer(session.content()) : null}
    </>
  );
}
