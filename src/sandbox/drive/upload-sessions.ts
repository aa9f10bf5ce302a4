import { randomBytes } from 'node:crypto';
import { GraphHttpError, type Route, type SandboxContext, type SandboxRequest, type SandboxResponse } from '../http/types';
import { ok } from '../http/odata/responses';
import { requireDriveWrite } from '../sharepoint/enforce';
import { checkIfMatch } from '../sites/fields';
import { driveItemEtag } from './items';
import { driveAndItemAt, writeFileAt } from './routes';

/**
 * Graph's resumable upload for files too large for one PUT (driveItem: createUploadSession). Starting one answers an
 * `uploadUrl` on the storage host — here `/_upload/<id>?tempauth=…` beside `/v1.0`, outside Graph's root and taking no
 * token, as SharePoint's does — then each `PUT` there carries one fragment with `Content-Range: bytes a-b/total`
 * (fragments other than the last in multiples of 320 KiB) and is answered 202 with `nextExpectedRanges` until the last
 * one writes the file (201 new, 200 replaced, the driveItem). `GET` on the URL says what is still missing (how a client
 * resumes after a dropped fragment), `DELETE` cancels. A session lives 15 minutes from its last fragment.
 */

/** Graph's rule for fragments: multiples of 320 KiB (except the last), at most 60 MiB. */
export const FRAGMENT_MULTIPLE = 320 * 1024;
const MAX_FRAGMENT = 60 * 1024 * 1024;
const SESSION_MS = 15 * 60_000;

interface Session {
  /** The request that started it, as whose caller the file is written. */
  readonly start: SandboxRequest;
  readonly path: string;
  readonly conflict: string;
  readonly tempauth: string;
  readonly db: SandboxContext['db'];
  total?: number;
  readonly parts: Buffer[];
  received: number;
  expires: number;
}

/** Sessions by id: in memory, as they are short-lived (a restarted sandbox has none, as an expired session). */
const sessions = new Map<string, Session>();

const expiry = (s: Session): string => new Date(s.expires).toISOString();
const state = (s: Session): Record<string, unknown> => ({
  expirationDateTime: expiry(s),
  nextExpectedRanges: [`${s.received}-${s.total !== undefined ? s.total - 1 : ''}`],
});

function startSession(req: SandboxRequest, ctx: SandboxContext): SandboxResponse {
  const path = req.params.path ?? '';
  const body = (req.body ?? {}) as { item?: { '@microsoft.graph.conflictBehavior'?: unknown } };
  const behaviour = body.item?.['@microsoft.graph.conflictBehavior'];
  const conflict = behaviour === 'fail' || behaviour === 'rename' ? behaviour : 'replace';
  if (conflict === 'rename') throw new GraphHttpError(400, 'invalidRequest', "The sandbox does not emulate conflictBehavior 'rename'.");
  // What can be refused now is refused now (Graph checks the name and the rights when the session starts).
  const at = driveAndItemAt(ctx.db.state, req, path);
  if (at.existing && conflict === 'fail') throw new GraphHttpError(409, 'nameAlreadyExists', 'The specified item name already exists.');
  if (at.existing?.kind === 'folder') throw new GraphHttpError(409, 'nameAlreadyExists', 'The name is a folder.');
  if (at.existing) {
    requireDriveWrite(at.site, ctx.db.state.directory, req.user, { kind: 'edit', itemId: at.existing.id });
    checkIfMatch(req.headers, driveItemEtag(at.existing));
  } else if (at.folderId) {
    requireDriveWrite(at.site, ctx.db.state.directory, req.user, { kind: 'add', folderId: at.folderId });
  }
  const id = ctx.newId();
  const tempauth = randomBytes(18).toString('base64url');
  const session: Session = {
    start: { ...req, rawBody: Buffer.alloc(0), headers: withoutIfMatch(req.headers) },
    path,
    conflict,
    tempauth,
    db: ctx.db,
    parts: [],
    received: 0,
    expires: ctx.now().getTime() + SESSION_MS,
  };
  sessions.set(id, session);
  const origin = new URL(ctx.baseUrl).origin;
  return ok({
    '@odata.context': `${ctx.baseUrl}/$metadata#microsoft.graph.uploadSession`,
    uploadUrl: `${origin}/_upload/${id}?tempauth=${tempauth}`,
    expirationDateTime: expiry(session),
    nextExpectedRanges: ['0-'],
  });
}

