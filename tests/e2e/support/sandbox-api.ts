/** The Graph sandbox the browser tests run against, reached over HTTP like the app reaches it. */
export const SANDBOX_URL = `http://localhost:${Number(process.env.E2E_SANDBOX_PORT ?? 4301)}`;

/** A sandbox access token for a seeded person (what the app's sign-in gets). */
/** The sandbox back to its seed (POST /_sandbox/reset): for a journey that must not depend on what ran before it. */
export async function resetSandbox(): Promise<void> {
  const res = await fetch(`${SANDBOX_URL}/_sandbox/reset`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
  if (res.status !== 204) throw new Error(`sandbox reset: ${res.status}`);
}

export async function sandboxToken(user: string): Promise<string> {
  const res = await fetch(`${SANDBOX_URL}/_sandbox/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  if (!res.ok) throw new Error(`no sandbox token for ${user}: ${res.status}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** A raw RFC 822 message arriving from outside into `mailbox`; answers the sandbox's 202 body (`id` = its Graph id). */
export async function deliverMail(mailbox: string, eml: string): Promise<{ status: number; id: string }> {
  const res = await fetch(`${SANDBOX_URL}/_sandbox/mail?mailbox=${encodeURIComponent(mailbox)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'message/rfc822' },
    body: eml,
  });
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

/** The forum's shared mailbox in the seed: where members mail their case presentations. */
export const FORUM_MAILBOX = 'ksg-sekretariat@regionfjord.example';

export interface MailedFile {
  readonly name: string;
  readonly type: string;
  readonly content: string;
}

/**
 * A case presentation mailed from outside (Lars Harbo, Skovlund Kommune) into the forum's shared mailbox, with its
 * files as attachments; answers its Graph id there.
 */
export async function deliverSubmission(options: {
  readonly subject: string;
  readonly messageId: string;
  readonly html: readonly string[];
  readonly files?: readonly MailedFile[];
}): Promise<string> {
  const files = options.files ?? [];
  const part = (f: MailedFile): string[] => [
    '--b1',
    `Content-Type: ${f.type}; name="${f.name}"`,
    `Content-Disposition: attachment; filename="${f.name}"`,
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(f.content).toString('base64'),
  ];
  const headers = [
    'From: "Lars Harbo" <lars.harbo@skovlund.example>',
    `To: Klyngesekretariatet <${FORUM_MAILBOX}>`,
    `Subject: ${options.subject}`,
    `Date: ${new Date().toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: ${options.messageId}`,
    'MIME-Version: 1.0',
  ];
  const body =
    files.length === 0
      ? ['Content-Type: text/html; charset=utf-8', '', ...options.html, '']
      : [
          'Content-Type: multipart/mixed; boundary="b1"',
          '',
          '--b1',
          'Content-Type: text/html; charset=utf-8',
          '',
          ...options.html,
          ...files.flatMap(part),
          '--b1--',
          '',
        ];
  const delivered = await deliverMail(FORUM_MAILBOX, [...headers, ...body].join('\r\n'));
  if (delivered.status !== 202) throw new Error(`the sandbox did not take the mail: ${delivered.status}`);
  return delivered.id;
}
