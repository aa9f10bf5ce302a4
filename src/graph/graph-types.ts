/**
 * The Graph facade every store uses. Implemented in `client.ts` over
 * `@microsoft/microsoft-graph-client` with our middleware chain; nothing else speaks HTTP to Graph.
 */

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** One request, as a `$batch` sub-request or a single call. `url` is relative to the version root ("/me"). */
export interface GraphRequest {
  readonly id: string;
  readonly method: HttpMethod;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly dependsOn?: readonly string[];
  /** As `RequestOptions.repeatable`, for this sub-request (never sent on the wire). */
  readonly repeatable?: boolean;
}

export interface GraphResponse<T = unknown> {
  readonly id: string;
  readonly status: number;
  /** Header names lower-cased ("retry-after", "etag"). */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: T;
  /**
   * True when a sub-request that is not safe to repeat got 503, 504 or no answer: Graph may have carried it out.
   * It was not sent again; the caller settles the outcome by looking (`subResponseError` gives an UncertainOutcomeError).
   */
  readonly uncertain?: boolean;
}

export interface RequestOptions {
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as `If-Match`; a stale value makes Graph answer 412, raised as `GraphError` with status 412. */
  readonly ifMatch?: string;
  /**
   * A POST that is harmless to send again even if Graph carried out the first one: a create on a unique key column
   * (a repeat gets 409), an event with a `transactionId`, a read-only action. Say at the call why it is safe. Other
   * POSTs are repeated only after 429 (Graph refused before acting); after 503, 504 or a lost connection they throw
   * `UncertainOutcomeError`. GET, PUT, PATCH and DELETE are repeatable unless a `$batch` sub-request says `false`
   * (docs/ARCHITECTURE.md §5).
   */
  readonly repeatable?: boolean;
}

/** A page of a collection as Graph returns it. */
export interface GraphPage<T> {
  readonly value: T[];
  readonly '@odata.nextLink'?: string;
  readonly '@odata.deltaLink'?: string;
}

/** Where a delta query keeps its link between runs (the app: a list item or sessionStorage; tests: memory). */
export interface DeltaLinkStore {
  load(key: string): Promise<string | undefined>;
  save(key: string, deltaLink: string): Promise<void>;
}

export interface DeltaResult<T> {
  /** Changed or added items since the last run (removed ones carry `@removed`). */
  readonly items: T[];
  readonly deltaLink: string;
  /** True when the stored link had expired and this is a full sync from the start. */
  readonly restarted?: boolean;
}

/** One page of a delta round, as `deltaPages` hands it out. */
export interface DeltaPageOf<T> {
  /** Changed or added items on this page (removed ones carry `@removed`). */
  readonly items: T[];
  /** True on the round's last page (it ends with the deltaLink). */
  readonly last: boolean;
  /** The stored link had expired (or was refused): the round started over from the first URL. */
  readonly restarted: boolean;
}

/** A first page the caller already fetched (in a `$batch` with other folders' first pages), and from where. */
export interface PrefetchedPage {
  readonly url: string;
  readonly response: GraphResponse;
}

export interface DeltaPagesOptions<T> extends RequestOptions {
  /** The first page, fetched by the caller (in a `$batch` with other folders' first pages). */
  readonly first?: PrefetchedPage;
  /** Whether a page in mid-round is worth saving its link for (default: every page is). */
  readonly worthSaving?: (items: readonly T[]) => boolean;
}

/** Counts of what went over the wire, for telemetry and benchmarks. */
export interface RequestStats {
  /** HTTP round trips (a `$batch` counts once). */
  readonly roundTrips: number;
  /** Logical requests (each batch sub-request counts). */
  readonly requests: number;
  readonly retries: number;
  reset(): void;
}