/**
 * The If-Match was checked when the session started; the last fragment writes without it. The type is the file name's
 * (the session's own request was JSON), as SharePoint sets it for a file uploaded in fragments.
 */
function withoutIfMatch(headers: Readonly<Record<string, string>>): Record<string, string> {
  const { 'if-match': _ifMatch, 'content-type': _type, ...rest } = headers;
  return rest;
}

export const uploadSessionRoutes: readonly Route[] = [
  { method: 'POST', pattern: '/sites/:siteId/drive/root:{*path}:/createUploadSession', handler: startSession },
  { method: 'POST', pattern: '/drives/:driveId/root:{*path}:/createUploadSession', handler: startSession },
];

export interface UploadUrlRequest {
  readonly method: string;
  /** "/_upload/<id>?tempauth=…" */
  readonly target: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly rawBody: Buffer;
}

const CONTENT_RANGE = /^bytes (\d+)-(\d+)\/(\d+)$/;

/** A request to an upload URL: a fragment (PUT), the session's state (GET) or its cancellation (DELETE). */
export async function uploadUrlRequest(req: UploadUrlRequest, ctx: SandboxContext): Promise<SandboxResponse> {
  const url = new URL(req.target, 'http://sandbox');
  const id = decodeURIComponent(url.pathname.slice('/_upload/'.length));
  const session = sessions.get(id);
  if (!session || session.db !== ctx.db || session.tempauth !== url.searchParams.get('tempauth'))
    throw new GraphHttpError(404, 'itemNotFound', 'The upload session was not found.');
  if (session.expires < ctx.now().getTime()) {
    sessions.delete(id);
    throw new GraphHttpError(404, 'itemNotFound', 'The upload session has expired.');
  }
  if (req.headers.authorization)
    throw new GraphHttpError(401, 'unauthenticated', 'An upload URL carries its own authorisation: send no Authorization header.');
  if (req.method === 'GET') return ok(state(session));
  if (req.method === 'DELETE') {
    sessions.delete(id);
    return { status: 204 };
  }
  if (req.method !== 'PUT') throw new GraphHttpError(405, 'methodNotAllowed', `${req.method} is not allowed on an upload URL.`);

  const range = CONTENT_RANGE.exec(req.headers['content-range'] ?? '');
  if (!range) throw new GraphHttpError(400, 'invalidRequest', "A fragment needs 'Content-Range: bytes {start}-{end}/{total}'.");
  const [first, last, total] = [Number(range[1]), Number(range[2]), Number(range[3])];
  if (last < first || last >= total || req.rawBody.length !== last - first + 1)
    throw new GraphHttpError(400, 'invalidRequest', 'The Content-Range does not match the fragment.');
  if (session.total !== undefined && session.total !== total)
    throw new GraphHttpError(400, 'invalidRequest', 'The file size differs from the earlier fragments.');
  if (req.rawBody.length > MAX_FRAGMENT) throw new GraphHttpError(413, 'requestTooLarge', 'A fragment may be at most 60 MiB.');
  if (last < total - 1 && req.rawBody.length % FRAGMENT_MULTIPLE !== 0)
    throw new GraphHttpError(400, 'invalidRequest', 'Fragments other than the last must be a multiple of 320 KiB.');
  // Overlapping what arrived (a fragment sent again after its answer was lost) or leaving a gap: the client asks where to go on.
  if (first !== session.received)
    throw new GraphHttpError(416, 'invalidRange', `The fragment starts at ${first}; the session expects ${session.received}.`);
  session.total = total;
  session.parts.push(req.rawBody);
  session.received = last + 1;
  session.expires = ctx.now().getTime() + SESSION_MS;
  if (session.received < total) return { status: 202, body: state(session) };
  sessions.delete(id);
  return writeFileAt(session.start, ctx, session.path, Buffer.concat(session.parts), session.conflict);
}
