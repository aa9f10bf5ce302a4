import type { SandboxResponse } from '../types';
import type { Page } from './page';

export function ok(body: unknown, headers?: Record<string, string>): SandboxResponse {
  return { status: 200, body, ...(headers ? { headers } : {}) };
}

export function created(body: unknown, headers?: Record<string, string>): SandboxResponse {
  return { status: 201, body, ...(headers ? { headers } : {}) };
}

export const noContent: SandboxResponse = { status: 204 };

/** A collection response `{ @odata.context, value, @odata.nextLink? }`. */
export function collection(baseUrl: string, contextFragment: string, page: Page<unknown> | readonly unknown[]): SandboxResponse {
  const p: Page<unknown> = Array.isArray(page) ? { items: page } : (page as Page<unknown>);
  return ok({
    '@odata.context': `${baseUrl}/$metadata#${contextFragment}`,
    ...(p.nextLink ? { '@odata.nextLink': p.nextLink } : {}),
    value: p.items,
  });
}
