/**
 * Mails parsed per second over the fixture corpus (tests/fixtures/mail): the app's path (postal-mime decode +
 * parseMail) against the naive baseline of decoding only, in the same run, so the result is also a ratio.
 *
 * Measured in a Node process of its own (`measureParseThroughput` spawns this file), so the heap and the lazily
 * compiled code the rest of `npm run bench` leaves behind (Playwright, the sandbox, webpack's stats) are not in it.
 * Each path first runs until its speed settles, then the three paths take turns, five samples each of at least
 * SAMPLE_MS, and each path's median sample is its speed: one garbage collection or a busy neighbour moves one sample,
 * not the result.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseMail } from '../src/domain/mail/parse-mail';
import type { MailMessage, ParseContext } from '../src/domain/mail/mail-types';
import { emlToMailMessage } from '../src/store/mail/eml-to-message';

export interface ParseThroughput {
  readonly mails: number;
  /** Timed samples per path; each path's speed is the median of its samples. */
  readonly samples: number;
  /** Decode + parse, mails per second. */
  readonly decodeAndParsePerSecond: number;
  /** Naive baseline: postal-mime decode only. */
  readonly decodeOnlyPerSecond: number;
  /** parseMail alone on already decoded mails. */
  readonly parseOnlyPerSecond: number;
  /** decodeAndParse / decodeOnly (1 = parsing is free). */
  readonly ratioToBaseline: number;
  /**
   * Decode + parse in the process's first pass over the corpus, before any of it is compiled: what a `sekretariat
   * intake` run over a folder of a few dozen mails gets. Not the measure of point 7 (throughput), shown beside it.
   */
  readonly firstPassPerSecond: number;
}

const corpusDir = resolve(__dirname, '..', 'tests', 'fixtures', 'mail');
const SAMPLES = 5;
const SAMPLE_MS = 400;
/** Warm-up per path: until two passes in a row differ by under 10 %, at most this long. */
const WARM_UP_MS = 3000;

/** One pass over the corpus; answers the mails it handled. */
type Pass = () => Promise<number>;

/** Mails per second of whole passes repeated until at least `ms` have gone. */
async function sample(pass: Pass, ms: number): Promise<number> {
  const started = performance.now();
  let mails = 0;
  let elapsed = 0;
  do {
    mails += await pass();
    elapsed = performance.now() - started;
  } while (elapsed < ms);
  return mails / (elapsed / 1000);
}

async function warmUp(pass: Pass): Promise<void> {
  const until = performance.now() + WARM_UP_MS;
  let last = 0;
  while (performance.now() < until) {
    const speed = await sample(pass, SAMPLE_MS / 4);
    if (last > 0 && Math.abs(speed - last) / last < 0.1) return;
    last = speed;
  }
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** The measurement itself, in this process. */
export async function measureHere(): Promise<ParseThroughput> {
  const raws = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => readFileSync(join(corpusDir, f)));
  const context = JSON.parse(readFileSync(join(corpusDir, 'context.json'), 'utf8')) as ParseContext;
  const firstPass = await sample(async () => {
    for (const raw of raws) parseMail(await emlToMailMessage(raw), context);
    return raws.length;
  }, 0);
  const decoded: MailMessage[] = await Promise.all(raws.map((r) => emlToMailMessage(r)));
  const paths: Record<'decodeOnly' | 'decodeAndParse' | 'parseOnly', Pass> = {
    decodeOnly: async () => {
      for (const raw of raws) await emlToMailMessage(raw);
      return raws.length;
    },
    decodeAndParse: async () => {
      for (const raw of raws) parseMail(await emlToMailMessage(raw), context);
      return raws.length;
    },
    parseOnly: () => {
      for (const m of decoded) parseMail(m, context);
      return Promise.resolve(decoded.length);
    },
  };
  for (const pass of Object.values(paths)) await warmUp(pass);
  const speeds = { decodeOnly: [] as number[], decodeAndParse: [] as number[], parseOnly: [] as number[] };
  for (let s = 0; s < SAMPLES; s++) {
    for (const [name, pass] of Object.entries(paths) as [keyof typeof paths, Pass][]) speeds[name].push(await sample(pass, SAMPLE_MS));
  }
  const decodeAndParse = Math.round(median(speeds.decodeAndParse));
  const decodeOnly = Math.round(median(speeds.decodeOnly));
  return {
    mails: raws.length,
    samples: SAMPLES,
    decodeAndParsePerSecond: decodeAndParse,
    decodeOnlyPerSecond: decodeOnly,
    parseOnlyPerSecond: Math.round(median(speeds.parseOnly)),
    ratioToBaseline: Math.round((decodeAndParse / decodeOnly) * 1000) / 1000,
    firstPassPerSecond: Math.round(firstPass),
  };
}

/** The measurement in a fresh Node process (see the file's comment). */
export function measureParseThroughput(): Promise<ParseThroughput> {
  const run = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--json'], { encoding: 'utf8' });
  if (run.status !== 0) return Promise.reject(new Error(`bench: the parse measurement failed: ${run.stderr}`));
  return Promise.resolve(JSON.parse(run.stdout) as ParseThroughput);
}

if (require.main === module) {
  void measureHere().then((r) => console.log(process.argv.includes('--json') ? JSON.stringify(r) : JSON.stringify(r, null, 2)));
}
