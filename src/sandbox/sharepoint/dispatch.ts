import { authenticate } from '../auth/authenticate';
import type { TokenIssuer } from '../auth/tokens';
import type { RequestStats } from '../control/stats';
import { findGroup } from '../directory/lookup';
import { parseQuery } from '../http/dispatch';
import { GraphHttpError } from '../http/types';
import type { SandboxResponse } from '../http/types';
import type { SiteRecord } from '../sites/state';
import type { SandboxDb } from '../state';
import { SharePointError, sharePointError, spAccessDenied, spBadRequest, spErrorBody, spFileNotFound } from './errors';
import { parseApiPath, routeName } from './paths';
import { handleApiCall } from './routes';

/**
 * SharePoint's REST API of the forum sites, `/sites/<name>/_api/...` on the sandbox's origin (a site's webUrl is
 * `https://<host>/sites/<mailNickname>`; its path finds the site). The same bearer tokens as `/v1.0`; the caller must
 * be an owner or member of the site's group. Answers are `odata=nometadata` JSON, errors SharePoint's `odata.error`.
 */

export interface SharePointCall {
  readonly method: string;
  /** The request target, e.g. "/sites/x/_api/web?$select=Id". */
  readonly target: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly rawBody: Buffer;
}

export interface SharePointDeps {
  readonly db: SandboxDb;
  readonly tokens: TokenIssuer;
  readonly stats: RequestStats;
  readonly now: () => Date;
  readonly quiet: boolean;
}

const API = /^\/sites\/([^/?#]+)\/_api(?:\/([^?]*))?(?:\?(.*))?$/i;
const CONTENT_TYPE = 'application/json;odata=nometadata;streaming=true;charset=utf-8';

/** Whether a request target is a site's SharePoint REST API. */
export function isSharePointTarget(target: string): boolean {
  return API.test(target);
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw spBadRequest('The URL is not correctly percent-encoded.');
  }
}

function json(status: number, body: unknown): SandboxResponse {
  if (body === undefined) return { status };
  return { status, headers: { 'Content-Type': CONTENT_TYPE }, body: Buffer.from(JSON.stringify(body)) };
}

function parseBody(call: SharePointCall): unknown {
  if (call.rawBody.length === 0) return undefined;
  if (!/json/i.test(call.headers['content-type'] ?? ''))
    throw spBadRequest('The request body must be JSON (Content-Type: application/json;odata=verbose).');
  try {
    return JSON.parse(call.rawBody.toString('utf8')) as unknown;
  } catch {
    throw spBadRequest('Invalid JSON. A token was not recognized in the JSON content.');
  }
}

/** The call's route for the request statistics (never throws: a malformed call counts as unmatched). */
function statsName(path: string | undefined): string {
  try {
    const parsed = path === undefined ? undefined : parseApiPath(decode(path));
    return parsed ? routeName(parsed) : '/_api (unmatched)';
  } catch {
    return '/_api (unmatched)';
  }
}

export class SharePointDispatcher {
  constructor(private readonly deps: SharePointDeps) {}

  async handle(call: SharePointCall): Promise<SandboxResponse> {
    const method = call.method.toUpperCase();
    const m = API.exec(call.target);
    this.deps.stats.countRoundTrip(`${method} /sites/{site}${statsName(m?.[2])}`);
    try {
      if (!m) throw spFileNotFound();
      const parsed = parseApiPath(decode(m[2] ?? ''));
      if (!/odata=nometadata/i.test(call.headers.accept ?? '')) {
        throw sharePointError(
          406,
          '-1, Microsoft.SharePoint.Client.ClientServiceException',
          'The sandbox answers SharePoint REST only as JSON without metadata: send Accept: application/json;odata=nometadata.',
        );
      }
      const user = authenticate(this.deps.tokens, this.deps.db.state.directory, this.deps.now(), call.headers.authorization);
      const site = this.siteAt(`/sites/${decode(m[1] ?? '')}`);
      const group = findGroup(this.deps.db.state.directory, site.groupId);
      if (!group || (!group.memberIds.includes(user.id) && !group.ownerIds.includes(user.id))) throw spAccessDenied();
      if (!parsed)
        throw sharePointError(
          404,
          '-1, Microsoft.SharePoint.Client.ResourceNotFoundException',
          `Cannot find resource for the request ${decode(m[2] ?? '')}.`,
        );
      if (method !== 'GET' && method !== 'POST')
        throw sharePointError(
          405,
          '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
          'The HTTP method is not allowed for this resource.',
        );
      const result = await handleApiCall(this.deps.db, {
        method,
        override: call.headers['x-http-method'],
        target: parsed,
        query: parseQuery(m[3] ?? ''),
        headers: call.headers,
        body: parseBody(call),
        user,
        siteId: site.id,
      });
      return json(result.status, result.body);
    } catch (e) {
      if (e instanceof SharePointError) return json(e.status, spErrorBody(e));
      if (e instanceof GraphHttpError && e.status === 401)
        return json(401, spErrorBody(sharePointError(401, '-2147024891, System.UnauthorizedAccessException', e.message)));
      if (!this.deps.quiet) console.error(`sandbox: ${method} ${call.target} failed`, e);
      return json(
        500,
        spErrorBody(sharePointError(500, '-2146233088, System.InvalidOperationException', 'An unexpected error occurred in the sandbox.')),
      );
    }
  }

  /** The site whose webUrl has this path ("/sites/<mailNickname>"). */
  private siteAt(path: string): SiteRecord {
    const site = this.deps.db.state.sites.sites.find((s) => new URL(s.webUrl).pathname.toLowerCase() === path.toLowerCase());
    if (!site) throw spFileNotFound();
    return site;
  }
}
