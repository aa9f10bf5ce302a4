import { useTranslation } from 'react-i18next';
import type { Submission } from '../../../domain/types';
import { useLocale } from '../../components/use-locale';
import { formatShortDate } from '../../format/dates';
import type { HomeRole } from '../../model/roles';
import { planningHref } from '../planning/planning-route';
import { useTodoStyles } from './TodoEntry';
import { TodoLink } from './TodoLink';

/** New items, each a link to Planlægning opened at that item ("Forslag til punkt … – fra …, 10. nov."). */
export function NewItemLinks({ items, role }: { readonly items: readonly Submission[]; readonly role: HomeRole }) {
  const styles = useTodoStyles();
  const { t } = useTranslation('todo');
  const locale = useLocale();
  return (
    <ul className={styles.sub}>
      {items.map((s) => (
        <li key={s.id}>
          <TodoLink to={t('to.planningItem')} href={planningHref(role, s.id)}>
            {t('newItems.line', {
              title: s.title,
              name: s.senderName || s.senderAddress,
              date: formatShortDate(s.receivedAt, locale),
            })}
          </TodoLink>
        </li>
      ))}
    </ul>
  );
}
