import { Suspense, type ComponentType } from 'react';
import { FirstViewShown } from '../components/first-view';
import { LoadingSkeleton } from '../components/LoadingSkeleton';
import type { HomeRole } from '../model/roles';
import { useParts } from '../parts';
import type { RoleViewProps } from '../views/role-view';

/** The view component per role (lazy in the entries, so a member never downloads the secretariat's code). */
export type RoleViewRegistry = Readonly<Record<HomeRole, ComponentType<RoleViewProps>>>;

export function RoleView({ role, ...props }: RoleViewProps & { role: HomeRole }) {
  const View = useParts().roleViews[role];
  return (
    <Suspense fallback={<LoadingSkeleton />}>
      <View {...props} />
      {/* Inside the boundary: committed with the view, not with its skeleton. */}
      <FirstViewShown />
    </Suspense>
  );
}
