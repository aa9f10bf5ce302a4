import { convert } from 'html-to-text';

/**
 * HTML to plain text for Graph's `bodyPreview` and `Prefer: outlook.body-content-type="text"`, with the
 * html-to-text library (the one kept library for this job, app and sandbox alike): block elements become line breaks, links keep
 * their text only, images and scripts vanish, entities are decoded.
 */
export function htmlToPlainText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable' },
    ],
  })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function bodyPreview(body: { contentType: 'text' | 'html'; content: string }): string {
  const text = body.contentType === 'html' ? htmlToPlainText(body.content) : body.content;
  return text.replace(/\s+/g, ' ').trim().slice(0, 255);
}
