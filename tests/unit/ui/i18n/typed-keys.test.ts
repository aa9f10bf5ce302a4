import { typeCheckFiles, type TypeCheckResult } from '../../../support/type-check';

/**
 * `tsc` over one small file and the i18n type declarations (src/ui/i18n/typed-keys.ts: i18next's CustomTypeOptions
 * with the Danish resources as the key types), in a tiny project of its own so it runs in seconds.
 */
function typeCheck(body: string): Promise<TypeCheckResult> {
  const example = `import type { TFunction } from 'i18next';\nimport '../src/ui/i18n/typed-keys.js';\ndeclare const t: TFunction;\n${body}\nexport {};\n`;
  return typeCheckFiles('.typed-keys-', { 'example.ts': example }, { module: 'nodenext', moduleResolution: 'nodenext' });
}

describe('every t() key is type-checked against the Danish resources', () => {
  it('accepts keys of the common strings and of a view, with their values and plurals', async () => {
    const result = await typeCheck(
      `t('app.loaded'); t('year.previous', { year: 2026 }); t('meeting.minutes', { count: 2 }); t('settings.weekdays.day.1');`,
    );
    expect(result).toEqual({ ok: true, output: '' });
  }, 60_000);

  it('fails on a key that is in no resource, naming it', async () => {
    const result = await typeCheck(`t('year.previus', { year: 2026 });`);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/example\.ts\(4,3\): error TS2345: [\s\S]*Type '"year\.previus"' is not assignable to type/);
  }, 60_000);
});
