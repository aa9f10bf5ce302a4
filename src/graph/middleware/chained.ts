import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/** Base for our middleware: holds the next link of the chain the SDK's HTTPClient wires with `setNext`. */
export abstract class ChainedMiddleware implements Middleware {
  private next: Middleware | undefined;

  abstract execute(context: Context): Promise<void>;

  setNext(next: Middleware): void {
    this.next = next;
  }

  protected passOn(context: Context): Promise<void> {
    if (!this.next) throw new Error(`${this.constructor.name} is the last middleware; the chain must end with an HTTP handler`);
    return this.next.execute(context);
  }
}

export function requestUrl(context: Context): string {
  return typeof context.request === 'string' ? context.request : context.request.url;
}

export function requestMethod(context: Context): string {
  return (context.options?.method ?? (typeof context.request === 'string' ? 'GET' : context.request.method)).toUpperCase();
}

/** Sets a header on the fetch options whatever form (object, Headers, pairs) they are in. */
export function setRequestHeader(context: Context, name: string, value: string | undefined): void {
  const options = (context.options ??= {});
  const headers = new Headers(options.headers);
  if (value === undefined) headers.delete(name);
  else headers.set(name, value);
  options.headers = Object.fromEntries(headers.entries());
}
