import { listSandboxUsers, SandboxTokenProvider } from '../../../src/auth/sandbox-token-provider';

interface Call {
  readonly url: string;
  readonly init: RequestInit | undefined;
}

function fakeSandbox(answer: (call: Call) => Response) {
  const calls: Call[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    const call = { url: String(input), init };
    calls.push(call);
    return Promise.resolve(answer(call));
  };
  return { calls, fetchImpl };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('SandboxTokenProvider', () => {
  it('asks the sandbox for a token for the person and caches it in memory', async () => {
    const { calls, fetchImpl } = fakeSandbox(() => json({ access_token: 'tok-anne' }));
    const tokens = new SandboxTokenProvider('http://localhost:3001/', 'anne@klynge.example', fetchImpl);
    const [a, b] = await Promise.all([tokens.getAccessToken(['User.Read']), tokens.getAccessToken(['User.Read'])]);
    await tokens.getAccessToken(['Mail.ReadWrite.Shared']);
    expect([a, b]).toEqual(['tok-anne', 'tok-anne']);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('http://localhost:3001/_sandbox/token');
    expect(calls[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ user: 'anne@klynge.example' });
  });

  it('renews a token before it expires', async () => {
    let n = 0;
    let now = 0;
    const { calls, fetchImpl } = fakeSandbox(() => json({ access_token: `tok-${++n}`, expires_in: 3600 }));
    const tokens = new SandboxTokenProvider('http://localhost:3001', 'anne@klynge.example', fetchImpl, () => now);
    await expect(tokens.getAccessToken([])).resolves.toBe('tok-1');
    now = 3_000_000;
    await expect(tokens.getAccessToken([])).resolves.toBe('tok-1');
    now = 3_550_000;
    await expect(tokens.getAccessToken([])).resolves.toBe('tok-2');
    expect(calls).toHaveLength(2);
  });

  it('fails clearly for an unknown person and tries again next time', async () => {
    let status = 404;
    const { calls, fetchImpl } = fakeSandbox(() =>
      status === 404 ? json({ error: { code: 'userNotFound' } }, 404) : json({ access_token: 't' }),
    );
    const tokens = new SandboxTokenProvider('http://localhost:3001', 'nobody@x', fetchImpl);
    await expect(tokens.getAccessToken([])).rejects.toThrow('refused a token for nobody@x (HTTP 404)');
    status = 200;
    await expect(tokens.getAccessToken([])).resolves.toBe('t');
    expect(calls).toHaveLength(2);
  });
});

describe('listSandboxUsers', () => {
  it('reads the seeded people with their forum roles', async () => {
    const people = [
      {
        id: 'u1',
        displayName: 'Anne Formand',
        mail: 'anne@klynge.example',
        userPrincipalName: 'anne@klynge.example',
        jobTitle: 'Direktør',
        companyName: 'Hospitalet',
        userType: 'Member',
        forums: [{ groupId: 'g1', forum: 'Klyngestyregruppen', role: 'chair' }],
      },
      {
        id: 'u2',
        displayName: 'Ekstern',
        mail: null,
        userPrincipalName: 'ext#EXT#@x',
        jobTitle: null,
        companyName: null,
        userType: 'Guest',
      },
    ];
    const { calls, fetchImpl } = fakeSandbox(() => json(people));
    await expect(listSandboxUsers('http://localhost:3001', fetchImpl)).resolves.toEqual(people);
    expect(calls[0]?.url).toBe('http://localhost:3001/_sandbox/users');
  });

  it('rejects an answer of the wrong shape', async () => {
    const { fetchImpl } = fakeSandbox(() => json([{ id: 'u1' }]));
    await expect(listSandboxUsers('http://localhost:3001', fetchImpl)).rejects.toThrow();
  });
});
