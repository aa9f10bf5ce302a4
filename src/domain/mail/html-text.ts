import { compile, type FormatCallback, type HtmlToTextOptions } from 'html-to-text';
import { MAX_BODY_CHARS, MAX_HTML_CHILDREN, MAX_HTML_DEPTH, MAX_HTML_TAGS } from './limits';

/** The line the text step puts where an Outlook/Gmail/Apple reply or forward begins; quotes.ts cuts there. */
export const QUOTE_MARKER = '-----Original Message-----';

/** Writes QUOTE_MARKER on its own line, then the element's content (the quoted header and message). */
const quoteMarker: FormatCallback = (elem, walk, builder) => {
  builder.openBlock({ leadingLineBreaks: 2 });
  builder.addLiteral(QUOTE_MARKER);
  builder.closeBlock({ trailingLineBreaks: 1 });
  walk(elem.children, builder);
};

const skip = (selector: string) => ({ selector, format: 'skip' });
const block = (selector: string) => ({ selector, format: 'block' });
const marker = (selector: string) => ({ selector, format: 'quoteMarker' });

/**
 * The sanitising text step: html-to-text parses the HTML (htmlparser2, nothing executed, no DOM) and writes text.
 * Active and invisible content (script, style, head, templates, frames, objects, images) is skipped, links keep
 * only their text (a javascript: href never reaches the output), depth and width of the tree are capped.
 * Outlook's reply/forward blocks (divRplyFwdMsg, appendonsend, the border-top header div) and Gmail/Apple/Thunderbird
 * quote wrappers become a QUOTE_MARKER line; blockquotes become "> " lines. Table cells are blocks so
 * "<td>Tidsforbrug</td><td>15 min</td>" reads as a heading and its value.
 */
const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  decodeEntities: true,
  limits: { maxInputLength: MAX_BODY_CHARS, maxDepth: MAX_HTML_DEPTH, maxChildNodes: MAX_HTML_CHILDREN, ellipsis: '' },
  formatters: { quoteMarker },
  selectors: [
    ...[
      'script',
      'style',
      'head',
      'title',
      'noscript',
      'template',
      'iframe',
      'object',
      'embed',
      'svg',
      'img',
      'video',
      'audio',
      'canvas',
      'form',
      'button',
      'select',
      'input',
      'textarea',
    ].map(skip),
    { selector: 'a', options: { ignoreHref: true } },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => ({
      selector: h,
      options: { uppercase: false, leadingLineBreaks: 1, trailingLineBreaks: 1 },
    })),
    { selector: 'p', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: 'ul', options: { itemPrefix: '- ' } },
    { selector: 'table', format: 'block' },
    ...['tr', 'td', 'th', 'thead', 'tbody', 'tfoot'].map(block),
    { selector: 'hr', format: 'skip' },
    ...[
      'div#divRplyFwdMsg',
      'div#appendonsend',
      'div.gmail_quote',
      'div.moz-cite-prefix',
      'div.OutlookMessageHeader',
      'div[style*="border-top:solid #E1E1E1"]',
      'div[style*="border-top:solid #B5C4DF"]',
      'div[style*="border-top: solid #E1E1E1"]',
      'div[style*="border-top: solid #B5C4DF"]',
    ].map(marker),
    { selector: 'blockquote', options: { trimEmptyLines: true } },
  ],
};

/** The HTML up to its MAX_HTML_TAGS-th tag (a linear scan; the parser closes what is left open). */
function capTags(html: string): string {
  let at = -1;
  for (let n = 0; n < MAX_HTML_TAGS; n++) {
    at = html.indexOf('<', at + 1);
    if (at < 0) return html;
  }
  return html.slice(0, at);
}

/**
 * The converter, compiled once: html-to-text's `convert` compiles the options' selectors on every call, which was most
 * of the time an intake pass spent per mail.
 */
let compiled: ((html: string) => string) | undefined;

/** HTML → plain text; never throws (an unreadable body is empty text). */
export function htmlToText(html: string): string {
  try {
    compiled ??= compile(OPTIONS);
    return compiled(capTags(html.length > MAX_BODY_CHARS ? html.slice(0, MAX_BODY_CHARS) : html));
  } catch {
    return '';
  }
}
