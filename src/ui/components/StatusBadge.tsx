import { Badge, type BadgeProps } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '../../domain/types';

const LOOK: Record<MeetingStatus, Pick<BadgeProps, 'color' | 'appearance'>> = {
  planned: { color: 'informative', appearance: 'outline' },
  booked: { color: 'brand', appearance: 'tint' },
  'agenda-sent': { color: 'brand', appearance: 'filled' },
  held: { color: 'success', appearance: 'tint' },
  'minutes-approved': { color: 'success', appearance: 'filled' },
  cancelled: { color: 'danger', appearance: 'tint' },
};

export function StatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation('meeting');
  return (
    <Badge shape="rounded" {...LOOK[status]}>
      {t(`status.${status}`)}
    </Badge>
  );
}
