import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TokenIssuer } from './auth/tokens';
import { runBatch } from './batch/batch';
import { FaultInjector } from './control/faults';
import { RequestStats } from './control/stats';
import { unacceptableBodyError } from './http/control-body';
import { corsHeaders } from './http/cors';
import { DROP, GraphDispatcher, splitTarget } from './http/dispatch';
import type { CallIds, GraphCall } from './http/dispatch';
import { errorResponse } from './http/errors';
import { foreignHostError } from './http/local-host';
import { Router } from './http/router';
import { GraphHttpError } from './http/types';
import type { ControlRoute, SandboxContext, SandboxResponse } from './http/types';
import { JsonFileDb } from './persistence/db';
import { controlRoutes, graphRoutes } from './routes';
import { initialState } from './seed/initial-state';
import type { Seed } from './seed/types';
import { findSoffice, LibreOfficePdf, type PdfRenderer } from './drive/office-pdf';
import { isSharePointTarget, SharePointDispatcher } from './sharepoint/dispatch';
import { uploadUrlRequest } from './drive/upload-sessions';

export interface SandboxOptions {
  /** 0 picks a free port. */
  readonly port: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
  readonly dataDir: string;
  /** Discard the stored state and seed afresh. */
  readonly reset?: boolean;
  readonly seed: Seed;
  readonly now?: () => Date;
  /** No logging of unexpected errors. */
  readonly quiet?: boolean;
  /** Web origins that may call the sandbox from a browser (CORS), e.g. the app's "http://localhost:3000"; none by default. */
  readonly allowedOrigins?: readonly string[];
  /**
   * How `content?format=pdf` renders a .docx: 'libreoffice' (as Office would: layout, tagged, fonts embedded; fails to
   * start without it), 'text' (a plain text PDF, quick and readable by tests), 'auto' (LibreOffice where installed).
   * Default 'auto'.
   */
  readonly pdf?: PdfRenderer | 'auto';
}

export interface RunningSandbox {
  /** e.g. http://127.0.0.1:3001 */
  readonly url: string;
  /** url + '/v1.0' */
  readonly graphUrl: string;
  close(): Promise<void>;
}

const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
const MAX_BODY = 50 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) req.destroy(new Error('request body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function lowerHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** JSON when the request says so; a malformed payload is Graph's 400. */
function parseJson(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0 || !/json/i.test(contentType ?? '')) return undefined;
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    throw new GraphHttpError(
      400,
      'BadRequest',
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    );
  }
}

function send(res: ServerResponse, out: SandboxResponse, base: Record<string, string>): void {
  const headers: Record<string, string> = { ...base, ...(out.headers ?? {}) };
  let payload: Buffer | undefined;
  if (Buffer.isBuffer(out.body)) payload = out.body;
  else if (out.body !== undefined) {
    payload = Buffer.from(JSON.stringify(out.body));
    headers['Content-Type'] = JSON_TYPE;
  }
  if (payload) headers['Content-Length'] = String(payload.length);
  res.writeHead(out.status, headers);
  res.end(payload);
}

/** Starts the Graph sandbox: `/v1.0/...` (the emulated Graph), `/sites/<name>/_api/...` (SharePoint REST) and `/_sandbox/...` (control). */
/** The LibreOffice converter the options ask for; without LibreOffice, 'auto' says once how to get it. */
function officePdfFor(mode: PdfRenderer | 'auto', quiet: boolean): LibreOfficePdf | undefined {
  if (mode === 'text') return undefined;
  const soffice = findSoffice();
  if (!soffice) {
    if (mode === 'libreoffice')
      throw new Error(
        'LibreOffice (soffice) was not found: apt-get install -y libreoffice-writer-nogui fonts-crosextra-carlito, or set SEKRETARIAT_SOFFICE.',
      );
    if (!quiet)
      console.error(
        'sandbox: LibreOffice not found — PDFs are plain text renderings. For the real layout: apt-get install -y libreoffice-writer-nogui fonts-crosextra-carlito',
      );
    return undefined;
  }
  const converter = new LibreOfficePdf(soffice);
  converter.warmUp();
  return converter;
}

