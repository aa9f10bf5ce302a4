import { Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { CalendarArrowRight20Regular } from '@fluentui/react-icons/svg/calendar-arrow-right';
import { CalendarCancel20Regular } from '@fluentui/react-icons/svg/calendar-cancel';
import { MoreHorizontal20Regular } from '@fluentui/react-icons/svg/more-horizontal';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { restoreFocusTarget } from '../../../components/restore-focus';

export interface MeetingMenuProps {
  /** "Handlinger for <meeting>": the button's name. */
  readonly label: string;
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  readonly onMove: () => void;
  readonly onCancel: () => void;
}

/**
 * A meeting's "…" menu in the year (move, cancel): Fluent's Menu, its own chunk, loaded when the secretariat first
 * opens one (YearTimeline.tsx draws the button until then). Asked to mount open, it mounts closed and opens right
 * after, as when its trigger is pressed: Fluent's Menu moves focus to the first item when it goes from closed to open.
 */
export function MeetingMenu({ label, open, onOpenChange, onMove, onCancel }: MeetingMenuProps) {
  const { t } = useTranslation('year');
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  // The move and cancel dialogs open from an item, which is gone by then: closing them gives focus back to this button.
  return (
    <Menu open={mounted && open} onOpenChange={(_e, data) => onOpenChange(data.open)}>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton appearance="subtle" icon={<MoreHorizontal20Regular />} aria-label={label} {...restoreFocusTarget} />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem icon={<CalendarArrowRight20Regular />} onClick={onMove}>
            {t('move')}
          </MenuItem>
          <MenuItem icon={<CalendarCancel20Regular />} onClick={onCancel}>
            {t('cancel')}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