export interface Graph {
  get<T>(url: string, options?: RequestOptions): Promise<T>;
  post<T>(url: string, body: unknown, options?: RequestOptions): Promise<T>;
  patch<T>(url: string, body: unknown, options?: RequestOptions): Promise<T>;
  put<T>(url: string, body: unknown, options?: RequestOptions): Promise<T>;
  delete(url: string, options?: RequestOptions): Promise<void>;
  /** Follows `@odata.nextLink` until the collection ends (or `maxItems` is reached). */
  all<T>(url: string, options?: RequestOptions & { readonly maxItems?: number }): Promise<T[]>;
  /**
   * Sends the requests in `$batch`es of at most 20, retrying throttled sub-responses (and those failing with 503 or
   * 504 when repeatable); results in input order. A sub-request that is not repeatable and may have been carried out
   * comes back with `uncertain: true`. The raw sub-responses: stores read them as values or GraphErrors through
   * `batchResults` (batch-results.ts).
   */
  batch(requests: readonly GraphRequest[]): Promise<GraphResponse[]>;
  /**
   * Runs a delta query from the stored link (or `url` the first time), pages through, saves the new link.
   * `options.headers` go with every page (e.g. `Prefer: odata.maxpagesize=50, IdType="ImmutableId"`).
   */
  delta<T>(url: string, key: string, links: DeltaLinkStore, options?: RequestOptions): Promise<DeltaResult<T>>;
  /**
   * The same round one page at a time, each page's link saved once the consumer is done with it (see
   * `deltaPages` in delta.ts): memory holds one page, and an interrupted run resumes at the page it was on.
   */
  deltaPages<T>(url: string, key: string, links: DeltaLinkStore, options?: DeltaPagesOptions<T>): AsyncIterable<DeltaPageOf<T>>;
  /** Downloads binary content (`/drive/items/{id}/content`, attachments' `$value`). */
  getBytes(url: string, options?: RequestOptions): Promise<Uint8Array>;
  /** Uploads binary content with a content type (`PUT /drive/items/{parent}:/{name}:/content`); returns Graph's JSON answer. */
  putBytes<T>(url: string, bytes: Uint8Array, contentType: string, options?: RequestOptions): Promise<T>;
  /**
   * A request to an upload session's `uploadUrl` (Graph's answer to `createUploadSession`): a fragment of the file as
   * `PUT` with `Content-Range: bytes start-end/total`, or without one a `GET` of the session's state. The URL is
   * pre-authorised and on the storage host, not Graph's: it is sent without the token and without retries (a dropped
   * fragment is resumed from the session's `nextExpectedRanges`, see store/drive-upload.ts). Failures as `GraphError`.
   */
  uploadSession<T>(uploadUrl: string, fragment?: UploadFragment): Promise<GraphResponse<T>>;
  readonly stats: RequestStats;
}

/** One range of a file sent to an upload session. */
export interface UploadFragment {
  readonly bytes: Uint8Array;
  /** Where `bytes` starts in the file. */
  readonly start: number;
  /** The whole file's size. */
  readonly total: number;
}

/** A Graph failure in a form callers can act on. */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
    readonly requestId?: string,
    /** Graph's own message, as it sent it (English), when it sent one; `message` wraps it with the status and code. */
    readonly graphMessage?: string,
  ) {
    super(message);
    this.name = 'GraphError';
  }

  get isConflict(): boolean {
    return this.status === 412 || this.status === 409;
  }

  /** Whether Graph may have carried the request out although it failed (see UncertainOutcomeError). */
  get uncertain(): boolean {
    return false;
  }
}

/**
 * A request that is not safe to repeat (sendMail, `/send`, a create without a unique key) got 503, 504 or lost its
 * connection: Graph may have carried it out, so it was not sent again. `status` and `code` are those of the failure
 * (0 and `networkError` for a lost connection). The caller settles the outcome by looking — the correlation property,
 * the unique column — before anything is sent or created again (docs/ARCHITECTURE.md §5).
 */
export class UncertainOutcomeError extends GraphError {
  constructor(failure: GraphError) {
    super(
      failure.status,
      failure.code,
      `${failure.message} — the request may have been carried out; it was not repeated, look before trying again`,
      failure.retryAfterSeconds,
      failure.requestId,
      failure.graphMessage,
    );
    this.name = 'UncertainOutcomeError';
  }

  override get uncertain(): boolean {
    return true;
  }
}

/** Whether an error says Graph may have acted on a request that failed (and that must not simply be repeated). */
export function isUncertain(error: unknown): error is UncertainOutcomeError {
  return error instanceof GraphError && error.uncertain;
}
