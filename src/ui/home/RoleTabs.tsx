import { Briefcase20Regular } from '@fluentui/react-icons/svg/briefcase';
import { Person20Regular } from '@fluentui/react-icons/svg/person';
import { PersonStar20Regular } from '@fluentui/react-icons/svg/person-star';
import { useTranslation } from 'react-i18next';
import type { HomeRole } from '../model/roles';
import type { RoleTabsProps } from '../parts';
import { LightTab, LightTabList } from '../components/LightTabList';

const ICON = { secretariat: <Briefcase20Regular />, chair: <PersonStar20Regular />, member: <Person20Regular /> };

/**
 * One tab per role the person holds, rendered by the home only when there is more than one (HomeContent.tsx). Its own
 * chunk in the entries: a person with one role — most — never loads it; the start fetches it with the role's view for
 * one with more (startup/view-loaders.ts). Drawn as Fluent's TabList without its focus manager (LightTabList.tsx).
 */
export function RoleTabs({ tabs, selected, onSelect, controls }: RoleTabsProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.roles')}>
      <LightTabList selectedValue={selected} onTabSelect={(value) => onSelect(value as HomeRole)}>
        {tabs.map((tab) => (
          <LightTab key={tab.role} value={tab.role} icon={ICON[tab.role]} aria-controls={controls}>
            {t(`role.${tab.role}`)}
          </LightTab>
        ))}
      </LightTabList>
    </nav>
  );
}
