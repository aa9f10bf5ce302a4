/**
 * Every mail body and HTML fragment the app writes is built with the `html` tagged template (docs/ARCHITECTURE.md,
 * "HTML and mail bodies"): what is interpolated is escaped unless it is already `Html`, so a forgotten escape cannot
 * put a member's text into a mail as markup. `trusted()` is the one way to insert a string as markup, for markup we
 * built or a body we send back untouched; each use says why. The string leaves as `String(h)` where a Graph or Office
 * body is made. Lint (eslint.config.mjs) forbids HTML in untagged templates, string literals and `+`.
 */

const TOKEN = Symbol('Html');

/** Markup that is safe to send: built by `html`, or vouched for by `trusted()`. Not a string, so text cannot pass as it. */
export class Html {
  private readonly markup: string;

  /** Only `html` and `trusted` in this module hold the token. */
  constructor(token: typeof TOKEN, markup: string) {
    if (token !== TOKEN) throw new TypeError('Html is made by html`…` or trusted(), not by new.');
    this.markup = markup;
  }

  toString(): string {
    return this.markup;
  }

  /** A body that reaches JSON.stringify unrendered still goes out as its markup. */
  toJSON(): string {
    return this.markup;
  }
}

/** What may be interpolated: text and numbers (escaped), Html (as is), lists of these (joined), nothing. */
export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element content and in a quoted attribute value alike. */
function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

function renderValue(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.toString();
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(renderValue).join('');
  return escapeText(String(value));
}

/** A template part that ends inside a tag right after `name=`: a value there is not quoted, and escaping cannot keep it in. */
const UNQUOTED_ATTRIBUTE = /<[a-z][^<>]*\s[a-z-]+\s*=\s*$/i;
/** A template part that ends where a link's target begins. */
const URL_ATTRIBUTE = /<[a-z][^<>]*\s(?:href|src)\s*=\s*["']$/i;

/** Template parts checked once per call site (a tagged template's strings array is the same object each time). */
const checked = new WeakSet<TemplateStringsArray>();

function checkTemplate(strings: TemplateStringsArray): void {
  if (checked.has(strings)) return;
  strings.slice(0, -1).forEach((part) => {
    if (UNQUOTED_ATTRIBUTE.test(part)) throw new Error(`html\`…\`: quote the attribute value after ${JSON.stringify(part.slice(-40))}`);
  });
  checked.add(strings);
}

/**
 * Only http(s) links become anchors; anything else (javascript:, data:, a relative path) is shown as text. Returns the
 * URL as the parser writes it, or undefined.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The last guard on a link target written at the start of href/src: http(s) and mailto only, anything else empty. */
function urlValue(value: HtmlValue): string {
  const text = renderValue(value);
  if (value instanceof Html || Array.isArray(value)) return text;
  const raw = value === null || value === undefined || value === false ? '' : String(value);
  return safeHref(raw) !== undefined || /^mailto:/i.test(raw) ? text : '';
}

/**
 * The tag: `html\`<p>${text}</p>\`` escapes `text` (& < > " '); Html values go in as they are, arrays are joined,
 * null/undefined/false render nothing. A value at the start of an href or src must be an http(s) or mailto: URL
 * (anything else renders empty); an unquoted attribute value is refused when the template is first used.
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  checkTemplate(strings);
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    const before = strings[i] ?? '';
    out += (URL_ATTRIBUTE.test(before) ? urlValue(value) : renderValue(value)) + (strings[i + 1] ?? '');
  });
  return new Html(TOKEN, out);
}

/**
 * The one raw door: `markup` goes into the output unescaped. Only for markup we built ourselves or a body we hand back
 * byte for byte; never for text a member, a mail or a list item supplied. Every call carries a comment saying which.
 */
export function trusted(markup: string): Html {
  return new Html(TOKEN, markup);
}

/** The values with `separator` between them, as Array#join puts it (between empty ones too): HTML's `.join('<br>')`. */
export function joinHtml(values: readonly HtmlValue[], separator: HtmlValue): Html {
  return new Html(TOKEN, values.map(renderValue).join(renderValue(separator)));
}

/** Text with its line breaks kept: each line escaped, `<br>` between them. */
export function lineBreaks(text: string, newline: RegExp = /\r?\n/): Html {
  return new Html(TOKEN, text.split(newline).map(escapeText).join('<br>'));
}
