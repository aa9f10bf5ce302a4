import { Button, Link, MessageBar, MessageBarBody, makeStyles, Switch, tokens } from '@fluentui/react-components';
import { ArrowLeft20Regular } from '@fluentui/react-icons/svg/arrow-left';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalDecision, Forum, SignedInUser } from '../../../domain/types';
import { MinutesClosedError } from '../../../store/minutes/closure-errors';
import {
  CommentRequiredError,
  type AnswerChannel,
  type ApprovalViewApi,
  type ApprovalViewData,
} from '../../../store/minutes/approval-view-types';
import { ErrorBar } from '../../components/ErrorBar';
import { LoadingSkeleton } from '../../components/LoadingSkeleton';
import { useAction } from '../../components/use-action';
import { useAsync } from '../../components/use-async';
import { useLocale } from '../../components/use-locale';
import { errorKey } from '../../errors/describe-error';
import { formatLongDate } from '../../format/dates';
import type { ApprovalViewProps } from '../../parts';
import { useServices } from '../../services';
import { useLayoutStyles } from '../../styles';
import { ViewTitle } from '../ViewTitle';
import { AnswerForm } from './AnswerForm';
import { ChairStates } from './ChairStates';
import { ChangesPanel } from './ChangesPanel';
import { MinutesHeader } from './MinutesHeader';
import { MinutesItemView, type OtherComment } from './MinutesItemView';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  head: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, ':focus': { outlineStyle: 'none' } },
  items: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
  back: { alignSelf: 'flex-start' },
});

