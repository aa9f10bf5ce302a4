import { useTranslation } from 'react-i18next';
import type { HomeData } from '../../store/home-data';
import type { AsyncState } from '../components/use-async';
import { ErrorBar } from '../components/ErrorBar';
import { FirstViewShown } from '../components/first-view';
import { LoadingSkeleton } from '../components/LoadingSkeleton';
import { useLayoutStyles } from '../styles';
import { HomeContent } from './HomeContent';

/**
 * Loading → loaded (announced in a polite live region, unless the page around it announces it: `announce={false}`),
 * or an actionable error.
 */
export function HomePage({ state, reload, announce = true }: { state: AsyncState<HomeData>; reload: () => void; announce?: boolean }) {
  const { t } = useTranslation();
  const layout = useLayoutStyles();
  return (
    <>
      {announce ? (
        <div role="status" aria-live="polite" className={layout.visuallyHidden}>
          {state.status === 'loading' ? t('app.loading') : state.status === 'ready' ? t('app.loaded') : ''}
        </div>
      ) : null}
      {state.status === 'loading' ? <LoadingSkeleton /> : null}
      {state.status === 'error' ? (
        <>
          <ErrorBar error={state.error} onRetry={reload} />
          <FirstViewShown />
        </>
      ) : null}
      {state.status === 'ready' ? <HomeContent data={state.value} /> : null}
    </>
  );
}
