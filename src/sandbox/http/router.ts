/**
 * Matches request paths against route patterns. A segment `:name` matches one path segment;
 * `{*name}` inside a segment matches greedily across segments (for drive paths such as
 * `/drives/:driveId/root:{*path}:/content`). The most literal pattern wins.
 */

interface Patterned {
  readonly method: string;
  readonly pattern: string;
}

interface Compiled<R extends Patterned> {
  readonly route: R;
  readonly regex: RegExp;
  readonly names: readonly string[];
  readonly literalLength: number;
}

export type RouteMatch<R> =
  | { readonly kind: 'found'; readonly route: R; readonly params: Record<string, string> }
  | { readonly kind: 'method-not-allowed' }
  | { readonly kind: 'not-found'; readonly segment: string };

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile<R extends Patterned>(route: R): Compiled<R> {
  const names: string[] = [];
  let literalLength = 0;
  const source = route.pattern
    .split('/')
    .map((segment) => {
      if (segment.startsWith(':')) {
        names.push(segment.slice(1));
        return '([^/]+)';
      }
      return segment
        .split(/(\{\*[A-Za-z]+\})/)
        .map((part) => {
          const greedy = /^\{\*([A-Za-z]+)\}$/.exec(part);
          if (greedy?.[1]) {
            names.push(greedy[1]);
            return '(.+?)';
          }
          literalLength += part.length;
          return escape(part);
        })
        .join('');
    })
    .join('/');
  return { route, regex: new RegExp(`^${source}/?$`, 'i'), names, literalLength };
}

export class Router<R extends Patterned> {
  private readonly compiled: readonly Compiled<R>[];

  constructor(routes: readonly R[]) {
    this.compiled = routes.map(compile).sort((a, b) => b.literalLength - a.literalLength);
  }

  match(method: string, path: string): RouteMatch<R> {
    let pathMatched = false;
    for (const c of this.compiled) {
      const m = c.regex.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (c.route.method !== method.toUpperCase()) continue;
      const params: Record<string, string> = {};
      c.names.forEach((name, i) => {
        params[name] = safeDecode(m[i + 1] ?? '');
      });
      return { kind: 'found', route: c.route, params };
    }
    if (pathMatched) return { kind: 'method-not-allowed' };
    return { kind: 'not-found', segment: this.unknownSegment(path) };
  }

  /** The first segment of `path` that no route accepts at its position (Graph names it in its error). */
  private unknownSegment(path: string): string {
    const segments = path.split('/').filter((s) => s.length > 0);
    for (let n = 1; n <= segments.length; n += 1) {
      const prefix = `/${segments.slice(0, n).join('/')}`;
      const known = this.compiled.some((c) => prefixRegex(c.route.pattern, n).test(prefix));
      if (!known) return safeDecode(segments[n - 1] ?? '');
    }
    return safeDecode(segments[segments.length - 1] ?? '');
  }
}

function prefixRegex(pattern: string, segments: number): RegExp {
  const parts = pattern
    .split('/')
    .filter((s) => s.length > 0)
    .slice(0, segments);
  if (parts.length < segments) return /^(?!)/;
  const source = parts.map((p) => (p.startsWith(':') || p.includes('{*') ? '[^/]+' : escape(p))).join('/');
  return new RegExp(`^/${source}$`, 'i');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
