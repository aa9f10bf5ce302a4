import type { Context } from '@microsoft/microsoft-graph-client';
import type { CountingStats } from '../request-stats';
import { ChainedMiddleware, requestUrl } from './chained';

/** Records every HTTP exchange in `graph.stats`; a `$batch` counts once as a round trip and per sub-request. */
export class CountRequests extends ChainedMiddleware {
  constructor(private readonly stats: CountingStats) {
    super();
  }

  async execute(context: Context): Promise<void> {
    this.stats.recordRoundTrip(logicalRequests(context));
    await this.passOn(context);
  }
}

function logicalRequests(context: Context): number {
  const path = requestUrl(context).split('?')[0] ?? '';
  const body = context.options?.body;
  if (!path.endsWith('/$batch') || typeof body !== 'string') return 1;
  try {
    const parsed = JSON.parse(body) as { requests?: unknown };
    return Array.isArray(parsed.requests) ? parsed.requests.length : 1;
  } catch {
    return 1;
  }
}
