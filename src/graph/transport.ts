import { ResponseType, type Client, type GraphRequest as SdkRequest } from '@microsoft/microsoft-graph-client';
import { networkError, toGraphError } from './errors';
import type { GraphRoot } from './graph-root';
import { RequestTrace } from './middleware/request-trace';
import { isRepeatable } from './retry-policy';
import { UncertainOutcomeError, type HttpMethod } from './graph-types';

/** A request body: JSON (serialised by the SDK) or raw bytes with their content type. */
export type RequestBody = { readonly json: unknown } | { readonly bytes: Uint8Array; readonly contentType: string };

export interface Exchange {
  readonly method: HttpMethod;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: RequestBody;
  /** Read a successful body as bytes instead of JSON/text. */
  readonly expectBytes?: boolean;
  /** A POST that is safe to send again after Graph may have acted on it (`RequestOptions.repeatable`). */
  readonly repeatable?: boolean;
}

export interface Answer {
  readonly status: number;
  /** Lower-cased header names. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON, text, bytes (when asked), or undefined for 204 and empty bodies. */
  readonly body: unknown;
}

/**
 * One HTTP exchange through the SDK client and our middleware chain. The SDK is asked for the raw Response so
 * that errors are mapped once, here, to our `GraphError`.
 */
export class GraphTransport {
  constructor(
    private readonly client: Client,
    readonly root: GraphRoot,
  ) {}

  async send(exchange: Exchange): Promise<Answer> {
    const trace = new RequestTrace(isRepeatable(exchange.method, exchange.repeatable));
    let request = this.client.api(this.root.sdkPath(exchange.url)).responseType(ResponseType.RAW).middlewareOptions([trace]);
    if (exchange.headers) request = request.headers({ ...exchange.headers });
    let response: Response;
    try {
      response = (await dispatch(request, exchange)) as Response;
    } catch (error) {
      if (trace.tokenFailure) throw trace.tokenFailure.error;
      const lost = networkError(this.root.absolute(exchange.url), error);
      throw trace.uncertain ? new UncertainOutcomeError(lost) : lost;
    }
    const headers = Object.fromEntries(response.headers.entries());
    const body = await readBody(response, exchange.expectBytes === true && response.ok);
    if (!response.ok) {
      const failure = toGraphError(
        { status: response.status, statusText: response.statusText, header: (name) => response.headers.get(name) ?? undefined, body },
        trace.gaveUp ? { attempts: trace.attempts, reason: trace.gaveUp } : undefined,
      );
      throw trace.uncertain ? new UncertainOutcomeError(failure) : failure;
    }
    return { status: response.status, headers, body };
  }
}

function dispatch(request: SdkRequest, exchange: Exchange): Promise<unknown> {
  const body = exchange.body;
  let payload: unknown;
  if (body && 'bytes' in body) {
    request = request.header('Content-Type', body.contentType);
    // A Blob passes through the SDK's serializer untouched in Node and browsers (a typed array would need Buffer).
    payload = new Blob([new Uint8Array(body.bytes)], { type: body.contentType });
  } else if (body) {
    payload = body.json;
  }
  switch (exchange.method) {
    case 'GET':
      return request.get();
    case 'POST':
      return request.post(payload);
    case 'PATCH':
      return request.patch(payload);
    case 'PUT':
      return request.put(payload);
    case 'DELETE':
      return request.delete();
  }
}

async function readBody(response: Response, asBytes: boolean): Promise<unknown> {
  if (response.status === 204 || response.status === 205) return undefined;
  if (asBytes) return new Uint8Array(await response.arrayBuffer());
  const text = await response.text();
  if (text === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (/json/i.test(type)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}
