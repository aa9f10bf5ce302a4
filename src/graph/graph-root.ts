import { GraphError } from './graph-types';

/**
 * The Graph version root (`https://graph.microsoft.com/v1.0`, `http://localhost:3001/v1.0`) and the URLs under it.
 * Absolute URLs (nextLink, deltaLink) are accepted only under this root, so a token never goes elsewhere.
 */
export class GraphRoot {
  readonly root: string;
  readonly origin: string;
  /** For the SDK, which joins `baseUrl`, `defaultVersion` and the path. */
  readonly sdkBaseUrl: string;
  readonly version: string;

  constructor(baseUrl: string) {
    const parsed = new URL(baseUrl);
    this.origin = parsed.origin;
    this.root = `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
    const cut = this.root.lastIndexOf('/');
    if (cut < this.origin.length || cut === this.root.length - 1)
      throw new Error(`Graph base URL must end with the version, e.g. ${this.origin}/v1.0 (got ${baseUrl})`);
    this.sdkBaseUrl = this.root.slice(0, cut);
    this.version = this.root.slice(cut + 1);
  }

  /** The URL relative to the version root, with a leading slash ("/me/messages?$top=5"). */
  relative(url: string): string {
    if (!/^https?:\/\//i.test(url)) return url.startsWith('/') ? url : `/${url}`;
    const lower = url.toLowerCase();
    const root = this.root.toLowerCase();
    if (lower === root) return '/';
    if (lower.startsWith(`${root}/`) || lower.startsWith(`${root}?`)) return url.slice(this.root.length);
    throw new GraphError(0, 'foreignUrl', `Refusing to send a Graph request outside ${this.root}: ${new URL(url).origin}`);
  }

  absolute(url: string): string {
    return `${this.root}${this.relative(url)}`;
  }

  /**
   * The path as the SDK's GraphRequest should get it. The SDK treats any "https://" in the string as the start of
   * a host, so a "://" inside the query (a filter on a webUrl) is percent-encoded, which Graph reads the same.
   */
  sdkPath(url: string): string {
    const relative = this.relative(url);
    const q = relative.indexOf('?');
    if (q === -1) return relative;
    return relative.slice(0, q + 1) + relative.slice(q + 1).replace(/:\/\//g, '%3A%2F%2F');
  }
}
