import { Body1, Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Forum, ForumRef, Meeting } from '../../domain/types';
import type { AgendaSendResult, GeneratedAgenda } from '../../store/agenda/agenda-api';
import { ConflictError } from '../../store/errors';
import { formatClock, formatLongDate } from '../format/dates';
import { addAgendaStrings } from '../i18n/agenda-strings';
import { roleOf } from '../../domain/forum-trust';
import { useMe } from '../me';
import { useNow, useServices } from '../services';
import { DialogStatus, type StatusMessage } from './DialogStatus';
import { useAsync } from './use-async';
import { useLocale } from './use-locale';
import { ConfirmBar } from './ConfirmBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground2 },
});


/**
 * "Dan dagsorden" and "Send dagsorden" (or "Send revideret dagsorden") on a meeting, for the forum's secretariat:
 * the .docx and PDF links once generated, a confirmation before sending, the outcome and the sent time in the
 * dialog's live status line. Renders nothing for anyone else, or where the app has no agenda store.
 */
export function AgendaActions({ meeting, forum: ref }: { meeting: Meeting; forum: ForumRef }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  addAgendaStrings(i18n);
  const locale = useLocale();
  const { stores } = useServices();
  const me = useMe();
  const now = useNow();
  const agenda = stores.agenda;
  const load = useCallback((): Promise<Forum | undefined> => (stores.forums && agenda ? stores.forums.load(ref) : Promise.resolve(undefined)), [stores, agenda, ref]);
  const [forumState] = useAsync(load);
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState<StatusMessage>();
  const [files, setFiles] = useState<GeneratedAgenda>();
  const [confirming, setConfirming] = useState(false);
  const [sentAt, setSentAt] = useState(meeting.agendaSentAt);
  const sendButton = useRef<HTMLButtonElement>(null);


  if (!agenda || forumState.status !== 'ready' || !forumState.value) return null;
  const forum = forumState.value;
  if (roleOf(forum, me) !== 'secretariat') return null;
  if (meeting.status === 'cancelled' || meeting.kind === 'planning' || Date.parse(meeting.end) < now.getTime()) return null;
  const revised = sentAt !== undefined;

  const run = async <T,>(label: string, work: () => Promise<T>, done: (value: T) => void) => {
    setBusy(label);
    setError(undefined);
    setMessage(undefined);
    try {
      done(await work());
    } catch (e) {
      setError(e instanceof ConflictError ? t('agendaActions.claimed') : t('agendaActions.failed'));
    } finally {
      setBusy(undefined);
    }
  };

  const generate = () =>
    run(t('agendaActions.generating'), () => agenda.generate(forum, meeting), (generated) => {
      setFiles(generated);
      setMessage({ text: generated.overrunMinutes > 0 ? `${t('agendaActions.generated')} ${t('agendaActions.overrun', { count: generated.overrunMinutes })}` : t('agendaActions.generated'), intent: generated.overrunMinutes > 0 ? 'warning' : 'success' });
    });

  const send = () => {
    setConfirming(false);
    void run(t('agendaActions.sending'), () => agenda.send(forum, meeting), (result: AgendaSendResult) => {
      if (result.files) setFiles(result.files);
      if (result.sentAt) setSentAt(result.sentAt);
      if (result.outcome === 'claimed-elsewhere') setMessage({ text: t('agendaActions.claimed'), intent: 'warning' });
      else if (result.outcome === 'unchanged') setMessage({ text: t('agendaActions.unchanged'), intent: 'info' });
      else {
        const sent = t(result.revised ? 'agendaActions.sentRevised' : 'agendaActions.sent', { count: result.recipients ?? 0 });
        setMessage({ text: result.eventUpdated === false ? `${sent} ${t('agendaActions.eventNotUpdated')}` : sent, intent: result.eventUpdated === false ? 'warning' : 'success' });
      }
      sendButton.current?.focus();
    });
  };

  const when = sentAt ? { date: formatLongDate(sentAt, locale), time: formatClock(sentAt, locale) } : undefined;
  return (
    <div className={styles.root} role="group" aria-label={t('agendaActions.group')}>
      <Body1 className={styles.muted}>{when ? t('agendaActions.sentAt', when) : t('agendaActions.notSent')}</Body1>
      <div className={styles.buttons}>
        <Button onClick={() => void generate()} disabled={busy !== undefined}>
          {t('agendaActions.generate')}
        </Button>
        <Button ref={sendButton} appearance="primary" onClick={() => setConfirming(true)} disabled={busy !== undefined || confirming}>
          {revised ? t('agendaActions.sendRevised') : t('agendaActions.send')}
        </Button>
      </div>
      {confirming ? (
        <ConfirmBar
          message={revised ? t('agendaActions.confirmRevised') : t('agendaActions.confirmSend')}
          confirmLabel={t('agendaActions.confirm')}
          cancelLabel={t('agendaActions.cancel')}
          onConfirm={send}
          onCancel={() => setConfirming(false)}
          returnFocusTo={sendButton}
        />
      ) : null}
      {files ? (
        <div className={styles.links}>
          <Link href={files.docx.webUrl} target="_blank" rel="noreferrer">
            {t('agendaActions.docx')}
          </Link>
          <Link href={files.pdf.webUrl} target="_blank" rel="noreferrer">
            {t('agendaActions.pdf')}
          </Link>
        </div>
      ) : null}
      <DialogStatus {...(busy ? { busy } : {})} {...(error ? { error } : {})} {...(message ? { message } : {})} />
    </div>
  );
}
