import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMail } from '../../../../src/domain/mail/parse-mail';
import type { MailMessage } from '../../../../src/domain/mail/mail-types';
import { emlToMailMessage } from '../../../../src/store/mail/eml-to-message';
import { compare, corpusContext, loadCorpus, type FieldMiss } from './mail-corpus-support';

/**
 * The fixture corpus (tests/fixtures/mail): every .eml decoded with postal-mime, parsed, and compared field by
 * field with the expected JSON beside it. Reports field-level accuracy (goal ≥ 95 %) and throughput, and writes
 * both to test-results/parser-accuracy.json.
 */
describe('mail parser on the fixture corpus', () => {
  const corpus = loadCorpus();
  const context = corpusContext();
  let decoded: { name: string; mail: MailMessage; expected: Readonly<Record<string, unknown>> }[] = [];

  beforeAll(async () => {
    decoded = await Promise.all(corpus.map(async (c) => ({ name: c.name, mail: await emlToMailMessage(c.raw), expected: c.expected })));
  });

  it('has at least 40 mails, each with an expected result', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    for (const c of corpus) expect(Object.keys(c.expected).length).toBeGreaterThan(2);
  });

  it('reads the fields with at least 95 % field-level accuracy, and reports throughput', () => {
    let checked = 0;
    const misses: FieldMiss[] = [];
    const perMail: Record<string, { checked: number; wrong: string[] }> = {};
    for (const { name, mail, expected } of decoded) {
      const result = compare(name, parseMail(mail, context), expected);
      checked += result.checked;
      misses.push(...result.misses);
      perMail[name] = { checked: result.checked, wrong: result.misses.map((m) => m.field) };
    }
    const accuracy = (checked - misses.length) / checked;

    const rounds = 20;
    const started = performance.now();
    for (let r = 0; r < rounds; r++) for (const { mail } of decoded) parseMail(mail, context);
    const seconds = (performance.now() - started) / 1000;
    const mailsPerSecond = Math.round((rounds * decoded.length) / seconds);

    const report = {
      measuredAt: new Date().toISOString(),
      mails: decoded.length,
      fieldsChecked: checked,
      fieldsCorrect: checked - misses.length,
      accuracy: Math.round(accuracy * 10_000) / 10_000,
      goal: 0.95,
      throughput: { mailsPerSecond, note: 'parseMail only (bodies already decoded), mean over 20 rounds of the corpus' },
      misses,
      perMail,
    };
    const dir = join(__dirname, '..', '..', '..', '..', 'test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'parser-accuracy.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(
      `parser accuracy: ${(accuracy * 100).toFixed(1)} % of ${checked} fields over ${decoded.length} mails; throughput ${mailsPerSecond} mails/s` +
        (misses.length
          ? `\nmisses:\n${misses.map((m) => `  ${m.mail} ${m.field}: expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.actual)}`).join('\n')}`
          : ''),
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
    expect(mailsPerSecond).toBeGreaterThan(50);
  });

  it('classifies every mail as its fixture says (kind is never wrong)', () => {
    const wrong = decoded.filter(({ mail, expected }) => parseMail(mail, context).kind !== expected.kind).map((d) => d.name);
    expect(wrong).toEqual([]);
  });
});
