import { Tab, TabList } from '@fluentui/react-components';
import { Briefcase20Regular } from '@fluentui/react-icons/svg/briefcase';
import { Person20Regular } from '@fluentui/react-icons/svg/person';
import { PersonStar20Regular } from '@fluentui/react-icons/svg/person-star';
import { useTranslation } from 'react-i18next';
import type { HomeRole, RoleTab } from '../model/roles';

const ICON = { secretariat: <Briefcase20Regular />, chair: <PersonStar20Regular />, member: <Person20Regular /> };

/** One tab per role the person holds; shown only when there is more than one. */
export function RoleTabs({
  tabs,
  selected,
  onSelect,
  controls,
}: {
  tabs: readonly RoleTab[];
  selected: HomeRole;
  onSelect: (r: HomeRole) => void;
  controls: string;
}) {
  const { t } = useTranslation();
  if (tabs.length < 2) return null;
  return (
    <nav aria-label={t('nav.roles')}>
      <TabList selectedValue={selected} onTabSelect={(_e, d) => onSelect(d.value as HomeRole)}>
        {tabs.map((tab) => (
          <Tab key={tab.role} value={tab.role} icon={ICON[tab.role]} aria-controls={controls}>
            {t(`role.${tab.role}`)}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
