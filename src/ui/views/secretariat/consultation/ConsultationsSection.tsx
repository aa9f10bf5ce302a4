import { Badge, Body1Strong, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons/svg/add';
import { MailMultiple20Regular } from '@fluentui/react-icons/svg/mail-multiple';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consultation } from '../../../../domain/consultation/consultation-types';
import type { SignedInUser } from '../../../../domain/types';
import { sendOutcomeText } from './send-outcome';
import type { SendResult } from '../../../../store/consultation/consultation-api';
import type { ForumHome } from '../../../../store/home-data';
import { EmptyState } from '../../../components/EmptyState';
import { Section } from '../../../components/Section';
import { useLocale } from '../../../components/use-locale';
import { errorKey } from '../../../errors/describe-error';
import { formatClock, formatLongDate } from '../../../format/dates';
import { useServices } from '../../../services';
import { ConsultationOverview } from './lazy-overview';
import { useConsultationList, useConsultationRows } from './use-consultation-rows';
import { lazyPart, useOpensLazily } from '../../../components/lazy-view';
import { viewCode } from '../../../components/preloadable';
import { restoreFocusTarget } from '../../../components/restore-focus';

// The dialog (and the holiday tables its default deadline needs) loads when the secretariat starts a consultation,
// fetched as the pointer or focus reaches "Ny høring".
const newConsultationCode = viewCode(['consultation'], () => import('./NewConsultationDialog.js').then((m) => m.NewConsultationDialog));
const NewConsultationDialog = lazyPart(newConsultationCode);

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  open: {
    flexGrow: 1,
    minWidth: '12rem',
    justifyContent: 'flex-start',
    textAlign: 'start',
    height: 'auto',
    paddingBlock: tokens.spacingVerticalXS,
  },
  text: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
});

/** A consultation in the list; `answered` once the mailbox's replies are counted. */
interface Listed {
  readonly consultation: Consultation;
  readonly answered?: number;
}

/** Sent consultations have answers to count; drafts and those awaiting the chairs' sign-off have none. */
const counted = (c: Consultation): boolean => c.status === 'open' || c.status === 'closed';

/**
 * "Skriftlige høringer": the forum's written consultations with how many have answered, "Ny høring", and each
 * one's overview. Opening it reads the forum mailbox (the intake sync), so replies that came in count: the list shows as
 * soon as it is read, each sent one's "n af m har svaret" once the mailbox is.
 */
export function ConsultationsSection({ home, me, now }: { home: ForumHome; me: SignedInUser; now: Date }) {
  const { t } = useTranslation('consultation');
  const styles = useStyles();
  const locale = useLocale();
  const { stores, host } = useServices();
  const api = stores.consultations;
  const forum = home.forum;
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<Consultation>();
  const newConsultation = useOpensLazily(newConsultationCode);

  const [state, reload] = useConsultationRows(home);
  const listed = useConsultationList(home);
  // The list shows as soon as it is read; how many have answered follows once the mailbox's new replies are in.
  const rows: readonly Listed[] | undefined =
    state.status === 'ready'
      ? state.value.consultations
      : listed.status === 'ready'
        ? listed.value.map((consultation) => ({ consultation }))
        : undefined;
  const tallying = state.status === 'loading' && rows !== undefined && rows.some(({ consultation: c }) => counted(c));

  const started = (result: SendResult) => {
    setCreating(false);
    const c = result.consultation;
    host.notify(
      sendOutcomeText(t, result),
      result.outcome === 'refused' ? 'error' : result.outcome === 'claimed-elsewhere' ? 'info' : 'success',
    );
    reload();
    setOpen(c);
  };

  const title = t('title');
  return (
    <Section
      title={title}
      icon={<MailMultiple20Regular />}
      actions={
        <Button
          appearance="subtle"
          icon={<Add20Regular />}
          // The dialogs have no DialogTrigger (they are not there until opened): closing one gives focus back to its button.
          {...restoreFocusTarget}
          {...newConsultation.trigger(() => setCreating(true))}
          disabled={!api}
        >
          {t('new')}
        </Button>
      }
    >
      <div aria-live="polite">
        {state.status === 'loading' && rows === undefined ? <Spinner size="tiny" label={t('loading')} /> : null}
        {tallying ? <Spinner size="tiny" label={t('loadingReplies')} /> : null}
        {state.status === 'error' ? (
          <MessageBar intent="error">
            <MessageBarBody>{t(`error.${errorKey(state.error)}`)}</MessageBarBody>
          </MessageBar>
        ) : null}
        {state.status === 'ready' && state.value.syncFailed ? (
          <MessageBar intent="warning">
            <MessageBarBody>{t('syncFailed')}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {rows?.length === 0 ? <EmptyState>{t('none')}</EmptyState> : null}
      {rows !== undefined && rows.length > 0 ? (
        <ul className={styles.list} aria-label={t('listLabel')}>
          {rows.map(({ consultation: c, answered }) => (
            <li key={c.id} className={styles.item}>
              <Button
                appearance="subtle"
                className={styles.open}
                {...restoreFocusTarget}
                aria-label={t('open', { reference: c.reference })}
                onClick={() => setOpen(c)}
              >
                <span className={styles.text}>
                  <Body1Strong>{t('row', { reference: c.reference, title: c.title })}</Body1Strong>
                  <Caption1>
                    {c.deadline
                      ? t('deadlineLine', { date: `${formatLongDate(c.deadline, locale)} ${formatClock(c.deadline, locale)}` })
                      : ''}
                    {counted(c) && answered !== undefined ? ` · ${t('answeredLine', { answered, total: c.recipients.length })}` : ''}
                  </Caption1>
                </span>
              </Button>
              <Badge appearance="outline" color={c.status === 'closed' ? 'subtle' : c.status === 'open' ? 'brand' : 'warning'}>
                {t(`status.${c.status}`)}
              </Badge>
            </li>
          ))}
        </ul>
      ) : null}
      {creating ? (
        <Suspense fallback={null}>
          <NewConsultationDialog forum={forum} now={now} onClose={() => setCreating(false)} onStarted={started} />
        </Suspense>
      ) : null}
      {open ? (
        <Suspense fallback={null}>
          <ConsultationOverview home={home} me={me} now={now} consultation={open} onClose={() => setOpen(undefined)} onChanged={reload} />
        </Suspense>
      ) : null}
    </Section>
  );
}
