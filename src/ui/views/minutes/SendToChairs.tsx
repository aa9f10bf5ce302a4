import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyItems, type MinutesContent } from '../../../domain/minutes/minutes-content';
import type { Forum, ForumRef, Meeting } from '../../../domain/types';
import type { FreezeResult, RequestApprovalsResult } from '../../../store/minutes/minutes-versions-api';
import { DialogStatus, type StatusMessage } from '../../components/DialogStatus';
import { useAction } from '../../components/use-action';
import { useServices } from '../../services';
import { useForum } from './use-forum';
import { ConfirmBar } from '../../components/ConfirmBar';
import { MinutesClosedError } from '../../../store/minutes/closure-errors';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface SendToChairsProps {
  readonly forum: Forum | ForumRef;
  readonly meeting: Pick<Meeting, 'id' | 'start' | 'title'>;
  /** The minutes as the editor has them now: frozen as they are. */
  readonly content: MinutesContent;
  /** After the version was frozen and the chairs asked. */
  readonly onSent?: (result: { readonly freeze: FreezeResult; readonly requests: RequestApprovalsResult }) => void;
  readonly disabled?: boolean;
  /** Why it is disabled (said next to the button, and what a screen reader hears on it). */
  readonly disabledReason?: string;
}

/**
 * "Send til formandskabet": after a confirmation, freezes the minutes as a version (or finds the same content already
 * frozen) and asks every co-chair — and says how they were reached ("Sendt til 3 medformænd: 2 i Teams, 1 på mail").
 * Renders nothing where the app has no minutes store.
 */
export function SendToChairs({ forum: forumOrRef, meeting, content, onSent, disabled, disabledReason }: SendToChairsProps) {
  const styles = useStyles();
  const { t } = useTranslation('minutesStatus');
  const { stores } = useServices();
  const forum = useForum(forumOrRef);
  const [confirming, setConfirming] = useState(false);
  const sendButton = useRef<HTMLButtonElement>(null);
  const reasonId = useId();

  const api = stores.minutesVersions;
  // Items nobody wrote anything under: said before the chairs are asked, never blocking (an item may be "Intet").
  const empty = emptyItems(content);

  const write = useAction(
    async (to: Forum) => {
      const frozen = await api.freeze(to, meeting, content);
      return { freeze: frozen, requests: await api.requestApprovals(to, frozen.version) };
    },
    {
      success: ({ freeze: frozen, requests }): StatusMessage => {
        if (requests.outcome === 'claimed-elsewhere') return { text: t('sendClaimed'), intent: 'warning' };
        if (!frozen.created && requests.sentNow === 0) return { text: t('unchanged', { version: frozen.version.version }), intent: 'info' };
        const count = (c: string) => requests.requests.filter((r) => r.channel === c).length;
        const failed = count('failed');
        const sent = t('sent', { count: requests.requests.length, teams: count('activity'), mail: count('mail') });
        return {
          text: failed > 0 ? `${sent} ${t('sentFailed', { count: failed })}` : sent,
          intent: failed > 0 ? 'warning' : 'success',
        };
      },
      // Circulated meanwhile (another window, another secretary): nothing was frozen.
      failure: (e) => (e instanceof MinutesClosedError ? t('closedSend') : t('failed')),
      onSuccess: (result) => onSent?.(result),
      onSettled: () => sendButton.current?.focus(),
    },
  );
  const { busy, error, status: message } = write;
  const send = () => {
    if (!forum) return;
    setConfirming(false);
    void write.run(forum);
  };

  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        {/* Focusable while it cannot be used, so a keyboard or screen-reader user hears why (aria-describedby). */}
        <Button
          ref={sendButton}
          appearance="primary"
          onClick={() => setConfirming(true)}
          disabledFocusable={disabled === true || busy || confirming || !forum}
          aria-describedby={disabledReason ? reasonId : undefined}
        >
          {t('send')}
        </Button>
      </div>
      {disabledReason ? (
        <Body1 id={reasonId} className={styles.muted}>
          {disabledReason}
        </Body1>
      ) : null}
      {confirming ? (
        <ConfirmBar
          intent={empty.length > 0 ? 'warning' : 'info'}
          message={
            empty.length > 0
              ? `${t('emptyItems', { count: empty.length, items: empty.map((i) => t('emptyItem', { number: i.number, title: i.title })).join(', ') })} ${t('confirmSend')}`
              : t('confirmSend')
          }
          confirmLabel={empty.length > 0 ? t('sendAnyway') : t('send')}
          cancelLabel={t('cancel')}
          onConfirm={send}
          onCancel={() => setConfirming(false)}
          returnFocusTo={sendButton}
        />
      ) : null}
      <DialogStatus {...(busy ? { busy: t('sending') } : {})} {...(error ? { error } : {})} {...(message ? { message } : {})} />
    </div>
  );
}
