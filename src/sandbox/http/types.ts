import type { SandboxDb } from '../state';
import type { DirectoryUser } from '../directory/state';
import type { Caller } from '../auth/caller';

/** A request to the emulated Graph, after authentication and routing: from a person or an application. */
export interface CallerRequest {
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
  /** The authenticated caller: a signed-in person or an application calling on its own (app-only). */
  readonly caller: Caller;
}

/** A request from a signed-in person: what routes that do not serve applications get. */
export interface SandboxRequest extends CallerRequest {
  /** The authenticated person. */
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
  /** Lays a .docx out as a tagged PDF with LibreOffice, where the sandbox has it (else the plain text PDF is used). */
  readonly officePdf?: (docx: Uint8Array) => Promise<Uint8Array>;
}

export type Handler = (req: SandboxRequest, ctx: SandboxContext) => SandboxResponse | Promise<SandboxResponse>;

/** A handler that serves applications too: it decides by `req.caller` (auth/app-access.ts for applications). */
export type CallerHandler = (req: CallerRequest, ctx: SandboxContext) => SandboxResponse | Promise<SandboxResponse>;

export interface RouteBase {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  readonly pattern: string;
}

/**
 * A Graph route, e.g. `{ method: 'GET', pattern: '/groups/:groupId/events/:eventId', handler }`. Only a route marked
 * `apps: true` serves an app-only caller; any other answers it 403 (Graph: the application lacks the permission).
 */
export type Route =
  | (RouteBase & { readonly handler: Handler; readonly apps?: false })
  | (RouteBase & { readonly handler: CallerHandler; readonly apps: true });

/** A route whose handler serves any caller (before `forApps` marks it so). */
export type CallerRoute = RouteBase & { readonly handler: CallerHandler };

/** The same route, serving applications as well as people. */
export const forApps = (route: CallerRoute): Route => ({ ...route, apps: true });

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
export type ControlRequest = Omit<CallerRequest, 'caller'>;

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
