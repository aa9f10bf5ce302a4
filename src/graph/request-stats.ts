import type { RequestStats } from './graph-types';

/**
 * The counters behind `graph.stats`; the middleware and the `$batch` helper record into it. Every request put on
 * the wire counts, retries included: a 20-request `$batch` with 3 sub-requests retried once is 2 round trips,
 * 23 requests and 3 retries.
 */
export class CountingStats implements RequestStats {
  private counts = { roundTrips: 0, requests: 0, retries: 0 };

  get roundTrips(): number {
    return this.counts.roundTrips;
  }

  get requests(): number {
    return this.counts.requests;
  }

  get retries(): number {
    return this.counts.retries;
  }

  /** One HTTP exchange carrying `requests` logical requests (a `$batch` carries its sub-requests). */
  recordRoundTrip(requests: number): void {
    this.counts.roundTrips += 1;
    this.counts.requests += requests;
  }

  recordRetries(count: number): void {
    this.counts.retries += count;
  }

  reset(): void {
    this.counts = { roundTrips: 0, requests: 0, retries: 0 };
  }
}
