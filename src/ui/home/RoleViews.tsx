import { createContext, Suspense, useContext, type ComponentType } from 'react';
import { LoadingSkeleton } from '../components/LoadingSkeleton';
import type { HomeRole } from '../model/roles';
import type { RoleViewProps } from '../views/role-view';

/**
 * The view component per role. Entries pass React.lazy components (see `src/browser/lazy-role-views.ts`) so a
 * member never downloads the secretariat's code; tests pass the components directly.
 */
export type RoleViewRegistry = Readonly<Record<HomeRole, ComponentType<RoleViewProps>>>;

export const RoleViewsContext = createContext<RoleViewRegistry | undefined>(undefined);

export function RoleView({ role, ...props }: RoleViewProps & { role: HomeRole }) {
  const views = useContext(RoleViewsContext);
  if (!views) throw new Error('RoleView needs a RoleViewsContext');
  const View = views[role];
  return (
    <Suspense fallback={<LoadingSkeleton />}>
      <View {...props} />
    </Suspense>
  );
}
