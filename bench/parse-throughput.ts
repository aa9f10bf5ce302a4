/**
 * Mails parsed per second over the fixture corpus (tests/fixtures/mail): the app's path (postal-mime decode +
 * parseMail) against the naive baseline of decoding only, in the same run, so the result is also a ratio.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseMail } from '../src/domain/mail/parse-mail';
import type { ParseContext } from '../src/domain/mail/mail-types';
import { emlToMailMessage } from '../src/store/mail/eml-to-message';

export interface ParseThroughput {
  readonly mails: number;
  readonly rounds: number;
  /** Decode + parse, mails per second. */
  readonly decodeAndParsePerSecond: number;
  /** Naive baseline: postal-mime decode only. */
  readonly decodeOnlyPerSecond: number;
  /** parseMail alone on already decoded mails. */
  readonly parseOnlyPerSecond: number;
  /** decodeAndParse / decodeOnly (1 = parsing is free). */
  readonly ratioToBaseline: number;
}

const corpusDir = resolve(__dirname, '..', 'tests', 'fixtures', 'mail');

async function perSecond(count: number, work: () => Promise<void> | void): Promise<number> {
  const started = performance.now();
  await work();
  return Math.round(count / ((performance.now() - started) / 1000));
}

export async function measureParseThroughput(rounds = 10): Promise<ParseThroughput> {
  const raws = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => readFileSync(join(corpusDir, f)));
  const context = JSON.parse(readFileSync(join(corpusDir, 'context.json'), 'utf8')) as ParseContext;
  const total = raws.length * rounds;
  // Warm up both paths once (JIT, lazy requires).
  const decoded = await Promise.all(raws.map((r) => emlToMailMessage(r)));
  for (const m of decoded) parseMail(m, context);

  const decodeOnly = await perSecond(total, async () => {
    for (let r = 0; r < rounds; r++) for (const raw of raws) await emlToMailMessage(raw);
  });
  const decodeAndParse = await perSecond(total, async () => {
    for (let r = 0; r < rounds; r++) for (const raw of raws) parseMail(await emlToMailMessage(raw), context);
  });
  const parseOnly = await perSecond(total, () => {
    for (let r = 0; r < rounds; r++) for (const m of decoded) parseMail(m, context);
  });
  return {
    mails: raws.length,
    rounds,
    decodeAndParsePerSecond: decodeAndParse,
    decodeOnlyPerSecond: decodeOnly,
    parseOnlyPerSecond: parseOnly,
    ratioToBaseline: Math.round((decodeAndParse / decodeOnly) * 1000) / 1000,
  };
}

if (require.main === module) {
  void measureParseThroughput().then((r) => console.log(JSON.stringify(r, null, 2)));
}