export async function startSandbox(opts: SandboxOptions): Promise<RunningSandbox> {
  const host = opts.host ?? '127.0.0.1';
  const now = opts.now ?? ((): Date => new Date());
  const quiet = opts.quiet ?? false;
  await mkdir(opts.dataDir, { recursive: true });
  const db = await JsonFileDb.open(opts.dataDir, () => initialState(opts.seed, now()), opts.reset ?? false);
  const tokens = await TokenIssuer.open(opts.dataDir);
  const faults = new FaultInjector();
  const stats = new RequestStats();
  const officePdf = officePdfFor(opts.pdf ?? 'auto', quiet);
  const dispatcher = new GraphDispatcher({
    router: new Router(graphRoutes),
    db,
    tokens,
    faults,
    stats,
    now,
    newId: randomUUID,
    quiet,
    ...(officePdf ? { officePdf: (docx: Uint8Array) => officePdf.convert(docx) } : {}),
  });
  dispatcher.batch = (call, _caller, ctx, _ids) => runBatch(call, (sub, ids) => dispatcher.handle(sub, ctx.baseUrl, ids, true));
  const control = new Router<ControlRoute>(controlRoutes({ tokens, faults, stats, seeded: () => initialState(opts.seed, now()) }));
  const sharePoint = new SharePointDispatcher({ db, tokens, stats, now, quiet });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const headers = lowerHeaders(req);
    const requestId = randomUUID();
    const ids: CallIds = { requestId, clientRequestId: headers['client-request-id'] ?? requestId, date: now() };
    const misdirected = foreignHostError(headers.host);
    if (misdirected)
      return send(res, errorResponse(misdirected.status, misdirected.code, misdirected.message, ids), {
        'request-id': ids.requestId,
        'client-request-id': ids.clientRequestId,
      });
    const base = { ...corsHeaders(req, opts.allowedOrigins ?? []), 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId };
    const target = req.url ?? '/';
    if (req.method === 'OPTIONS') return send(res, { status: 204 }, base);
    const baseUrl = `http://${headers.host ?? `${host}`}/v1.0`;
    try {
      const rawBody = await readBody(req);
      if (/^\/v1\.0(\/|\?|$)/i.test(target)) {
        const call: GraphCall = {
          method: req.method ?? 'GET',
          target: target.slice('/v1.0'.length) || '/',
          headers,
          rawBody,
          body: parseJson(rawBody, headers['content-type']),
        };
        const result = await dispatcher.handle(call, baseUrl, ids);
        if (result === DROP) {
          req.socket.destroy();
          return;
        }
        return send(res, result, base);
      }
      // An upload session's URL (drive/upload-sessions.ts): on the storage host, outside Graph's root, no token.
      if (/^\/_upload\//i.test(target))
        return send(
          res,
          await uploadUrlRequest({ method: req.method ?? 'GET', target, headers, rawBody }, { db, baseUrl, now, newId: randomUUID }),
          base,
        );
      if (isSharePointTarget(target))
        return send(res, await sharePoint.handle({ method: req.method ?? 'GET', target, headers, rawBody }), base);
      if (/^\/_sandbox(\/|\?|$)/i.test(target)) {
        const { path, query } = splitTarget(target.slice('/_sandbox'.length) || '/');
        const match = control.match(req.method ?? 'GET', path);
        if (match.kind !== 'found')
          throw new GraphHttpError(404, 'NotFound', `No sandbox control endpoint ${req.method ?? ''} /_sandbox${path}.`);
        const refused = unacceptableBodyError(req.method ?? 'GET', match.route, headers['content-type'], rawBody.length);
        if (refused) throw refused;
        const ctx: SandboxContext = { db, baseUrl, now, newId: randomUUID };
        const body = parseJson(rawBody, headers['content-type']);
        return send(
          res,
          await match.route.handler({ method: req.method ?? 'GET', path, params: match.params, query, headers, body, rawBody }, ctx),
          base,
        );
      }
      throw new GraphHttpError(404, 'NotFound', 'The sandbox serves Microsoft Graph at /v1.0 and its control API at /_sandbox.');
    } catch (e) {
      if (e instanceof GraphHttpError) return send(res, errorResponse(e.status, e.code, e.message, ids, e.headers), base);
      if (!quiet) console.error('sandbox: request failed', e);
      return send(res, errorResponse(500, 'generalException', 'An unexpected error occurred in the sandbox.', ids), base);
    }
  };

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;
  return {
    url,
    graphUrl: `${url}/v1.0`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await db.close();
      await officePdf?.dispose();
    },
  };
}
