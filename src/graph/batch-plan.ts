import type { GraphRequest } from './graph-types';

/** Graph's limit of sub-requests in one JSON `$batch`. */
export const MAX_BATCH_SIZE = 20;

export interface PlannedBatch {
  /** The sub-requests to send, `dependsOn` narrowed to ids in this batch. */
  readonly requests: readonly GraphRequest[];
  /** Dependencies met by earlier batches (id -> ids); a request whose such dependency failed is not sent. */
  readonly earlierDependencies: ReadonlyMap<string, readonly string[]>;
}

/** Batches in waves: every batch of a wave can go at once; a wave starts when the previous one is done. */
export type BatchPlan = readonly (readonly PlannedBatch[])[];

/**
 * Packs requests into batches of at most `maxSize`. Requests joined by `dependsOn` stay in one batch; a chain
 * larger than a batch is cut in dependency order, so every request's dependencies are in its batch or in a batch
 * of an earlier wave, and `dependsOn` across batches is dropped from the wire (the wave order enforces it).
 */
export function planBatches(requests: readonly GraphRequest[], maxSize: number = MAX_BATCH_SIZE): BatchPlan {
  const order = indexRequests(requests);
  const slicesByChain = chains(requests, order).map((chain) => slice(dependencyOrder(chain, order), maxSize));

  const contents: GraphRequest[][] = [];
  const batchOf = new Map<string, number>();
  for (const slices of slicesByChain) {
    let earliest = 0;
    for (const part of slices) {
      let target = contents.findIndex((batch, index) => index >= earliest && batch.length + part.length <= maxSize);
      if (target === -1) target = contents.push([]) - 1;
      contents[target]?.push(...part);
      for (const request of part) batchOf.set(request.id, target);
      earliest = target + 1;
    }
  }

  const waveOf: number[] = [];
  const waves: PlannedBatch[][] = [];
  contents.forEach((members, index) => {
    const inBatch = new Set(members.map((r) => r.id));
    const earlierDependencies = new Map<string, readonly string[]>();
    let wave = 0;
    const narrowed = members.map((request) => {
      const deps = request.dependsOn ?? [];
      const earlier = deps.filter((id) => !inBatch.has(id));
      for (const id of earlier) wave = Math.max(wave, (waveOf[batchOf.get(id) ?? 0] ?? 0) + 1);
      if (earlier.length > 0) earlierDependencies.set(request.id, earlier);
      const local = deps.filter((id) => inBatch.has(id));
      return withDependsOn(request, local);
    });
    const sent = dependencyOrder(narrowed, order);
    waveOf[index] = wave;
    (waves[wave] ??= []).push({ requests: sent, earlierDependencies });
  });
  return waves;
}

function withDependsOn(request: GraphRequest, dependsOn: readonly string[]): GraphRequest {
  const { dependsOn: _dropped, ...rest } = request;
  return dependsOn.length > 0 ? { ...rest, dependsOn } : rest;
}

function indexRequests(requests: readonly GraphRequest[]): Map<string, number> {
  const order = new Map<string, number>();
  requests.forEach((request, index) => {
    if (order.has(request.id)) throw new Error(`$batch request id "${request.id}" is used twice`);
    order.set(request.id, index);
  });
  for (const request of requests) {
    for (const dep of request.dependsOn ?? []) {
      if (!order.has(dep)) throw new Error(`$batch request "${request.id}" depends on unknown id "${dep}"`);
    }
  }
  return order;
}

/** Groups of requests connected by `dependsOn` (in either direction), in order of first appearance. */
function chains(requests: readonly GraphRequest[], order: Map<string, number>): GraphRequest[][] {
  const parent = requests.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[i] = root;
    return root;
  };
  requests.forEach((request, i) => {
    for (const dep of request.dependsOn ?? []) {
      const a = find(i);
      const b = find(order.get(dep) ?? i);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  });
  const groups = new Map<number, GraphRequest[]>();
  requests.forEach((request, i) => {
    const root = find(i);
    const group = groups.get(root) ?? [];
    group.push(request);
    groups.set(root, group);
  });
  return [...groups.values()];
}

/** Dependencies first, otherwise input order (Kahn's algorithm, stable). */
function dependencyOrder(chain: readonly GraphRequest[], order: Map<string, number>): GraphRequest[] {
  const remaining = new Map(chain.map((r) => [r.id, new Set(r.dependsOn ?? [])]));
  const sorted: GraphRequest[] = [];
  while (remaining.size > 0) {
    const ready = chain.filter((r) => remaining.get(r.id)?.size === 0);
    if (ready.length === 0) throw new Error(`$batch dependsOn has a cycle among ${[...remaining.keys()].join(', ')}`);
    ready.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    for (const request of ready) {
      sorted.push(request);
      remaining.delete(request.id);
      for (const deps of remaining.values()) deps.delete(request.id);
    }
  }
  return sorted;
}

function slice<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}
