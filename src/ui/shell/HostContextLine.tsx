import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarLtr16Regular } from '@fluentui/react-icons/svg/calendar-ltr';
import { Mail16Regular } from '@fluentui/react-icons/svg/mail';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../services';
import { useAsync } from '../components/use-async';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
  },
});

/** What the host has open (Outlook: the mail being read or written, the appointment) — asked as capabilities. */
export function HostContextLine() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { host } = useServices();
  const load = useCallback(async () => {
    if (host.currentMessage) {
      const m = await host.currentMessage();
      return m
        ? { icon: 'mail' as const, text: t('host.message', { subject: m.subject, from: m.from.name || m.from.address }) }
        : undefined;
    }
    if (host.currentAppointment) {
      const subject = (await host.currentAppointment()).subject.trim();
      return { icon: 'calendar' as const, text: subject ? t('host.appointment', { subject }) : t('host.appointmentUntitled') };
    }
    if (host.composeInto) return { icon: 'mail' as const, text: t('host.compose') };
    return undefined;
  }, [host, t]);
  const [state] = useAsync(load);
  if (state.status !== 'ready' || !state.value) return null;
  return (
    <div className={styles.root} role="note">
      {state.value.icon === 'mail' ? <Mail16Regular aria-hidden /> : <CalendarLtr16Regular aria-hidden />}
      <Caption1>{state.value.text}</Caption1>
    </div>
  );
}
