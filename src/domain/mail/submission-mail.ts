import { html, joinHtml, type Html } from '../html';
import { danishLongDate } from '../meeting-invitation';
import type { ForumKind } from '../types';

/**
 * A case presentation (sagsfremstilling) as the mail intake reads it, written two ways from one structure: the
 * plain-text template members outside the tenant copy from the call for items, and the HTML mail Outlook's
 * "Submit agenda item" writes into the compose window. Both use the same headings in the same order, so the parser
 * reads either. Pure: no Office, no Graph.
 */

/** The headings the mail intake reads, in the order a case presentation has them. */
export const TEMPLATE_HEADINGS = [
  'Ønskes behandlet på mødet',
  'Oplægsholder',
  'Tidsforbrug',
  'Indstilling',
  'Sagsfremstilling',
  'Bilag',
] as const;
export type TemplateHeading = (typeof TEMPLATE_HEADINGS)[number];

/** The subject of a submitted item; the parser strips the prefix to get the title. */
export const SUBMISSION_SUBJECT_PREFIX = 'Sagsfremstilling: ';

/** The line that introduces the "at …" bullets under Indstilling. */
export const RECOMMENDATION_LEAD = 'Det indstilles,';

const SUBJECT_MAX = 255;

/** "11. marts 2027": the day without its weekday, as "Ønskes behandlet på mødet …" names it. */
export function meetingDayDa(isoOrDay: string): string {
  return danishLongDate(isoOrDay).replace(/^\S+ den /, '');
}

/** One part of a case presentation: a heading with its value on the same line, or a heading over a block. */
type Section =
  | { readonly heading: TemplateHeading; readonly style: 'phrase' | 'field'; readonly value: string }
  | { readonly heading: TemplateHeading; readonly style: 'bullets'; readonly lead: string; readonly bullets: readonly string[] }
  | { readonly heading: TemplateHeading; readonly style: 'block'; readonly paragraphs: readonly string[] };

function sectionText(s: Section): string[] {
  switch (s.style) {
    case 'phrase':
      return [`${s.heading} ${s.value}`];
    case 'field':
      return [`${s.heading}: ${s.value}`];
    case 'bullets':
      return [s.heading, s.lead, ...s.bullets.map((b) => `- ${b}`)];
    case 'block':
      return [s.heading, ...s.paragraphs];
  }
}

function paragraphHtml(text: string): Html {
  return html`<p>${joinHtml(text.split('\n'), html`<br>`)}</p>`;
}

function sectionHtml(s: Section): Html {
  const heading = html`<p><b>${s.heading}</b></p>`;
  switch (s.style) {
    case 'phrase':
      return html`<p>${s.heading} ${s.value}</p>`;
    case 'field':
      return html`<p><b>${s.heading}:</b> ${s.value}</p>`;
    case 'bullets':
      return html`${heading}<p>${s.lead}</p><ul>${s.bullets.map((b) => html`<li>${b}</li>`)}</ul>`;
    case 'block':
      return html`${heading}${s.paragraphs.map(paragraphHtml)}`;
  }
}

const GROUP_DA: Readonly<Record<ForumKind, string>> = {
  'steering-group': 'styregruppen',
  'theme-group': 'temagruppen',
  'working-group': 'arbejdsgruppen',
  'health-council': 'sundhedsrådet',
};

/**
 * The case presentation to copy into a mail to the forum mailbox, with the subject as the item's title. Plain
 * text; every heading on its own line, recommendations as "- at …" bullets.
 */
export function submissionTemplate(meetingStart: string, forumKind: ForumKind = 'steering-group'): string {
  const group = GROUP_DA[forumKind];
  const sections: Section[] = [
    { heading: 'Ønskes behandlet på mødet', style: 'phrase', value: meetingDayDa(meetingStart) },
    { heading: 'Oplægsholder', style: 'field', value: '[navn, organisation]' },
    { heading: 'Tidsforbrug', style: 'field', value: '15 min' },
    {
      heading: 'Indstilling',
      style: 'bullets',
      lead: RECOMMENDATION_LEAD,
      bullets: [`at ${group} [drøfter / godkender / tager orienteringen til efterretning] …`, 'at …'],
    },
    {
      heading: 'Sagsfremstilling',
      style: 'block',
      paragraphs: [`[Baggrund: hvad sagen handler om, hvad der er sket, og hvad ${group} skal tage stilling til.]`],
    },
    { heading: 'Bilag', style: 'block', paragraphs: ['[Vedhæft bilag til mailen.]'] },
  ];
  return sections.map((s) => sectionText(s).join('\n')).join('\n\n');
}

/** What a member writes in Outlook's "Submit agenda item" form. */
export interface SubmissionContent {
  readonly title: string;
  /** Each one a recommendation; "at " is added where the writer left it out. */
  readonly recommendations: readonly string[];
  readonly description: string;
  readonly presenter?: string;
  readonly durationMinutes?: number;
  /** The meeting it is meant for (its start, ISO UTC). */
  readonly meetingStart?: string;
}

export interface SubmissionMail {
  readonly to: readonly string[];
  readonly subject: string;
  /** Every value is escaped. */
  readonly htmlBody: Html;
}

/** "at klyngestyregruppen godkender …": the recommendation as an Indstilling bullet reads. */
export function asRecommendation(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return /^at\b/i.test(line) ? line : `at ${line}`;
}

/** The sections of a case presentation from the form: empty optional parts are left out. */
function contentSections(c: SubmissionContent): Section[] {
  const recommendations = c.recommendations
    .map((r) => r.trim())
    .filter((r) => r !== '')
    .map(asRecommendation);
  const paragraphs = c.description
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const presenter = c.presenter?.trim() ?? '';
  return [
    ...(c.meetingStart ? [{ heading: 'Ønskes behandlet på mødet', style: 'phrase', value: meetingDayDa(c.meetingStart) } as const] : []),
    ...(presenter ? [{ heading: 'Oplægsholder', style: 'field', value: presenter } as const] : []),
    ...(c.durationMinutes !== undefined ? [{ heading: 'Tidsforbrug', style: 'field', value: `${c.durationMinutes} min` } as const] : []),
    ...(recommendations.length > 0
      ? [{ heading: 'Indstilling', style: 'bullets', lead: RECOMMENDATION_LEAD, bullets: recommendations } as const]
      : []),
    ...(paragraphs.length > 0 ? [{ heading: 'Sagsfremstilling', style: 'block', paragraphs } as const] : []),
    { heading: 'Bilag', style: 'block', paragraphs: ['Eventuelle bilag er vedhæftet mailen.'] },
  ];
}

/** The subject line: one line, the prefix and the title, within Exchange's 255 characters. */
export function submissionSubject(title: string): string {
  return `${SUBMISSION_SUBJECT_PREFIX}${title.replace(/\s+/g, ' ').trim()}`.slice(0, SUBJECT_MAX);
}

/** The structured mail to the forum's submission mailbox: To, subject "Sagsfremstilling: <title>", HTML body. */
export function submissionMail(content: SubmissionContent, forumMailbox: string): SubmissionMail {
  return {
    to: [forumMailbox],
    subject: submissionSubject(content.title),
    htmlBody: html`<div>${contentSections(content).map(sectionHtml)}</div>`,
  };
}
