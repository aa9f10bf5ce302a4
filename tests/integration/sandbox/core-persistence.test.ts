import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '../../../src/sandbox/server';
import { call, startTestSandbox, tokenFor } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE, testSeed } from '../support/test-seed';

const SITE = `/sites/${TEST_FORUMS.steering.siteId}`;

interface Item {
  id: string;
  fields: Record<string, unknown>;
}

function startChild(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '../support/sandbox-process.ts'), dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
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
    const token = await tokenFor(first, TEST_PEOPLE.chair.mail);
    const created = await call<Item>(first, 'POST', `${SITE}/lists/Actions/items`, { token, body: { fields: { Title: 'Overlever genstart' } } });
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
    const token = await tokenFor(first, TEST_PEOPLE.chair.mail);
    await call(first, 'POST', `${SITE}/lists/Actions/items`, { token, body: { fields: { Title: 'Forsvinder' } } });
    await first.close();
    const second = await startSandbox({ port: 0, dataDir: first.dataDir, seed: testSeed, reset: true, quiet: true });
    try {
      const list = await call<{ value: Item[] }>(second, 'GET', `${SITE}/lists/Actions/items`, { token });
      expect(list.body.value).toEqual([]);
    } finally {
      await second.close();
      await rm(first.dataDir, { recursive: true, force: true });
    }
  });

  it('loses no acknowledged write when killed with SIGKILL mid-write', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sekretariat-kill-'));
    try {
      const { child, url } = await startChild(dataDir);
      const sb = { url, graphUrl: `${url}/v1.0` };
      const token = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
      const acknowledged: string[] = [];
      let stop = false;
      const writer = async (w: number): Promise<void> => {
        for (let n = 0; !stop; n += 1) {
          const title = `w${w}-${n}`;
          try {
            const res = await call<Item>(sb, 'POST', `${SITE}/lists/Actions/items`, { token, body: { fields: { Title: title } } });
            if (res.status === 201) acknowledged.push(title);
          } catch {
            return; // the connection died with the process
          }
        }
      };
      const writers = Array.from({ length: 8 }, (_, w) => writer(w));
      await new Promise((r) => setTimeout(r, 700));
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      stop = true;
      await Promise.all(writers);
      await exited;
      expect(acknowledged.length).toBeGreaterThan(10);
      if (process.env.SANDBOX_TEST_VERBOSE) console.log(`acknowledged before SIGKILL: ${acknowledged.length}`);

      const restarted = await startTestSandbox(undefined, { dataDir });
      try {
        const titles = new Set<string>();
        let next: string | undefined = `${SITE}/lists/Actions/items?expand=fields&$top=5000`;
        while (next) {
          const page: { body: { value: Item[]; '@odata.nextLink'?: string } } = await call(restarted, 'GET', next, { token });
          page.body.value.forEach((i) => titles.add(String(i.fields.Title)));
          next = page.body['@odata.nextLink'];
        }
        expect(acknowledged.filter((t) => !titles.has(t))).toEqual([]);
      } finally {
        await restarted.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60000);
});
