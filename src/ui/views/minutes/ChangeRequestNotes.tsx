import { Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../components/use-locale';
import { formatLongDate } from '../../format/dates';
import type { ChangeRequest } from '../../model/work-todo';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  // A chair's words, as text: kept as written, wrapped anywhere, never markup (the model caps their length).
  quote: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
});

/**
 * The co-chairs' change requests at the top of the editor: who asked, when, and what they wrote that names no item
 * (what names an item is shown at that item). Nothing when no chair asked for changes to the version out now.
 */
export function ChangeRequestsSummary({ requests, version }: { requests: readonly ChangeRequest[]; version: number }) {
  const styles = useStyles();
  const { t } = useTranslation('todo');
  const locale = useLocale();
  if (requests.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('editor.title', { version })}</MessageBarTitle>
        <ul className={styles.list}>
          {requests.map((r) => {
            const who = { name: r.chair.name || r.chair.email, date: formatLongDate(r.at, locale) };
            return (
              <li key={r.chair.email}>
                {r.comment ? (
                  <>
                    <Caption1>{t('editor.by', who)}</Caption1>
                    <p className={styles.quote}>“{r.comment}”</p>
                  </>
                ) : (
                  <Caption1>{t('editor.onlyItems', who)}</Caption1>
                )}
              </li>
            );
          })}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** At one item of the editor: what each chair who asked for changes wrote about it. Nothing when nobody did. */
export function ItemChangeRequests({ requests, agendaItemId }: { requests: readonly ChangeRequest[]; agendaItemId: string }) {
  const styles = useStyles();
  const { t } = useTranslation('todo');
  const here = requests.flatMap((r) =>
    r.itemComments
      .filter((c) => c.agendaItemId === agendaItemId)
      .map((c) => ({ name: r.chair.name || r.chair.email, email: r.chair.email, comment: c.comment })),
  );
  if (here.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('editor.itemTitle')}</MessageBarTitle>
        <ul className={styles.list}>
          {here.map((c) => (
            <li key={c.email} className={styles.quote}>
              {t('editor.item', { name: c.name, comment: c.comment })}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
