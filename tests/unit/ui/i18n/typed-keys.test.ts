import { typeCheckFiles, type TypeCheckResult } from '../../../support/type-check';

/**
 * `tsc` over one small file and the i18n type declarations (src/ui/i18n/typed-keys.ts: i18next's CustomTypeOptions
 * with the shell's strings as `translation` and each feature's namespace, all typed by their Danish resources), in a
 * tiny project of its own so it runs in seconds. The body starts on line 5.
 */
function typeCheck(body: string): Promise<TypeCheckResult> {
  const example = [
    `import type { TFunction } from 'i18next';`,
    `import { useTranslation } from 'react-i18next';`,
    `import '../src/ui/i18n/typed-keys.js';`,
    `declare const t: TFunction;`,
    body,
    `export {};`,
  ].join('\n');
  return typeCheckFiles('.typed-keys-', { 'example.ts': example }, { module: 'nodenext', moduleResolution: 'nodenext' });
}

describe('every t() key is type-checked against the Danish resources', () => {
  it("accepts the shell's keys, a view's keys in its namespace, the shell's through it, and another namespace's with its prefix", async () => {
    const result = await typeCheck(
      [
        `t('app.loaded'); t('language.switchTo', { language: 'English' });`,
        `const planning = useTranslation('planning').t; planning('title', { forum: 'X' }); planning('app.loaded');`,
        `const settings = useTranslation('settings').t; settings('weekdays.day.1');`,
        `const both = useTranslation(['year', 'planning']).t; both('previous', { year: 2026 }); both('planDialog.title', { year: 2026 }); both('planning:back');`,
        `t('fetchFrom', { ns: 'intake', mailbox: 'x' }); useTranslation('meeting').t('minutes', { count: 2 });`,
      ].join('\n'),
    );
    expect(result).toEqual({ ok: true, output: '' });
  }, 60_000);

  it("fails on a key that is not in the view's namespace, naming it", async () => {
    const result = await typeCheck(`const { t: planning } = useTranslation('planning');\nplanning('noSuchKey');`);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/example\.ts\(6,10\): error TS2345: [\s\S]*Type '"noSuchKey"' is not assignable to type/);
  }, 60_000);

  it("fails on another namespace's key used without its prefix, and on the old prefixed key", async () => {
    const result = await typeCheck(
      `const { t: planning } = useTranslation('planning');\nplanning('previous', { year: 2026 });\nt('year.previous', { year: 2026 });`,
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/example\.ts\(6,10\): error TS2345: [\s\S]*"previous"/);
    expect(result.output).toMatch(/example\.ts\(7,3\): error TS2345: [\s\S]*"year\.previous"/);
  }, 60_000);

  it('fails on a shell key that is in no resource, naming it', async () => {
    const result = await typeCheck(`t('app.loadedd');`);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/example\.ts\(5,3\): error TS2345: [\s\S]*Type '"app\.loadedd"' is not assignable to type/);
  }, 60_000);
});
