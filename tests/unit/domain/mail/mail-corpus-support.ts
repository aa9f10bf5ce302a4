import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParseContext, ParsedMail } from '../../../../src/domain/mail/mail-types';

export const CORPUS_DIR = join(__dirname, '..', '..', '..', 'fixtures', 'mail');

export interface CorpusMail {
  readonly name: string;
  readonly raw: Buffer;
  readonly expected: Readonly<Record<string, unknown>>;
}

export function loadCorpus(): CorpusMail[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.eml$/, '');
      const expected = JSON.parse(readFileSync(join(CORPUS_DIR, `${name}.expected.json`), 'utf8')) as Record<string, unknown>;
      return { name, raw: readFileSync(join(CORPUS_DIR, f)), expected };
    });
}

export function corpusContext(): ParseContext {
  return JSON.parse(readFileSync(join(CORPUS_DIR, 'context.json'), 'utf8')) as ParseContext;
}

/** Text compared with its whitespace collapsed (line wrapping is not a parsing result). */
const squash = (value: unknown): unknown =>
  typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : Array.isArray(value) ? value.map(squash) : value;

export function sameField(actual: unknown, expected: unknown): boolean {
  return JSON.stringify(squash(actual)) === JSON.stringify(squash(expected));
}

export interface FieldMiss {
  readonly mail: string;
  readonly field: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/** Compares the fields a fixture claims (every key of its expected JSON but "about"). */
export function compare(
  name: string,
  parsed: ParsedMail,
  expected: Readonly<Record<string, unknown>>,
): { checked: number; misses: FieldMiss[] } {
  const misses: FieldMiss[] = [];
  let checked = 0;
  for (const [field, want] of Object.entries(expected)) {
    if (field === 'about') continue;
    checked++;
    const got = (parsed as unknown as Record<string, unknown>)[field];
    if (!sameField(got, want)) misses.push({ mail: name, field, expected: want, actual: got });
  }
  return { checked, misses };
}
