import {
  Button,
  Checkbox,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseForumEnding } from '../../../../domain/forum-ending';
import type { Forum } from '../../../../domain/types';
import {
  AlreadyEndedError,
  ForumItemChangedError,
  type HandoverPreview,
  type HandoverReport,
  type SuccessorApi,
  type SuccessorRef,
} from '../../../../store/successor/successor-api';
import { ConfirmBar } from '../../../components/ConfirmBar';
import { DialogStatus, type StatusMessage } from '../../../components/DialogStatus';
import { ErrorBar } from '../../../components/ErrorBar';
import { useAction } from '../../../components/use-action';
import { useAsync } from '../../../components/use-async';
import { useLocale } from '../../../components/use-locale';
import { formatLongDate } from '../../../format/dates';
import { useMe } from '../../../me';
import { useSettingsStyles } from '../settings/settings-styles';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' },
  members: { display: 'flex', flexDirection: 'column' },
  meta: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  readonly forum: Forum;
  /** The other forums the secretariat runs: the successor is one of them. */
  readonly candidates: readonly SuccessorRef[];
  readonly api: SuccessorApi;
  /** The handover was made (or found made): the home should show the forum as ended. */
  readonly onEnded: () => void;
}

/**
 * "Afslut forum": the secretariat ends the forum and names its successor (the steering group → the sundhedsråd).
 * Shows what moves (the open actions, the backlog, the members to choose from), asks once, and hands over through
 * the successor store — which does each copy once, so "Gør overdragelsen færdig" after a failure is safe.
 */
