import { MessageBar, MessageBarBody, tokens, type GriffelStyle } from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import type { HomeData } from '../../store/home-data';
import { LoadingSkeleton } from '../components/LoadingSkeleton';
import { Section } from '../components/Section';
import type { AsyncState } from '../components/use-async';

/**
 * The last home the shell loaded: the home reloads after the pane's action (an item created, a meeting registered),
 * and the form must stay put meanwhile.
 */
export function useLastLoadedHome(state: AsyncState<HomeData>): HomeData | undefined {
  const [data, setData] = useState<HomeData>();
  // Kept while rendering, not in an effect: the view shows the home in the render that has it, not one render (and a
  // skeleton's paint) later (react.dev, "Adjusting some state when a prop changes").
  if (state.status === 'ready' && state.value !== data) setData(state.value);
  return state.status === 'ready' ? state.value : data;
}

/**
 * The pane form's card while the home first loads: the same card as the form's, so the form fills it in place (no new
 * region) when the forums arrive. A plain function, not a component: the `Section` must sit where the form's does, so
 * React keeps the one region instead of mounting a new one.
 */
export function paneCardLoading(title: string, icon: ReactElement): ReactElement {
  return (
    <Section title={title} icon={icon} sticky>
      <LoadingSkeleton rows={2} />
    </Section>
  );
}

/**
 * A pane form's action bar: it stays on screen while the fields scroll under it (a task pane is short, and the person
 * opened it for this button). Spread into a view's `makeStyles`.
 */
export const stickyActionBar: GriffelStyle = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: tokens.spacingHorizontalS,
  position: 'sticky',
  bottom: 0,
  paddingBlock: tokens.spacingVerticalS,
  backgroundColor: tokens.colorNeutralBackground1,
  borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
};

/** A task pane's outcome: progress and results in a polite live region, a failure (useAction's sentence) as an alert. */
export function PaneStatus({
  status,
  success,
  error,
}: {
  readonly status: string;
  readonly success: boolean;
  readonly error?: string | undefined;
}) {
  return (
    <>
      <div role="status" aria-live="polite">
        {status ? (
          <MessageBar intent={success ? 'success' : 'info'} layout="multiline">
            <MessageBarBody>{status}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {error !== undefined ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
