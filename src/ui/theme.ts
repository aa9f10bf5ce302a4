import { webLightTheme, type Theme as FluentTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Theme } from '../host/capabilities';

/**
 * Fluent's theme for the host's. The light theme is in every first load; the dark and high-contrast ones (~17 KB of
 * colour tables) load when a host asks for one (issue 17 pt 1) — entries wait for it before their first render
 * (`loadFluentTheme`), so a dark host never flashes light.
 */
const loaded = new Map<Theme, FluentTheme>([['light', webLightTheme]]);

/** The theme if it has loaded (the light one always has). */
export function fluentTheme(theme: Theme): FluentTheme | undefined {
  return loaded.get(theme);
}

export async function loadFluentTheme(theme: Theme): Promise<FluentTheme> {
  const ready = loaded.get(theme);
  if (ready) return ready;
  const { webDarkTheme, teamsHighContrastTheme } = await import('./other-themes.js');
  loaded.set('dark', webDarkTheme);
  loaded.set('contrast', teamsHighContrastTheme);
  return loaded.get(theme) ?? webLightTheme;
}

/** The host's theme, following its changes; while a newly asked-for theme loads, the one shown so far stays. */
export function useFluentTheme(theme: Theme): FluentTheme {
  const [shown, setShown] = useState<FluentTheme>(() => fluentTheme(theme) ?? webLightTheme);
  useEffect(() => {
    let live = true;
    loadFluentTheme(theme).then(
      (t) => live && setShown(t),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [theme]);
  return fluentTheme(theme) ?? shown;
}
