import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FeatureResources } from '../../i18n/namespaces';
import type { AgendaChange } from '../../../domain/agenda-changes';
import { slotText } from '../../../domain/date-format';
import type { Locale } from '../../../domain/types';
import { useLocale } from '../../components/use-locale';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' },
});

/** One change in the interface's language (the mail and the document use the Danish of src/domain/agenda-changes.ts). */
export function agendaChangeLabel(t: TFunction<'agenda'>, change: AgendaChange, locale: Locale): string {
  const k = (key: keyof FeatureResources['agenda']['change'] & string, params: Record<string, unknown> = {}): string =>
    t(`change.${key}`, params);
  // The item's time in the interface's language: "kl. 08.40–09.05" / "08:40–09:05".
  const slot = (c: Extract<AgendaChange, { slot: unknown }>): string => slotText(c.slot.start, c.slot.end, locale);
  switch (change.kind) {
    case 'added':
      return k('added', { ...change, slot: slot(change) });
    case 'removed':
      return k('removed', change);
    case 'moved':
      return k('moved', { ...change, slot: slot(change) });
    case 'retitled':
      return k('retitled', change);
    case 'presenter':
      return change.to ? (change.from ? k('presenter', change) : k('presenterNew', change)) : k('presenterRemoved', change);
    case 'duration':
      return k('duration', { ...change, slot: slot(change) });
    case 'shifted': {
      const items = change.first === change.last ? k('item', { number: change.first }) : k('items', change);
      return k(change.minutes > 0 ? 'later' : 'earlier', { items, minutes: Math.abs(change.minutes) });
    }
    case 'content':
      return k('content', change);
    case 'meeting':
      return k('meeting');
    case 'unknown':
      return k('unknown');
  }
}

/**
 * "Dagsordenen er ændret siden udsendelse" and what changed, as a list: shown to the secretariat where the revised
 * agenda is sent. A warning that is there when the dialog opens, not an announcement (the title labels the list).
 */
export function AgendaChangeList({ changes }: { readonly changes: readonly AgendaChange[] }) {
  const styles = useStyles();
  const { t } = useTranslation('agenda');
  const locale = useLocale();
  const titleId = useId();
  return (
    <MessageBar intent="warning" layout="multiline" aria-live="off">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle id={titleId}>{t('changedTitle')}</MessageBarTitle>
        <ul className={styles.list} aria-labelledby={titleId}>
          {changes.map((change, index) => (
            <li key={index}>{agendaChangeLabel(t, change, locale)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
