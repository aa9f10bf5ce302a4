/** Requests served by the emulated Graph: HTTP round trips, batch sub-requests, and both by route pattern. */
export class RequestStats {
  private total = 0;
  private subRequests = 0;
  private byRoute = new Map<string, number>();

  /** One HTTP request to /v1.0 (a `$batch` counts once here). */
  countRoundTrip(routeKey: string): void {
    this.total += 1;
    this.bump(routeKey);
  }

  /** One sub-request inside a `$batch`. */
  countSubRequest(routeKey: string): void {
    this.subRequests += 1;
    this.bump(routeKey);
  }

  snapshot(): { total: number; subRequests: number; byRoute: Record<string, number> } {
    return { total: this.total, subRequests: this.subRequests, byRoute: Object.fromEntries(this.byRoute) };
  }

  reset(): void {
    this.total = 0;
    this.subRequests = 0;
    this.byRoute = new Map();
  }

  private bump(key: string): void {
    this.byRoute.set(key, (this.byRoute.get(key) ?? 0) + 1);
  }
}
