import { calendarControlRoutes } from '../calendar/control';
import { GraphHttpError, type ControlHandler, type ControlRoute } from '../http/types';
import { deliverMail } from './delivery';
import { parseEml } from './eml';
import { mailboxForAddress } from './mailbox';
import { resolveRecipients } from './recipients';
import type { Mailbox } from './state';

/** `?receivedAt=` as an ISO instant, refused when it is not one. */
function receivedAtParam(value: string | null): string | undefined {
  if (value === null) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) throw new GraphHttpError(400, 'BadRequest', `receivedAt must be an ISO date and time, not '${value}'.`);
  return new Date(at).toISOString();
}

/**
 * POST /_sandbox/mail: a raw RFC 822 message (message/rfc822) arrives from outside, into
 * `?mailbox=<address>` or else the tenant mailboxes among its To and Cc. 202 `{ id, mailbox }`.
 * `&folder=junkemail` (a well-known name or a folder id) files it where Exchange's junk filter or a rule would;
 * `&receivedAt=<ISO>` dates its arrival in the past.
 */
const deliverEml: ControlHandler = async (req, ctx) => {
  if (req.rawBody.length === 0) throw new GraphHttpError(400, 'BadRequest', 'Expected a raw RFC 822 message as the request body.');
  const mail = await parseEml(req.rawBody);
  const folder = req.query.get('folder') ?? undefined;
  const receivedAt = receivedAtParam(req.query.get('receivedAt'));
  const target = req.query.get('mailbox');
  const deliveries = await ctx.db.mutate((state) => {
    let into: Mailbox[];
    if (target) {
      const box = mailboxForAddress(state, target);
      if (!box) throw new GraphHttpError(404, 'ErrorInvalidUser', `No sandbox mailbox receives mail for '${target}'.`);
      into = [box];
    } else {
      into = resolveRecipients(
        state,
        [...mail.to, ...(mail.cc ?? [])].map((r) => r.address),
      ).mailboxes;
      if (into.length === 0)
        throw new GraphHttpError(400, 'BadRequest', 'None of the To or Cc addresses is a sandbox mailbox; name one with ?mailbox=.');
    }
    const result = deliverMail(state, mail, {
      nowIso: ctx.now().toISOString(),
      newId: () => ctx.newId(),
      domain: state.directory.domain,
      onlyInto: into,
      ...(folder !== undefined ? { folder } : {}),
      ...(receivedAt !== undefined ? { receivedAt } : {}),
    });
    return result.delivered.map((d) => ({
      id: d.message.id,
      mailbox: d.mailbox.address,
      internetMessageId: d.message.internetMessageId,
      conversationId: d.message.conversationId,
    }));
  });
  const first = deliveries[0];
  return { status: 202, body: { id: first?.id, mailbox: first?.mailbox, deliveries } };
};

/** GET /_sandbox/outbox[?to=address]: mail that left the tenant. */
const listOutbox: ControlHandler = (req, ctx) => {
  const to = req.query.get('to')?.toLowerCase();
  const value = ctx.db.state.mail.outbox.filter((m) => !to || m.to.some((a) => a.toLowerCase() === to));
  return { status: 200, body: { value } };
};

const clearOutbox: ControlHandler = async (_req, ctx) => {
  await ctx.db.mutate((state) => {
    state.mail.outbox = [];
  });
  return { status: 204 };
};

/** GET /_sandbox/activity[?recipient=id|address]: recorded Teams activity notifications. */
const listActivity: ControlHandler = (req, ctx) => {
  const recipient = req.query.get('recipient')?.toLowerCase();
  const users = ctx.db.state.directory.users;
  const value = ctx.db.state.mail.activity.filter((a) => {
    if (!recipient) return true;
    const user = users.find((u) => u.id === a.recipientId);
    return (
      a.recipientId.toLowerCase() === recipient ||
      user?.mail.toLowerCase() === recipient ||
      user?.userPrincipalName.toLowerCase() === recipient
    );
  });
  return { status: 200, body: { value } };
};

const clearActivity: ControlHandler = async (_req, ctx) => {
  await ctx.db.mutate((state) => {
    state.mail.activity = [];
  });
  return { status: 204 };
};

/** POST /_sandbox/teams-app `{ user, installed }`: installs or removes our Teams app for a user. */
const setTeamsApp: ControlHandler = async (req, ctx) => {
  const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;
  if (typeof body.user !== 'string' || typeof body.installed !== 'boolean')
    throw new GraphHttpError(400, 'BadRequest', 'Expected { user, installed: boolean }.');
  const key = body.user.toLowerCase();
  const installed = body.installed;
  const userId = await ctx.db.mutate((state) => {
    const user = state.directory.users.find(
      (u) => u.id === body.user || u.mail.toLowerCase() === key || u.userPrincipalName.toLowerCase() === key,
    );
    if (!user) throw new GraphHttpError(404, 'Request_ResourceNotFound', `No user '${String(body.user)}'.`);
    state.mail.teamsAppInstalled[user.id] = installed;
    return user.id;
  });
  return { status: 200, body: { user: userId, installed } };
};

export const mailControlRoutes: ControlRoute[] = [
  { method: 'POST', pattern: '/mail', handler: deliverEml, bodyType: 'message/rfc822' },
  { method: 'GET', pattern: '/outbox', handler: listOutbox },
  { method: 'DELETE', pattern: '/outbox', handler: clearOutbox },
  { method: 'GET', pattern: '/activity', handler: listActivity },
  { method: 'DELETE', pattern: '/activity', handler: clearActivity },
  { method: 'POST', pattern: '/teams-app', handler: setTeamsApp },
  ...calendarControlRoutes,
];
