import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STATE_FILE } from '../../../src/sandbox/persistence/db';
import { startSandbox } from '../../../src/sandbox/server';
import { call, startTestSandbox, tokenFor } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE, testSeed } from '../support/test-seed';

const SITE = `/sites/${TEST_FORUMS.steering.siteId}`;

interface Item {
  id: string;
  fields: Record<string, unknown>;
}

function startChild(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '../support/sandbox-process.ts'), dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, url: (JSON.parse(line) as { url: string }).url });
    });
    child.once('exit', (code) => reject(new Error(`sandbox process exited with ${String(code)}`)));
  });
}

describe('sandbox: durable state', () => {
  it('keeps its state and its tokens across a restart', async () => {
    const first = await startTestSandbox();
    const token = await tokenFor(first, TEST_PEOPLE.secretary.mail);
    const created = await call<Item>(first, 'POST', `${SITE}/lists/Actions/items`, {
      token,
      body: { fields: { Title: 'Overlever genstart' } },
    });
    await first.close();

    const second = await startTestSandbox(undefined, { dataDir: first.dataDir });
    try {
      const again = await call<Item>(second, 'GET', `${SITE}/lists/Actions/items/${created.body.id}?expand=fields`, { token });
      expect(again.status).toBe(200);
      expect(again.body.fields.Title).toBe('Overlever genstart');
    } finally {
      await second.dispose();
    }
  });

  it('reseeds on reset', async () => {
    const first = await startTestSandbox();
    const token = await tokenFor(first, TEST_PEOPLE.secretary.mail);
    await call(first, 'POST', `${SITE}/lists/Actions/items`, { token, body: { fields: { Title: 'Forsvinder' } } });
    await first.close();
    const second = await startSandbox({ port: 0, dataDir: first.dataDir, seed: testSeed, reset: true, quiet: true, pdf: 'text' });
    try {
      const list = await call<{ value: Item[] }>(second, 'GET', `${SITE}/lists/Actions/items`, { token });
      expect(list.body.value).toEqual([]);
    } finally {
      await second.close();
      await rm(first.dataDir, { recursive: true, force: true });
    }
  });

  it('loses no acknowledged write when killed with SIGKILL mid-write, and leaves nothing half-written', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sekretariat-kill-'));
    try {
      const { child, url } = await startChild(dataDir);
      const sb = { url, graphUrl: `${url}/v1.0` };
      const token = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
      // Each write is several columns, one of them long: a write torn by the kill would show as an item that differs from what was sent.
      const fieldsFor = (title: string): Record<string, string> => ({
        Title: title,
        OwnerEmail: `${title}@kill.example`,
        CorrelationId: `kill-${title}`,
        Notes: `${title} `.repeat(300).trim(),
      });
      const sent = new Map<string, Record<string, string>>();
      const acknowledged: string[] = [];
      // The kill waits for some acknowledged writes (however long they take: a count reached, not a speed), with more in flight.
      const KILL_AFTER = 20;
      let enoughAcknowledged: () => void = () => undefined;
      const acknowledgedSome = new Promise<void>((resolve) => (enoughAcknowledged = resolve));
      let stop = false;
      const writer = async (w: number): Promise<void> => {
        for (let n = 0; !stop; n += 1) {
          const title = `w${w}-${n}`;
          sent.set(title, fieldsFor(title));
          try {
            const res = await call<Item>(sb, 'POST', `${SITE}/lists/Actions/items`, { token, body: { fields: fieldsFor(title) } });
            if (res.status === 201) {
              if (acknowledged.push(title) >= KILL_AFTER) enoughAcknowledged();
            }
          } catch {
            return; // the connection died with the process
          }
        }
      };
      const writers = Array.from({ length: 8 }, (_, w) => writer(w));
      await acknowledgedSome;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      stop = true;
      await Promise.all(writers);
      await exited;
      if (process.env.SANDBOX_TEST_VERBOSE) console.log(`acknowledged before SIGKILL: ${acknowledged.length} of ${sent.size} sent`);
      expect(acknowledged.length).toBeGreaterThanOrEqual(1);

      // The state file on disk is whole JSON: the old state or the new one, never a torn write.
      const onDisk = await readFile(join(dataDir, STATE_FILE), 'utf8');
      expect(() => JSON.parse(onDisk) as unknown).not.toThrow();

      const restarted = await startTestSandbox(undefined, { dataDir });
      try {
        const stored = new Map<string, Record<string, unknown>>();
        let next: string | undefined = `${SITE}/lists/Actions/items?expand=fields&$top=5000`;
        while (next) {
          const page: { body: { value: Item[]; '@odata.nextLink'?: string } } = await call(restarted, 'GET', next, { token });
          page.body.value.forEach((i) => stored.set(String(i.fields.Title), i.fields));
          next = page.body['@odata.nextLink'];
        }
        // Every acknowledged write survived.
        expect(acknowledged.filter((t) => !stored.has(t))).toEqual([]);
        // Nothing half-written: every item the writers made — acknowledged or not (its answer died with the process) — is exactly what was sent.
        const ours = [...stored.entries()].filter(([title]) => /^w\d+-\d+$/.test(title));
        const asStored = ours.map(([title, fields]) => [
          title,
          Object.fromEntries(Object.keys(fieldsFor(title)).map((k) => [k, fields[k]])),
        ]);
        expect(asStored).toEqual(ours.map(([title]) => [title, sent.get(title)]));
      } finally {
        await restarted.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60000);
});
