import { forApps, GraphHttpError, type CallerHandler, type Route } from '../http/types';
import { requireAppRole } from '../auth/app-access';
import { requireUser } from '../directory/lookup';

const bad = (message: string): GraphHttpError => new GraphHttpError(400, 'BadRequest', message);
const record = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/**
 * POST /users/{id}/teamwork/sendActivityNotification: 204 and recorded per recipient — if our
 * Teams app is installed for them. Graph refuses otherwise (403), which is why the app falls
 * back to mail for guests.
 */
const sendActivityNotification: CallerHandler = async (req, ctx) => {
  // An application sends with TeamsActivity.Send (application permission), to a user named in the path.
  if (req.caller.kind === 'app') requireAppRole(req.caller.app, ['TeamsActivity.Send']);
  const body = record(req.body);
  if (!body) throw bad('Empty Payload. JSON content expected.');
  const topic = record(body.topic);
  if (!topic || typeof topic.source !== 'string' || typeof topic.value !== 'string')
    throw bad("The property 'topic' with 'source' and 'value' is required.");
  if (topic.source !== 'entityUrl' && topic.source !== 'text') throw bad(`Invalid topic source '${topic.source}'.`);
  if (topic.source === 'text' && typeof topic.webUrl !== 'string') throw bad("A topic of source 'text' needs a 'webUrl'.");
  if (typeof body.activityType !== 'string' || body.activityType === '') throw bad("The property 'activityType' is required.");
  const preview = record(body.previewText);
  if (!preview || typeof preview.content !== 'string') throw bad("The property 'previewText' is required.");
  const params = body.templateParameters === undefined ? [] : body.templateParameters;
  if (!Array.isArray(params)) throw bad("Invalid value for property 'templateParameters'.");
  const templateParameters = params.map((p: unknown) => {
    const r = record(p) ?? {};
    return { name: String(r.name ?? ''), value: String(r.value ?? '') };
  });
  const activityType = body.activityType;
  const source = topic.source;
  const value = topic.value;
  const webUrl = typeof topic.webUrl === 'string' ? topic.webUrl : undefined;
  const chainId = typeof body.chainId === 'number' ? body.chainId : undefined;
  await ctx.db.mutate((state) => {
    const me = req.caller.kind === 'user' ? req.caller.user : undefined;
    const recipient = req.params.userId === undefined && me ? me : requireUser(state.directory, req.params.userId ?? '');
    if (state.mail.teamsAppInstalled[recipient.id] !== true) {
      throw new GraphHttpError(
        403,
        'Forbidden',
        'The application is not authorized to generate custom text notifications to the recipient. Ensure that the expected Teams app is installed in the target scope (user, team, or chat).',
      );
    }
    // Graph: "chainId … used to override a previous notification" — the same chain shows once in the feed.
    if (chainId !== undefined)
      state.mail.activity = state.mail.activity.filter((a) => !(a.recipientId === recipient.id && a.chainId === chainId));
    state.mail.activity.push({
      id: ctx.newId(),
      recipientId: recipient.id,
      senderId: req.caller.kind === 'user' ? req.caller.user.id : req.caller.app.appId,
      createdDateTime: ctx.now().toISOString(),
      activityType,
      topic: { source, value, ...(webUrl ? { webUrl } : {}) },
      previewText: preview.content as string,
      templateParameters,
      ...(chainId !== undefined ? { chainId } : {}),
    });
  });
  return { status: 204 };
};

export const activityRoutes: Route[] = [
  forApps({ method: 'POST', pattern: '/users/:userId/teamwork/sendActivityNotification', handler: sendActivityNotification }),
  { method: 'POST', pattern: '/me/teamwork/sendActivityNotification', handler: sendActivityNotification },
];
