import { html, lineBreaks, type Html } from '../html';
import { PUBLIC_LABELS, publicItemHeading, type PublicItem, type PublicRecord, type PublicRecordKind } from './public-record';

/**
 * The public record as a page for the region's website (WCAG 2.1 AA): one HTML file, lang="da", a skip link, banner /
 * navigation / main / contentinfo landmarks, one h1 and an h2 per item, a list of the items that links to them, and
 * a style of its own in dark text on white (contrast above 7:1, links underlined, a visible focus ring, a layout
 * that reflows at 320 px and honours forced colours). Every value is escaped by html`…`; there is no script and
 * nothing is loaded from elsewhere, so the page can be put on any site as it is. The bytes depend only on the
 * record: publishing the same record twice writes the same file.
 */

/** The files of one meeting's publication, side by side in its folder; the pages link them relatively. */
export const PUBLIC_FILES: Readonly<Record<PublicRecordKind, { readonly html: string; readonly pdf: string; readonly docx: string }>> = {
  agenda: { html: 'dagsorden.html', pdf: 'dagsorden.pdf', docx: 'dagsorden.docx' },
  decisions: { html: 'beslutningsprotokol.html', pdf: 'beslutningsprotokol.pdf', docx: 'beslutningsprotokol.docx' },
};

// Colours: near-black on white (15.9:1), links #0b4f8a (8.6:1) and focus #b34700 on white (5.2:1, a non-text contrast
// well over 3:1). A standalone page has no Fluent theme to take tokens from.
const STYLE = html`<style>
:root{color-scheme:light}
body{margin:0;font-family:"Segoe UI",Calibri,Arial,sans-serif;font-size:1.0625rem;line-height:1.55;color:#1b1b1b;background:#ffffff}
.skip{position:absolute;left:-999rem;top:0;background:#ffffff;color:#0b4f8a;padding:.5rem 1rem}
.skip:focus{left:1rem}
header,main,footer{max-width:48rem;margin:0 auto;padding:0 1rem}
header{border-bottom:2px solid #1b1b1b;padding-top:1rem}
header p{margin:.25rem 0}
h1{font-size:2rem;line-height:1.2;margin:1.5rem 0 .5rem}
h2{font-size:1.4rem;line-height:1.3;margin:2rem 0 .5rem}
h3{font-size:1.1rem;margin:1rem 0 .25rem}
a{color:#0b4f8a;text-decoration:underline}
a:focus-visible{outline:3px solid #b34700;outline-offset:2px}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:1rem 0}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
.meta{font-style:italic}
.closed{border-left:4px solid #1b1b1b;padding-left:.75rem}
footer{border-top:1px solid #1b1b1b;margin-top:3rem;padding-bottom:2rem}
@media (max-width:30rem){dl.facts{grid-template-columns:1fr}}
@media (forced-colors:active){.closed{border-left-color:CanvasText}}
</style>`;

const paragraphs = (text: string): Html[] => text.split(/\n{2,}/).map((p) => html`<p>${lineBreaks(p.trim(), /\n/)}</p>`);

const anchor = (item: PublicItem): string => `punkt-${item.number}`;

function itemSection(item: PublicItem): Html {
  const id = anchor(item);
  const caseLine = item.caseNumber && html`<p class="meta">${PUBLIC_LABELS.caseNumber} ${item.caseNumber}</p>`;
  if (item.closed)
    return html`<section class="closed" aria-labelledby="${id}"><h2 id="${id}">${publicItemHeading(item)}</h2>${caseLine}<p>${PUBLIC_LABELS.closedNote}</p>${
      item.reason && html`<p><strong>${PUBLIC_LABELS.reason}:</strong> ${item.reason}</p>`
    }</section>`;
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${publicItemHeading(item)}</h2>${caseLine}${
    item.recommendations.length > 0 &&
    html`<h3>${PUBLIC_LABELS.recommendation}</h3><ul>${item.recommendations.map((r) => html`<li>${r}</li>`)}</ul>`
  }${item.description && html`<h3>${PUBLIC_LABELS.description}</h3>${paragraphs(item.description)}`}${
    item.bilag && item.bilag.length > 0 && html`<h3>${PUBLIC_LABELS.bilag}</h3><ul>${item.bilag.map((b) => html`<li>${b}</li>`)}</ul>`
  }${item.decision !== undefined && html`<h3>${PUBLIC_LABELS.decision}</h3>${item.decision ? paragraphs(item.decision) : html`<p>${PUBLIC_LABELS.noDecision}</p>`}`}</section>`;
}

/** The PDF beside the page, linked by its relative name (both are published together). */
const pdfLink = (kind: PublicRecordKind): Html =>
  kind === 'agenda'
    ? html`<p><a href="dagsorden.pdf">Dagsordenen som PDF</a></p>`
    : html`<p><a href="beslutningsprotokol.pdf">Beslutningsprotokollen som PDF</a></p>`;

/** The whole page, "<!doctype html>…", as a string ready to write. */
export function publicRecordPage(record: PublicRecord): string {
  const pageTitle = `${record.title} – ${record.forumName} – ${record.date}`;
  const facts = [
    { label: PUBLIC_LABELS.time, value: `${record.date} ${record.timeSpan}` },
    { label: PUBLIC_LABELS.form, value: record.form },
    ...(record.room ? [{ label: PUBLIC_LABELS.room, value: record.room }] : []),
  ];
  const page = html`<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pageTitle}</title>
${STYLE}
</head>
<body>
<a class="skip" href="#indhold">Gå til indholdet</a>
<header><p><strong>${record.forumName}</strong></p><p>${record.meetingTitle}</p></header>
<main id="indhold" tabindex="-1">
<h1>${record.title}: ${record.meetingTitle}</h1>
${record.issued && html`<p class="meta">${record.issued}</p>`}
<dl class="facts">${facts.map((f) => html`<dt>${f.label}</dt><dd>${f.value}</dd>`)}</dl>
${pdfLink(record.kind)}
<nav aria-label="${PUBLIC_LABELS.items}"><h2>${PUBLIC_LABELS.items}</h2><ol>${record.items.map(
    (i) => html`<li><a href="#${anchor(i)}">${publicItemHeading(i).replace(/^\d+\.\s*/, '')}</a></li>`,
  )}</ol></nav>
${record.items.map(itemSection)}
</main>
<footer><p>${record.title} for ${record.forumName}, ${record.meetingTitle}. Lukkede punkter er udeladt efter offentlighedsloven.</p></footer>
</body>
</html>
`;
  return String(page);
}
