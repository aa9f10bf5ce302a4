import type { TFunction } from 'i18next';
import type { SendResult } from '../../../../store/consultation/consultation-api';

/** What starting or sending a consultation came to, in the person's language. */
export function sendOutcomeText(t: TFunction<'consultation'>, result: SendResult): string {
  const reference = result.consultation.reference;
  switch (result.outcome) {
    case 'sent':
      return t('form.started', { reference, count: result.consultation.sentTo.length });
    case 'awaiting-sign-off':
      return t('form.awaiting', { reference });
    case 'refused':
      return t(`form.refused.${result.reason ?? 'not-secretariats'}`);
    default:
      return t('form.elsewhere');
  }
}
