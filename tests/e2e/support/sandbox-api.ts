/** The Graph sandbox the browser tests run against, reached over HTTP like the app reaches it. */
export const SANDBOX_URL = `http://localhost:${Number(process.env.E2E_SANDBOX_PORT ?? 4301)}`;

/** A sandbox access token for a seeded person (what the app's sign-in gets). */
export async function sandboxToken(user: string): Promise<string> {
  const res = await fetch(`${SANDBOX_URL}/_sandbox/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user }) });
  if (!res.ok) throw new Error(`no sandbox token for ${user}: ${res.status}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** A raw RFC 822 message arriving from outside into `mailbox`; answers the sandbox's 202 body (`id` = its Graph id). */
export async function deliverMail(mailbox: string, eml: string): Promise<{ status: number; id: string }> {
  const res = await fetch(`${SANDBOX_URL}/_sandbox/mail?mailbox=${encodeURIComponent(mailbox)}`, { method: 'POST', headers: { 'Content-Type': 'message/rfc822' }, body: eml });
  return { status: res.status, id: ((await res.json()) as { id: string }).id };
}

/** A Graph call to the sandbox as `user`, JSON in and out: the status and the parsed body. */
export async function sandboxGraph<T>(user: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${SANDBOX_URL}/v1.0${path}`, {
    method,
    headers: { Authorization: `Bearer ${await sandboxToken(user)}`, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}
