import { Body1, Button, Link, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleOf } from '../../../domain/forum-trust';
import type { PublicRecordKind } from '../../../domain/public-record/public-record';
import type { Forum, ForumRef, Meeting } from '../../../domain/types';
import type { PublicationStatus, PublishedFile, PublishResult } from '../../../store/publication/publication-api';
import { DialogStatus, type StatusMessage } from '../../components/DialogStatus';
import { useAction } from '../../components/use-action';
import { useAsync } from '../../components/use-async';
import { useMe } from '../../me';
import { agendaRefusal } from '../../model/agenda-refusal';
import { useServices } from '../../services';

const useStyles = makeStyles({
  // As the meeting dialog's other sections (MeetingDialog.tsx): a rule above, the heading in subtitle2.
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlockStart: tokens.spacingVerticalS,
    borderTopStyle: 'solid',
    borderTopWidth: tokens.strokeWidthThin,
    borderTopColor: tokens.colorNeutralStroke2,
  },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: 'none' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * "Offentliggør dagsorden" and "Offentliggør beslutninger" (issue 20 pt 3), for the forum's secretariat: the public
 * page and its PDF written to the forum's Offentliggørelse folder, linked here once they are there. The decisions'
 * button waits for the co-chairs' approval and says so; the store refuses them before it too. Publishing again is
 * harmless: the store writes nothing when the record is the same. Renders nothing for anyone else.
 */
export function PublicationActions({ meeting, forum: ref }: { meeting: Meeting; forum: ForumRef }) {
  const styles = useStyles();
  const { t } = useTranslation('publication');
  const { stores } = useServices();
  const me = useMe();
  const loadForum = useCallback((): Promise<Forum | undefined> => stores.forums.load(ref), [stores, ref]);
  const [forumState] = useAsync(loadForum);
  const forum = forumState.status === 'ready' ? forumState.value : undefined;
  const secretariat = forum !== undefined && roleOf(forum, me) === 'secretariat';
  const check = useCallback(
    (): Promise<PublicationStatus | undefined> =>
      forum && secretariat ? stores.publication.status(forum, meeting) : Promise.resolve(undefined),
    [stores, forum, secretariat, meeting],
  );
  const [statusState, recheck] = useAsync(check);
  const status = statusState.status === 'ready' ? statusState.value : undefined;
  const headingId = useId();
  const waitingId = useId();
  const [files, setFiles] = useState<Partial<Record<PublicRecordKind, readonly PublishedFile[]>>>({});

  const said = (r: PublishResult): StatusMessage => {
    if (r.outcome === 'not-approved') return { text: t('notApproved'), intent: 'warning' };
    if (r.outcome === 'already-published') return { text: t('alreadyPublished'), intent: 'info' };
    if (r.outcome === 'unchanged') return { text: t('unchanged'), intent: 'info' };
    return {
      text: r.closedItems > 0 ? t('publishedClosed', { count: r.closedItems }) : t('published'),
      intent: 'success',
    };
  };
  const publish = useAction((kind: PublicRecordKind, to: Forum) => stores.publication.publish(to, meeting, kind), {
    success: said,
    onSuccess: (r) => {
      if (r.files.length > 0) setFiles((f) => ({ ...f, [r.kind]: r.files }));
      recheck();
    },
    // Parts of the agenda someone else wrote stop its publication as they stop its send: said as the agenda says it.
    failure: (e) => {
      const refusal = agendaRefusal(e);
      if (!refusal) return t('failed');
      return refusal.kind === 'meeting'
        ? t('meetingChanged', { by: refusal.by })
        : t('itemsChanged', { count: refusal.count, items: refusal.items });
    },
  });

  if (!forum || !secretariat || meeting.status === 'cancelled' || meeting.kind === 'planning') return null;

  const linksOf = (kind: PublicRecordKind): readonly PublishedFile[] => {
    const here = files[kind];
    if (here) return here.filter((f) => !f.name.endsWith('.docx'));
    const known = status?.[kind];
    return known ? [known] : [];
  };
  const label = (kind: PublicRecordKind, file: PublishedFile): string => {
    const what = kind === 'agenda' ? t('agendaPublished') : t('decisionsPublished');
    return file.name.endsWith('.pdf') ? `${what} (PDF)` : t('page', { name: what });
  };
  const published = (['agenda', 'decisions'] as const).flatMap((kind) => linksOf(kind).map((file) => ({ kind, file })));
  const decisionsReady = status?.decisionsReady === true;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1} className={styles.heading}>
        {t('heading')}
      </h3>
      <Body1 className={styles.muted}>{t('intro')}</Body1>
      {statusState.status === 'loading' ? <Body1 className={styles.muted}>{t('checking')}</Body1> : null}
      {statusState.status === 'error' ? <Body1 className={styles.muted}>{t('checkFailed')}</Body1> : null}
      <div className={styles.buttons} role="group" aria-label={t('group')}>
        <Button onClick={() => void publish.run('agenda', forum)} disabled={publish.busy}>
          {t('agenda')}
        </Button>
        <Button
          onClick={() => void publish.run('decisions', forum)}
          disabled={publish.busy}
          // Focusable while it waits, so a screen reader reaches the button and hears why (aria-describedby).
          disabledFocusable={statusState.status === 'ready' && !decisionsReady}
          {...(statusState.status === 'ready' && !decisionsReady ? { 'aria-describedby': waitingId } : {})}
        >
          {t('decisions')}
        </Button>
      </div>
      {statusState.status === 'ready' && !decisionsReady ? (
        <Body1 id={waitingId} className={styles.muted}>
          {t('decisionsWaiting')}
        </Body1>
      ) : null}
      {published.length > 0 ? (
        <ul className={styles.links}>
          {published.map(({ kind, file }) => (
            <li key={`${kind}:${file.name}`}>
              <Link href={file.webUrl} target="_blank" rel="noreferrer">
                {label(kind, file)}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <DialogStatus
        landmark={false}
        {...(publish.busy ? { busy: t('publishing') } : {})}
        {...(publish.error ? { error: publish.error } : {})}
        {...(publish.status ? { message: publish.status } : {})}
      />
    </section>
  );
}
