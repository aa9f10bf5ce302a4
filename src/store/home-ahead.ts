import type { HomeApi, HomeData } from './home-data';

/** The home, asked for ahead of its first reader: `first` is that answer on its way. */
export interface HomeAhead extends HomeApi {
  readonly first: Promise<HomeData>;
}

/**
 * The home's data asked for at start, before React has rendered or the first view's code has arrived (issue 17 pt 1):
 * the request runs while the browser fetches and runs that code. The first `load()` — the shell's, once it mounts —
 * takes that answer (or its failure); every later load asks again.
 */
export function homeLoadingAhead(home: HomeApi): HomeAhead {
  const first = home.load();
  // Reported by the load() that takes it; not an unhandled rejection while nobody has yet.
  first.catch(() => undefined);
  let ahead: Promise<HomeData> | undefined = first;
  return {
    first,
    load: () => {
      const taken = ahead;
      ahead = undefined;
      return taken ?? home.load();
    },
  };
}
