import { Button } from '@fluentui/react-components';
import { TaskListLtr20Regular } from '@fluentui/react-icons/svg/task-list-ltr';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForumHome } from '../../../store/home-data';
import { LoadingSkeleton } from '../../components/LoadingSkeleton';
import type { HomeRole } from '../../model/roles';
import { useParts } from '../../parts';
import { isPlanningHash } from './planning-route';

/** Whether the role's planning view is open: "#/chair/planning", or at one item (planning-route.ts). */
export function usePlanningRoute(role: HomeRole): { readonly isOpen: boolean; open(): void; close(): void } {
  const [isOpen, setOpen] = useState(() => isPlanningHash(role));
  useEffect(() => {
    const onChange = () => setOpen(isPlanningHash(role));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [role]);
  const open = useCallback(() => {
    window.location.hash = `/${role}/planning`;
    setOpen(true);
  }, [role]);
  const close = useCallback(() => {
    window.location.hash = `/${role}`;
    setOpen(false);
  }, [role]);
  return { isOpen, open, close };
}

/** "Planlægning" for a role view's title row (absent where the entry ships no planning view). */
export function PlanningButton({ onOpen }: { readonly onOpen: () => void }) {
  const { t } = useTranslation();
  if (!useParts().PlanningView) return null;
  return (
    <Button appearance="primary" icon={<TaskListLtr20Regular />} onClick={onOpen} title={t('home.planningHint')}>
      {t('home.planning')}
    </Button>
  );
}

/** The planning view in place of the role's home; it loads when first opened (its own chunk, see lazy-parts). */
export function PlanningPanel({ home, now, onClose }: { readonly home: ForumHome; readonly now: Date; readonly onClose: () => void }) {
  const { PlanningView } = useParts();
  if (!PlanningView) return null;
  return (
    <Suspense fallback={<LoadingSkeleton />}>
      <PlanningView home={home} now={now} onClose={onClose} />
    </Suspense>
  );
}
