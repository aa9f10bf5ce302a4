import { Body1Strong, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircle20Regular } from '@fluentui/react-icons/svg/checkmark-circle';
import { MailMultiple20Regular } from '@fluentui/react-icons/svg/mail-multiple';
import { useTranslation } from 'react-i18next';
import { chairAddresses, missingSignOffs } from '../../../domain/consultation/sign-off';
import type { Consultation } from '../../../domain/consultation/consultation-types';
import type { SignedInUser } from '../../../domain/types';
import type { ForumHome } from '../../../store/home-data';
import { Section } from '../../components/Section';
import { useAction } from '../../components/use-action';
import { useLocale } from '../../components/use-locale';
import { formatClock, formatLongDate } from '../../format/dates';
import { useServices } from '../../services';
import { signOffEntryId, useChairConsultations } from './use-consultation-list';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  recommendations: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  description: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * "Høringer til godkendelse" on the chairs' home: a written consultation the secretariat started with the chairs'
 * sign-off waits here until every co-chair has approved sending it. Shown only when one waits for me.
 */
export function ConsultationSignOffs({ home, me }: { home: ForumHome; me: SignedInUser }) {
  const { t } = useTranslation('consultation');
  const styles = useStyles();
  const locale = useLocale();
  const { stores } = useServices();
  const api = stores.consultations;
  const forum = home.forum;
  const mine = me.email.toLowerCase();
  const [state, reload] = useChairConsultations(home, me);
  const approve = useAction((c: Consultation) => api.signOff(forum, c, me), {
    success: (_signed, c) => t('chairSignOff.approved', { reference: c.reference }),
    onSuccess: () => reload(),
  });
  const { status: done, error } = approve;
  const approving = approve.pending[0]?.[0].id;

  const waiting =
    state.status === 'ready'
      ? state.value.filter((c) => c.status === 'awaiting-sign-off' && missingSignOffs(c, forum.members).includes(mine))
      : [];
  if (waiting.length === 0 && !done && !error) return null;
  const total = chairAddresses(forum.members).length;
  return (
    <Section title={t('chairSignOff.title')} icon={<MailMultiple20Regular />}>
      <Caption1 className={styles.muted}>{t('chairSignOff.intro')}</Caption1>
      <div aria-live="polite">
        {done ? (
          <MessageBar intent="success">
            <MessageBarBody>{done}</MessageBarBody>
          </MessageBar>
        ) : null}
        {error ? (
          <MessageBar intent="error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {waiting.length === 0 ? <Text>{t('chairSignOff.empty')}</Text> : null}
      <ul className={styles.list}>
        {waiting.map((c) => (
          <li key={c.id} id={signOffEntryId(c.id)} tabIndex={-1} className={styles.item}>
            <Body1Strong>{t('chairSignOff.item', { reference: c.reference, title: c.title })}</Body1Strong>
            {c.deadline ? (
              <Caption1>
                {t('chairSignOff.deadline', {
                  date: `${formatLongDate(c.deadline, locale)} ${formatClock(c.deadline, locale)}`,
                })}
              </Caption1>
            ) : null}
            <Text>{t('chairSignOff.question', { question: c.question })}</Text>
            {c.recommendations.length > 0 ? (
              <>
                <Caption1>{t('chairSignOff.recommendations')}</Caption1>
                <ul className={styles.recommendations}>
                  {c.recommendations.map((r, i) => (
                    <li key={i}>{r}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {c.description ? <Text className={styles.description}>{c.description}</Text> : null}
            <Caption1 className={styles.muted}>
              {t('chairSignOff.progress', { count: total - missingSignOffs(c, forum.members).length, total })}
            </Caption1>
            <div>
              <Button appearance="primary" icon={<CheckmarkCircle20Regular />} disabled={approve.busy} onClick={() => void approve.run(c)}>
                {approving === c.id ? t('chairSignOff.approving') : t('chairSignOff.approve', { reference: c.reference })}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </Section>
  );
}
