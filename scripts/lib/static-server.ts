import { createReadStream, promises as fs } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServerOptions {
  /** Sent with every page; `contentSecurityPolicyHeader` in ./content-security-policy.ts. */
  readonly contentSecurityPolicy: string;
  /** Default 127.0.0.1. */
  readonly host?: string;
}

/**
 * Serves the built app (dist/app) the way a static host would: files only, no fallback routing
 * (the app uses a hash router because Office nulls history.pushState). "/" serves index.html.
 * Source maps are never served, even if a build left one behind: users get no sources.
 */
export function serveStatic(root: string, port: number, options: StaticServerOptions): Promise<Server> {
  return listen(createServer(staticHandler(root, options)), port, options);
}

/** The same over https (`npm start -- --https`): Outlook and Teams load add-in pages and tabs only over https. */
export function serveStaticHttps(
  root: string,
  port: number,
  options: StaticServerOptions & { readonly tls: { readonly key: Buffer; readonly cert: Buffer } },
): Promise<HttpsServer> {
  return listen(createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, staticHandler(root, options)), port, options);
}

function listen<S extends Server | HttpsServer>(server: S, port: number, options: StaticServerOptions): Promise<S> {
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolveServer, reject) => {
    server.on('error', reject);
    server.listen(port, host, () => resolveServer(server));
  });
}

function staticHandler(root: string, options: StaticServerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const base = resolve(root);
  return (req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const rel = url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname);
      const file = normalize(join(base, rel));
      if (!file.startsWith(base)) {
        res.writeHead(403).end();
        return;
      }
      if (extname(file) === '.map') {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      try {
        const stat = await fs.stat(file);
        if (!stat.isFile()) throw new Error('not a file');
        const hashed = /\.[0-9a-f]{8,}\./.test(file);
        res.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Content-Length': stat.size,
          'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
          'X-Content-Type-Options': 'nosniff',
          ...(extname(file) === '.html' ? { 'Content-Security-Policy': options.contentSecurityPolicy } : {}),
        });
        createReadStream(file).pipe(res);
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      }
    })();
  };
}
