import { configure } from '@testing-library/dom';

// @microsoft/teams-js fetches its valid-domains list when imported; unit tests never reach a network.
if (typeof globalThis.fetch === 'function') {
  const realFetch = globalThis.fetch;
  globalThis.fetch = ((input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.includes('teams.microsoft.com') || url.includes('res.cdn.office.net')) {
      return Promise.resolve(new Response('{"validOrigins":[]}', { status: 200 }));
    }
    return realFetch(input, init);
  }) as typeof fetch;
}

// findBy*/waitFor give up after 1 s by default; on a loaded 2-core CI machine running jest's workers beside each other
// a view that loads over a fake Graph can take longer. Waiting longer changes nothing for a test that passes.
configure({ asyncUtilTimeout: 5000 });
