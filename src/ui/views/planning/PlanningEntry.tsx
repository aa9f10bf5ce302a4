import { Button } from '@fluentui/react-components';
import { TaskListLtr20Regular } from '@fluentui/react-icons';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForumHome } from '../../../store/home-data';
import { LoadingSkeleton } from '../../components/LoadingSkeleton';
import { addPlanningStrings } from '../../i18n/planning-strings';
import type { HomeRole } from '../../model/roles';

/** The planning view loads when first opened (its own chunk). */
const PlanningView = lazy(() => import('./PlanningView.js').then((m) => ({ default: m.PlanningView })));

const isPlanningHash = (role: HomeRole): boolean => typeof window !== 'undefined' && window.location.hash.replace(/^#\/?/, '') === `${role}/planning`;

/** Whether the role's planning view is open: "#/chair/planning" (the role tab stays "#/chair"). */
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

/** "Planlægning" for a role view's title row. */
export function PlanningButton({ onOpen }: { readonly onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  addPlanningStrings(i18n);
  return (
    <Button appearance="primary" icon={<TaskListLtr20Regular />} onClick={onOpen} title={t('planning.openHint')}>
      {t('planning.open')}
    </Button>
  );
}

/** The planning view in place of the role's home. */
export function PlanningPanel({ home, now, onClose }: { readonly home: ForumHome; readonly now: Date; readonly onClose: () => void }) {
  const { i18n } = useTranslation();
  addPlanningStrings(i18n);
  return (
    <Suspense fallback={<LoadingSkeleton />}>
      <PlanningView home={home} now={now} onClose={onClose} />
    </Suspense>
  );
}
