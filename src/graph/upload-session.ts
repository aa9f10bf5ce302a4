import { networkError, toGraphError } from './errors';
import type { GraphRoot } from './graph-root';
import type { CountingStats } from './request-stats';
import { GraphError, type GraphResponse, type UploadFragment } from './graph-types';

/**
 * Requests to an upload session's `uploadUrl`. Graph hands out a URL on the storage host that carries its own
 * authorisation: Microsoft's documentation says to send no `Authorization` header there (it may answer 401), so these
 * go by plain fetch, outside the authenticated chain. Only https URLs are accepted, or the Graph root's own origin (the
 * sandbox on http://localhost). Not retried here: the caller resumes from what the session says it is missing.
 */
export async function sendToUploadSession<T>(
  fetchImpl: typeof fetch,
  root: GraphRoot,
  stats: CountingStats,
  uploadUrl: string,
  fragment?: UploadFragment,
): Promise<GraphResponse<T>> {
  let url: URL;
  try {
    url = new URL(uploadUrl);
  } catch {
    throw new GraphError(0, 'invalidUploadUrl', 'The upload session has no valid uploadUrl.');
  }
  if (url.protocol !== 'https:' && url.origin !== root.origin)
    throw new GraphError(0, 'invalidUploadUrl', `Refusing to upload to ${url.origin}: not https.`);
  const init: RequestInit = fragment
    ? {
        method: 'PUT',
        headers: { 'Content-Range': `bytes ${fragment.start}-${fragment.start + fragment.bytes.length - 1}/${fragment.total}` },
        body: new Blob([new Uint8Array(fragment.bytes)]),
      }
    : { method: 'GET' };
  let response: Response;
  stats.recordRoundTrip(1);
  try {
    response = await fetchImpl(url.toString(), init);
  } catch (error) {
    throw networkError(url.toString(), error);
  }
  const text = await response.text();
  let body: unknown = undefined;
  if (text !== '') {
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      body = text;
    }
  }
  if (!response.ok)
    throw toGraphError({
      status: response.status,
      statusText: response.statusText,
      header: (name) => response.headers.get(name) ?? undefined,
      body,
    });
  return { id: 'upload', status: response.status, headers: Object.fromEntries(response.headers.entries()), body: body as T };
}
