import type { SandboxDb } from '../state';
import type { DirectoryUser } from '../directory/state';

/** A request to the emulated Graph, after authentication and routing. */
export interface SandboxRequest {
  readonly method: string;
  /** Path below `/v1.0`, without query, e.g. "/groups/abc/events". */
  readonly path: string;
  /** Values of `:name` segments in the route pattern. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON body, or undefined. */
  readonly body: unknown;
  readonly rawBody: Buffer;
  /** The authenticated caller. */
  readonly user: DirectoryUser;
}

export interface SandboxResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Serialised as JSON unless a Buffer (then sent as is) or undefined (no body). */
  readonly body?: unknown;
}

export interface SandboxContext {
  readonly db: SandboxDb;
  /** Absolute base of the emulated Graph, e.g. "http://localhost:3001/v1.0" (for nextLink/deltaLink). */
  readonly baseUrl: string;
  now(): Date;
  newId(): string;
}

export type Handler = (req: SandboxRequest, ctx: SandboxContext) => SandboxResponse | Promise<SandboxResponse>;

/** A Graph route, e.g. `{ method: 'GET', pattern: '/groups/:groupId/events/:eventId', handler }`. */
export interface Route {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  readonly pattern: string;
  readonly handler: Handler;
}

/** Thrown by handlers; rendered as Graph's error body `{ error: { code, message, innerError } }`. */
export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'GraphHttpError';
  }
}

/** A request to a control endpoint below `/_sandbox` (no authentication). */
export type ControlRequest = Omit<SandboxRequest, 'user'>;

export type ControlHandler = (req: ControlRequest, ctx: SandboxContext) => SandboxResponse | Promise<SandboxResponse>;

/** A control route, e.g. `{ method: 'POST', pattern: '/mail', handler }` served at `/_sandbox/mail`. */
export interface ControlRoute {
  readonly method: Route['method'];
  /** Pattern below `/_sandbox`, with `:name` segments like a Graph route. */
  readonly pattern: string;
  readonly handler: ControlHandler;
  /** The Content-Type a POST, PUT or PATCH must carry (see http/control-body.ts); JSON unless said. */
  readonly bodyType?: 'application/json' | 'message/rfc822';
}