/** The chairs' approval view at "#/approve/<groupId>/<versionId>" (its own chunk). */
export function ApprovalView({ target, state, onClose }: ApprovalViewProps) {
  const { t } = useTranslation('approval');
  const { stores } = useServices();
  const styles = useStyles();
  if (state.status === 'loading') return <LoadingSkeleton />;
  if (state.status === 'error') return <ErrorBar error={state.error} />;
  const home = state.value.forums.find((f) => f.forum.groupId === target.groupId);
  const store = stores.approvalView;
  if (!home) {
    return (
      <div className={styles.page}>
        <BackButton onClose={onClose} />
        <MessageBar intent="warning">
          <MessageBarBody>{t('notFound')}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  return <ApprovalPage store={store} forum={home.forum} versionId={target.versionId} me={state.value.me} onClose={onClose} />;
}

function BackButton({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation('approval');
  const styles = useStyles();
  return (
    <Button className={styles.back} appearance="subtle" icon={<ArrowLeft20Regular />} onClick={onClose}>
      {t('back')}
    </Button>
  );
}

/** A version id that names no item (a stale or mistyped link) reads as "not found", not as a failure to retry. */
const isNotFound = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'status' in error && (error as { status: unknown }).status === 404;

const channelOf = (kind: string): AnswerChannel => (kind === 'teams' ? 'teams' : kind === 'outlook' ? 'outlook' : 'browser');

export interface ApprovalPageProps {
  readonly store: ApprovalViewApi;
  readonly forum: Forum;
  readonly versionId: string;
  readonly me: SignedInUser;
  readonly onClose: () => void;
}

/** Loads the version and shows it; a chair answers here. */
export function ApprovalPage({ store, forum, versionId, me, onClose }: ApprovalPageProps) {
  const { t } = useTranslation('approval');
  const styles = useStyles();
  const layout = useLayoutStyles();
  const load = useCallback(() => store.load(forum, versionId, me), [store, forum, versionId, me]);
  const [state, reload] = useAsync(load);
  const [announce, setAnnounce] = useState('');
  const [notice, setNotice] = useState<{ text: string; intent: 'success' | 'error' }>();
  return (
    <div className={styles.page}>
      <BackButton onClose={onClose} />
      <div role="status" aria-live="polite" className={layout.visuallyHidden}>
        {state.status === 'loading' ? t('loading') : state.status === 'ready' ? t('loaded') : ''} {announce}
      </div>
      {notice ? (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.status === 'loading' ? <LoadingSkeleton /> : null}
      {state.status === 'error' && isNotFound(state.error) ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('notFound')}</MessageBarBody>
        </MessageBar>
      ) : state.status === 'error' ? (
        <ErrorBar error={state.error} onRetry={reload} />
      ) : null}
      {state.status === 'ready' ? (
        <ApprovalBody
          data={state.value}
          forum={forum}
          onAnswered={(text) => {
            setNotice({ text, intent: 'success' });
            setAnnounce(text);
            reload();
          }}
          onFailed={(text) => {
            setNotice({ text, intent: 'error' });
            setAnnounce(text);
          }}
          store={store}
        />
      ) : null}
    </div>
  );
}

interface BodyProps {
  readonly data: ApprovalViewData;
  readonly forum: Forum;
  readonly store: ApprovalViewApi;
  readonly onAnswered: (text: string) => void;
  readonly onFailed: (text: string) => void;
}

function ApprovalBody({ data, forum, store, onAnswered, onFailed }: BodyProps) {
  const { t } = useTranslation('approval');
  const styles = useStyles();
  const locale = useLocale();
  const { host } = useServices();
  const headRef = useRef<HTMLDivElement>(null);
  const [onlyChanged, setOnlyChanged] = useState(false);
  const [comment, setComment] = useState('');
  const [itemComments, setItemComments] = useState<Readonly<Record<string, string>>>({});
  // What the form says under the comment (a changes request without one); every other outcome is the page's notice.
  const [error, setError] = useState<string>();
  useEffect(() => headRef.current?.focus(), []);

  const { base, version, me } = data;
  // A "version" the secretariat did not make is no version: its text is not shown as the minutes and cannot be answered.
  const content = data.bySecretariat ? data.content : undefined;
  // Circulated minutes are closed: read only, whatever link the chair came by.
  const canAnswer = me.isChair && content !== undefined && data.hashMatches && !data.superseded && data.circulated === undefined;
  const seesStates = me.isChair || me.isSecretariat;
  // Comments on each item in the chairs' current answers.
  const others = useMemo(() => {
    const map = new Map<string, OtherComment[]>();
    for (const s of data.status.chairs)
      for (const c of s.record?.itemComments ?? [])
        map.set(c.agendaItemId, [...(map.get(c.agendaItemId) ?? []), { name: s.chair.name, comment: c.comment }]);
    return map;
  }, [data.status.chairs]);

  const send = useAction(
    (decision: ApprovalDecision, items: readonly { agendaItemId: string; comment: string }[]) =>
      store.answer(forum, version, {
        decision,
        channel: channelOf(host.kind),
        ...(comment.trim() ? { comment } : {}),
        ...(items.length > 0 ? { itemComments: items } : {}),
      }),
    {
      onSuccess: (_answered, decision) => {
        setComment('');
        setItemComments({});
        onAnswered(decision === 'approved' ? t('approved', { version: version.version }) : t('changesRequested'));
      },
      failure: (e) => {
        const text =
          e instanceof CommentRequiredError
            ? t('commentRequired')
            : e instanceof MinutesClosedError
              ? t('closedAnswer')
              : t(`error.${errorKey(e)}`);
        if (e instanceof CommentRequiredError) setError(text);
        else onFailed(text);
        return text;
      },
    },
  );
  const { busy } = send;
  const answer = (decision: ApprovalDecision) => {
    const items = Object.entries(itemComments).map(([agendaItemId, text]) => ({ agendaItemId, comment: text }));
    if (decision === 'changes-requested' && comment.trim() === '' && items.every((c) => c.comment.trim() === '')) {
      setError(t('commentRequired'));
      return;
    }
    setError(undefined);
    void send.run(decision, items);
  };

  const diffFor = (id: string) => base?.diff.items.find((d) => d.agendaItemId === id);
  const shown = base
    ? base.diff.items.map((d) => ({
        item:
          content?.items.find((i) => i.agendaItemId === d.agendaItemId) ??
          base.content.items.find((i) => i.agendaItemId === d.agendaItemId),
        diff: d,
      }))
    : (content?.items ?? []).map((item) => ({ item, diff: undefined }));
  const visible = shown.filter((s) => !onlyChanged || (s.diff !== undefined && (s.diff.change !== 'unchanged' || s.diff.moved)));

  return (
    <>
      <div className={styles.head} ref={headRef} tabIndex={-1}>
        <ViewTitle>{t('title')}</ViewTitle>
        <span>{t('header', { forum: content?.forumName ?? forum.name, meeting: content?.meetingTitle ?? data.meeting?.title ?? '' })}</span>
        <span>
          {t('versionLine', {
            version: version.version,
            when: version.createdAt ? formatLongDate(version.createdAt, locale) : '',
          })}
        </span>
      </div>
      {data.circulated ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {data.circulated.at ? t('circulated', { date: formatLongDate(data.circulated.at, locale) }) : t('circulatedUndated')}
            {data.circulated.pdfUrl ? (
              <>
                {' '}
                <Link href={data.circulated.pdfUrl} target="_blank" rel="noreferrer">
                  {t('finalPdf')}
                </Link>
              </>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : data.superseded ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('superseded')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {!data.bySecretariat ? (
        <MessageBar intent="error">
          <MessageBarBody>{t('notBySecretariat')}</MessageBarBody>
        </MessageBar>
      ) : data.problem ? (
        <MessageBar intent="error">
          <MessageBarBody>{t('snapshotProblem')}</MessageBarBody>
        </MessageBar>
      ) : !data.hashMatches ? (
        <MessageBar intent="error">
          <MessageBarBody>{t('hashMismatch')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {me.state?.record ? (
        <MessageBar intent="info">
          <MessageBarBody>
            {t(data.circulated ? 'yourAnswerFinal' : 'yourAnswer', {
              answer: t(`answer.${me.state.answer}`),
              when: formatLongDate(me.state.record.createdAt, locale),
            })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {!seesStates ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('notAChair')}</MessageBarBody>
        </MessageBar>
      ) : !me.isChair ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('readOnly')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {content ? <MinutesHeader content={content} /> : null}
      {base ? <ChangesPanel base={base.version} diff={base.diff} /> : null}
      {base ? <Switch checked={onlyChanged} onChange={(_, d) => setOnlyChanged(d.checked)} label={t('onlyChanged')} /> : null}
      {content ? (
        <ol className={styles.items} aria-label={t('title')}>
          {visible.length === 0 ? <li>{t('noChangedItems')}</li> : null}
          {visible.map(({ item, diff }) =>
            item ? (
              <li key={item.agendaItemId}>
                <MinutesItemView
                  item={item}
                  {...(diff ? { diff: diffFor(item.agendaItemId) ?? diff } : {})}
                  {...(seesStates ? { others: others.get(item.agendaItemId) ?? [] } : {})}
                  {...(canAnswer
                    ? {
                        comment: itemComments[item.agendaItemId] ?? '',
                        onComment: (text: string) => setItemComments((c) => ({ ...c, [item.agendaItemId]: text })),
                      }
                    : {})}
                />
              </li>
            ) : null,
          )}
        </ol>
      ) : null}
      {canAnswer ? (
        <AnswerForm
          comment={comment}
          onComment={setComment}
          {...(error ? { error } : {})}
          busy={busy}
          disabled={!canAnswer}
          onAnswer={answer}
        />
      ) : null}
      {seesStates ? (
        <ChairStates
          status={data.status}
          {...(content ? { content } : {})}
          {...(data.circulated ? { frozen: true, late: data.late ?? [] } : {})}
        />
      ) : null}
    </>
  );
}
