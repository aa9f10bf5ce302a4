import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/**
 * The end of the chain when a fetch is injected (tests, or a Node host); otherwise the SDK's HTTPMessageHandler,
 * which calls the global `fetch` (Node 20 and browsers both have one).
 */
export class FetchHandler implements Middleware {
  constructor(private readonly fetchImpl: typeof fetch) {}

  async execute(context: Context): Promise<void> {
    context.response = await this.fetchImpl(context.request, context.options);
  }
}
