import { GRAPH_SCOPES, type TokenProvider } from '../../../src/auth/token-provider';
import { tokenAhead } from '../../../src/startup/token-ahead';

/** A provider that answers each asking with a new token ("t1", "t2" …), or fails those listed in `failing`. */
function countingProvider(failing: readonly number[] = []): TokenProvider & { asked: string[][] } {
  const asked: string[][] = [];
  return {
    asked,
    getAccessToken: (scopes) => {
      asked.push([...scopes]);
      const n = asked.length;
      return failing.includes(n) ? Promise.reject(new Error(`refused ${n}`)) : Promise.resolve(`t${n}`);
    },
  };
}

test('asks for the Graph token at once, before anyone asks for it', () => {
  const provider = countingProvider();
  tokenAhead(provider);
  expect(provider.asked).toEqual([[...GRAPH_SCOPES]]);
});

test('the first asking for the same scopes takes the token on its way; later ones ask the provider, which keeps its own', async () => {
  const provider = countingProvider();
  const tokens = tokenAhead(provider);
  await expect(tokens.getAccessToken(GRAPH_SCOPES)).resolves.toBe('t1');
  await expect(tokens.getAccessToken(GRAPH_SCOPES)).resolves.toBe('t2');
  expect(provider.asked).toHaveLength(2);
});

test('other scopes (a SharePoint token) are asked for anew and leave the one on its way for the Graph', async () => {
  const provider = countingProvider();
  const tokens = tokenAhead(provider);
  await expect(tokens.getAccessToken(['https://contoso.sharepoint.com/AllSites.Read'])).resolves.toBe('t2');
  await expect(tokens.getAccessToken(GRAPH_SCOPES)).resolves.toBe('t1');
  expect(provider.asked).toEqual([[...GRAPH_SCOPES], ['https://contoso.sharepoint.com/AllSites.Read']]);
});

test('a token that failed on its way is asked for again by the one who needs it, and its failure is not left unhandled', async () => {
  const provider = countingProvider([1]);
  const tokens = tokenAhead(provider);
  await new Promise((resolve) => setTimeout(resolve, 0)); // the failure settles before anyone asks
  await expect(tokens.getAccessToken(GRAPH_SCOPES)).resolves.toBe('t2');
  expect(provider.asked).toHaveLength(2);
});

test('an asking that fails again reports the failure', async () => {
  const provider = countingProvider([1, 2]);
  await expect(tokenAhead(provider).getAccessToken(GRAPH_SCOPES)).rejects.toThrow('refused 2');
});
