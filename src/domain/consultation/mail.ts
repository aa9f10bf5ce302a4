import { html, lineBreaks, safeHref, type Html } from '../html';
import { danishDate, danishDeadline } from './danish-date';
import type { Consultation, ConsultationRecipient } from './consultation-types';

/** A mail's content; the store adds the envelope (from the forum mailbox, To the one recipient, Reply-To the mailbox). */
export interface ConsultationMail {
  readonly subject: string;
  readonly html: Html;
  readonly text: string;
}

type MailConsultation = Pick<
  Consultation,
  'reference' | 'title' | 'question' | 'recommendations' | 'description' | 'deadline' | 'attachments'
>;

/** "[Høring KSG-2027-03] Titel": the tag the intake recognises in every reply. */
export function consultationSubject(c: Pick<Consultation, 'reference' | 'title'>, prefix = ''): string {
  const title = c.title.replace(/\s+/g, ' ').trim().slice(0, 200);
  return `[Høring ${c.reference}] ${prefix}${title}`;
}

const para = (text: string): Html => html`<p>${lineBreaks(text)}</p>`;

function matterHtml(c: MailConsultation): Html {
  const recs = c.recommendations.filter((r) => r.trim() !== '');
  const files = c.attachments.map((a) => {
    const href = safeHref(a.url);
    return html`<li>${href ? html`<a href="${href}">${a.name}</a>` : a.name}</li>`;
  });
  return html`${[
    html`<h2>${c.title}</h2>`,
    recs.length > 0 && html`<h3>Indstilling</h3><ul>${recs.map((r) => html`<li>${r}</li>`)}</ul>`,
    c.description.trim() !== '' && html`<h3>Sagsfremstilling</h3>${para(c.description)}`,
    files.length > 0 && html`<h3>Bilag</h3><ul>${files}</ul>`,
  ]}`;
}

function matterText(c: MailConsultation): string[] {
  const recs = c.recommendations.filter((r) => r.trim() !== '');
  return [
    c.title,
    '',
    ...(recs.length > 0 ? ['Indstilling', ...recs.map((r) => `- ${r}`), ''] : []),
    ...(c.description.trim() !== '' ? ['Sagsfremstilling', c.description, ''] : []),
    ...(c.attachments.length > 0 ? ['Bilag', ...c.attachments.map((a) => `- ${a.name}: ${a.url}`), ''] : []),
  ];
}

const INSTRUCTIONS =
  'Svar på denne mail og behold emnelinjen. Skriv "Godkendt" eller "Ingen bemærkninger" – eller skriv dine bemærkninger. Kan du ikke godkende indstillingen, så skriv det og gerne hvorfor.';
const SUBSTITUTE = 'Er du forhindret, kan din stedfortræder svare på dine vegne fra sin egen mailadresse.';

/** The consultation as one recipient gets it: their own mail, so replies are individual. */
export function consultationMail(forumName: string, c: MailConsultation, recipient: Pick<ConsultationRecipient, 'name'>): ConsultationMail {
  const deadline = danishDeadline(c.deadline);
  const body = html`${[
    para(`Kære ${recipient.name}`),
    para(`${forumName} beder dig tage stilling til nedenstående sag ved skriftlig høring.`),
    html`<p><strong>Spørgsmål:</strong> ${c.question}</p>`,
    html`<p><strong>Svarfrist:</strong> ${deadline}</p>`,
    html`<p><strong>Sådan svarer du:</strong> ${INSTRUCTIONS}</p>`,
    para(SUBSTITUTE),
    matterHtml(c),
    para(`Reference: ${c.reference}`),
  ]}`;
  const text = [
    `Kære ${recipient.name}`,
    '',
    `${forumName} beder dig tage stilling til nedenstående sag ved skriftlig høring.`,
    '',
    `Spørgsmål: ${c.question}`,
    `Svarfrist: ${deadline}`,
    '',
    `Sådan svarer du: ${INSTRUCTIONS}`,
    SUBSTITUTE,
    '',
    ...matterText(c),
    `Reference: ${c.reference}`,
  ].join('\n');
  return { subject: consultationSubject(c), html: body, text };
}

/** The reminder to one who has not answered. Same tag: a reply to it is a reply to the consultation. */
export function reminderMail(forumName: string, c: MailConsultation, recipient: Pick<ConsultationRecipient, 'name'>): ConsultationMail {
  const first = consultationMail(forumName, c, recipient);
  const lead = `Påmindelse: Vi mangler dit svar på den skriftlige høring. Fristen er ${danishDeadline(c.deadline)}.`;
  return { subject: consultationSubject(c, 'Påmindelse: '), html: html`${para(lead)}${first.html}`, text: `${lead}\n\n${first.text}` };
}

/**
 * The outcome to every recipient. No "[Høring …]" tag: answers to it are no replies to the consultation. The outcome
 * document (the matter and the result as a Word file in the consultation's folder) is linked when there is one.
 */
export function outcomeMail(
  forumName: string,
  c: Pick<Consultation, 'reference' | 'title' | 'deadline'>,
  outcome: string,
  documentUrl?: string,
): ConsultationMail {
  const lead = `Den skriftlige høring ${c.reference} med frist den ${danishDate(c.deadline)} er afsluttet. Resultatet indgår i referatet af næste møde i ${forumName}.`;
  const href = safeHref(documentUrl);
  return {
    subject: `Resultat af skriftlig høring ${c.reference}: ${c.title.replace(/\s+/g, ' ').trim().slice(0, 200)}`,
    html: html`${para(lead)}${para(outcome)}${href && html`<p><a href="${href}">${OUTCOME_DOCUMENT_LINK}</a></p>`}`,
    text: `${lead}\n\n${outcome}${href ? `\n\n${OUTCOME_DOCUMENT_LINK}: ${href}` : ''}`,
  };
}

/** The outcome mail's link text to the outcome document. */
export const OUTCOME_DOCUMENT_LINK = 'Resultatet som dokument (Word)';
