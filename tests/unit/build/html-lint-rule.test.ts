import { lint, type Case } from '../../support/lint-text';

/**
 * The lint rule of issue 18 pt 2 (eslint.config.mjs, `htmlSyntax` and `escapeBan`) run with the project's own config
 * through ESLint's API: HTML written by hand in src is reported, the same HTML through html`…` is not.
 */

const DOMAIN = 'src/domain/example-mail.ts';
const IMPORT = "import { html, type Html } from './html';\n";

const BAD: Record<string, Case> = {
  'an untagged template with a tag': { file: DOMAIN, code: 'export const body = (name: string): string => `<p>Kære ${name}</p>`;\n' },
  'a + concatenation into a tag': { file: DOMAIN, code: "export const body = (name: string): string => '<p>Kære ' + name + '</p>';\n" },
  'an attribute opened in a template': {
    file: 'src/store/example-store.ts',
    code: 'export const link = (url: string): string => `<a href="${url}">x</a>`;\n',
  },
  'markup joined from string literals': {
    file: 'src/ui/outlook/example.ts',
    code: "export const lines = (xs: string[]): string => xs.join('<br>');\n",
  },
  'an untagged template nested in html``': {
    file: DOMAIN,
    code: `${IMPORT}export const body = (b: boolean): Html => html\`<p>\${b ? \`<b>x</b>\` : ''}</p>\`;\n`,
  },
  'escapeHtml defined again': {
    file: DOMAIN,
    code: "export function escapeHtml(text: string): string {\n  return text.replace(/</g, '&lt;');\n}\n",
  },
  'escapeHtml in the sandbox': { file: 'src/sandbox/mail/example.ts', code: 'export const escapeHtml = (text: string): string => text;\n' },
};

const GOOD: Record<string, Case> = {
  'the same body through html``': {
    file: DOMAIN,
    code: `${IMPORT}export const body = (name: string): Html => html\`<p>Kære \${name}</p>\`;\n`,
  },
  'a link through html``': { file: DOMAIN, code: `${IMPORT}export const link = (url: string): Html => html\`<a href="\${url}">x</a>\`;\n` },
  'searching HTML (not writing it)': {
    file: 'src/domain/example-parse.ts',
    code: "export const anchorAt = (body: string): number => body.lastIndexOf('<a ');\n",
  },
  'a placeholder that is no element': {
    file: 'src/cli/commands/example.ts',
    code: "export const usage = 'Brug: sekretariat <kommando> [tilvalg]';\n",
  },
  'the sandbox emulating Exchange': {
    file: 'src/sandbox/mail/example.ts',
    code: 'export const reply = (comment: string, body: string): string => `<p>${comment}</p>${body}`;\n',
  },
};

describe('lint: HTML only through html`…`', () => {
  const names = [...Object.keys(BAD), ...Object.keys(GOOD)];
  const results = new Map<string, string[]>();

  beforeAll(() => {
    const answers = lint([...Object.values(BAD), ...Object.values(GOOD)]);
    names.forEach((name, i) => results.set(name, answers[i] ?? []));
  }, 60_000);

  it.each(Object.keys(BAD))('reports %s', (name) => {
    const messages = results.get(name) ?? [];
    expect(messages.some((m) => m.startsWith('no-restricted-syntax: ') && /html`…`/.test(m))).toBe(true);
  });

  it.each(Object.keys(GOOD))('accepts %s', (name) => {
    expect(results.get(name)).toEqual([]);
  });
});
