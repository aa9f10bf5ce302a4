import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { current, isDraft, produce, setAutoFreeze } from 'immer';
import type { SandboxDb, SandboxState } from '../state';
import { writeFileAtomic } from './atomic-file';

// Handlers may keep and return plain objects from the state; freezing them would surprise callers.
setAutoFreeze(false);

export const STATE_FILE = 'state.json';

/**
 * The sandbox state as one JSON file with group commit: each `mutate` applies its change in memory
 * at once (transactionally, through an immer draft, so a throwing `fn` changes nothing) and
 * resolves when a flush that includes it is on disk. Mutations arriving during a flush share the
 * next one.
 */
export class JsonFileDb implements SandboxDb {
  private current: SandboxState;
  private written: SandboxState;
  private writing = false;
  private waiting: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  private idle: Promise<void> = Promise.resolve();

  private constructor(
    private readonly file: string,
    state: SandboxState,
    alreadyOnDisk: boolean,
  ) {
    this.current = state;
    this.written = alreadyOnDisk ? state : ({} as SandboxState);
  }

  /** Loads the state from `dataDir`, or creates it with `initial()` (always when `reset`). */
  static async open(dataDir: string, initial: () => SandboxState, reset = false): Promise<JsonFileDb> {
    const file = join(dataDir, STATE_FILE);
    if (!reset) {
      const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return undefined;
        throw e;
      });
      if (text !== undefined) return new JsonFileDb(file, JSON.parse(text) as SandboxState, true);
    }
    const db = new JsonFileDb(file, initial(), false);
    await db.flush();
    return db;
  }

  get state(): SandboxState {
    return this.current;
  }

  async mutate<T>(fn: (state: SandboxState) => T): Promise<T> {
    let result: T | undefined;
    this.current = produce(this.current, (draft) => {
      result = undraft(fn(draft as SandboxState));
    });
    await this.flush();
    return result as T;
  }

  /** Resolves when everything applied so far is durable. */
  flush(): Promise<void> {
    if (this.current === this.written && !this.writing) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.kick();
    });
  }

  /** Waits for writes in progress (for a clean shutdown). */
  async close(): Promise<void> {
    await this.flush();
    await this.idle;
  }

  private kick(): void {
    if (this.writing || this.waiting.length === 0) return;
    const batch = this.waiting;
    this.waiting = [];
    if (this.current === this.written) {
      batch.forEach((w) => w.resolve());
      return;
    }
    const snapshot = this.current;
    this.writing = true;
    this.idle = writeFileAtomic(this.file, JSON.stringify(snapshot))
      .then(
        () => {
          this.written = snapshot;
          batch.forEach((w) => w.resolve());
        },
        (e: unknown) => batch.forEach((w) => w.reject(e)),
      )
      .finally(() => {
        this.writing = false;
        this.kick();
      });
  }
}

/** Replaces immer drafts inside a mutation's result by plain copies (drafts die with the mutation). */
function undraft<T>(value: T): T {
  if (isDraft(value)) return (current as (draft: unknown) => unknown)(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => undraft(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = undraft(v);
    return out as T;
  }
  return value;
}