export function EndForumTab({ forum, candidates, api, onEnded }: Props) {
  const { t } = useTranslation('settings');
  const settingsStyles = useSettingsStyles();
  const styles = useStyles();
  const locale = useLocale();
  const membersLegend = useId();
  const me = useMe();
  const ended = useMemo(() => parseForumEnding(forum.endedRecord), [forum.endedRecord]);
  const [successorId, setSuccessorId] = useState(ended?.successor.groupId ?? '');
  const [confirming, setConfirming] = useState(false);
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(new Set());
  const opener = useRef<HTMLButtonElement>(null);
  const load = useCallback(() => api.preview(forum), [api, forum]);
  const [preview, reload] = useAsync(load);
  const successor: SuccessorRef | undefined =
    candidates.find((c) => c.groupId === successorId) ??
    (ended ? { groupId: ended.successor.groupId, siteId: '', name: ended.successor.name } : undefined);

  const handover = useAction(
    (to: SuccessorRef, continuing: readonly string[]) => api.handOver({ from: forum, to, continuing, by: me.name }),
    {
      success: (r: HandoverReport, to): StatusMessage => ({
        intent: 'success',
        text: [
          t('end.done', { from: forum.name, to: to.name, actions: r.actions, backlog: r.backlog, members: r.members }),
          r.firstMeeting
            ? t('end.doneAgenda', { meeting: `${r.firstMeeting.title} (${formatLongDate(r.firstMeeting.start, locale)})` })
            : t('end.noMeeting', { to: to.name }),
        ].join(' '),
      }),
      failure: (error) => {
        if (error instanceof AlreadyEndedError) return t('end.alreadyEnded', { name: error.successorName });
        if (error instanceof ForumItemChangedError) return t('end.settingsChanged', { by: error.by || '?' });
        return undefined;
      },
      onSettled: () => onEnded(),
    },
  );

  const run = (data: HandoverPreview) => {
    if (!successor) return;
    setConfirming(false);
    void handover.run(
      successor,
      data.members.filter((m) => !unchecked.has(m.email)).map((m) => m.email),
    );
  };

  const status = <DialogStatus busy={handover.busy ? t('end.working') : false} error={handover.error} message={handover.status} />;

  if (handover.status) {
    // Done: what moved, and where it is on the agenda; the home shows the forum as ended when the drawer closes.
    return <div className={settingsStyles.body}>{status}</div>;
  }

  if (ended && ended.state === 'done') {
    return (
      <div className={settingsStyles.body}>
        <MessageBar intent="info">
          <MessageBarBody>
            {t('end.ended', { date: formatLongDate(ended.at, locale), by: ended.by || '–', name: ended.successor.name })}
          </MessageBarBody>
        </MessageBar>
        {status}
      </div>
    );
  }

  return (
    <div className={settingsStyles.body}>
      <Text>{t('end.intro')}</Text>
      {ended ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('end.unfinished', { name: ended.successor.name })}</MessageBarBody>
        </MessageBar>
      ) : candidates.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('end.noOthers')}</MessageBarBody>
        </MessageBar>
      ) : (
        <Field label={t('end.successor')}>
          <Select
            className={settingsStyles.select}
            select={{ className: settingsStyles.selectInput }}
            value={successorId}
            onChange={(_e, d) => setSuccessorId(d.value)}
          >
            <option value="">{t('end.chooseSuccessor')}</option>
            {candidates.map((c) => (
              <option key={c.groupId} value={c.groupId}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {preview.status === 'loading' ? <Spinner size="tiny" label={t('end.loading')} /> : null}
      {preview.status === 'error' ? <ErrorBar error={preview.error} onRetry={reload} /> : null}
      {preview.status === 'ready' ? (
        <>
          <section className={settingsStyles.section} aria-labelledby="end-actions">
            <Subtitle2 as="h3" id="end-actions">
              {t('end.actions', { count: preview.value.actions.length })}
            </Subtitle2>
            {preview.value.actions.length > 0 ? (
              <ul className={styles.list}>
                {preview.value.actions.map((a) => (
                  <li key={a.id}>{`${a.title} (${a.ownerName || a.ownerEmail})`}</li>
                ))}
              </ul>
            ) : null}
          </section>
          <section className={settingsStyles.section} aria-labelledby="end-backlog">
            <Subtitle2 as="h3" id="end-backlog">
              {t('end.backlog', { count: preview.value.backlog.length })}
            </Subtitle2>
            {preview.value.backlog.length > 0 ? (
              <ul className={styles.list}>
                {preview.value.backlog.map((s) => (
                  <li key={s.id}>{s.title}</li>
                ))}
              </ul>
            ) : null}
          </section>
          <fieldset className={settingsStyles.section} aria-describedby={`${membersLegend}-hint`}>
            <legend className={settingsStyles.legend} id={membersLegend}>
              {t('end.members')}
            </legend>
            <Text id={`${membersLegend}-hint`} size={200} className={styles.meta}>
              {t('end.membersHint')}
            </Text>
            <div className={styles.members}>
              {preview.value.members.map((m) => (
                <Checkbox
                  key={m.email}
                  label={`${m.name}${m.organisation ? `, ${m.organisation}` : ''}`}
                  checked={!unchecked.has(m.email)}
                  onChange={(_e, d) => {
                    const next = new Set(unchecked);
                    if (d.checked === true) next.delete(m.email);
                    else next.add(m.email);
                    setUnchecked(next);
                  }}
                />
              ))}
            </div>
          </fieldset>
          <Text size={200} className={styles.meta}>
            {t('end.alsoCarried')}
          </Text>
          {confirming && successor ? (
            <ConfirmBar
              message={t('end.confirm', { from: forum.name, to: successor.name })}
              confirmLabel={t('end.confirmButton')}
              cancelLabel={t('end.cancel')}
              onConfirm={() => run(preview.value)}
              onCancel={() => setConfirming(false)}
              returnFocusTo={opener}
            />
          ) : (
            <div className={settingsStyles.footer}>
              <Button
                ref={opener}
                appearance="primary"
                disabled={!successor || handover.busy}
                onClick={() => (ended ? run(preview.value) : setConfirming(true))}
              >
                {ended ? t('end.again') : t('end.start')}
              </Button>
            </div>
          )}
        </>
      ) : null}
      {status}
    </div>
  );
}
