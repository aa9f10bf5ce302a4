import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMail } from '../../../../src/domain/mail/parse-mail';
import type { ConsultationVerdict, MailKind, MailMessage } from '../../../../src/domain/mail/mail-types';

/**
 * Reply classification on realistic consultation replies (tests/fixtures/consultation-replies/replies.json):
 * Danish and English, top-posted with Outlook and Gmail quotes, signatures, "Godkendt" inside a sentence,
 * "kan ikke godkende" (an objection), out-of-office answers. Each body goes through the app's parser.
 */
interface Case {
  readonly name: string;
  readonly subject: string;
  readonly text?: string;
  readonly html?: string;
  readonly headers?: { name: string; value: string }[];
  readonly verdict?: ConsultationVerdict;
  readonly kind?: MailKind;
  readonly knownRefs?: string[];
}

const cases = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'fixtures', 'consultation-replies', 'replies.json'), 'utf8'),
) as Case[];

const mailOf = (c: Case): MailMessage => ({
  subject: c.subject,
  from: { name: 'Svarer', address: 'svarer@kommune.example' },
  to: [{ name: 'KSG', address: 'ksg-sekretariat@regionfjord.example' }],
  ...(c.headers ? { headers: c.headers } : {}),
  ...(c.text !== undefined ? { text: c.text } : {}),
  ...(c.html !== undefined ? { html: c.html } : {}),
});

describe('consultation reply classification over the fixture table', () => {
  it('has at least 30 replies, Danish and English, with out-of-office answers among them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(cases.filter((c) => c.name.startsWith('en-')).length).toBeGreaterThanOrEqual(5);
    expect(cases.filter((c) => c.kind === 'autoReply').length).toBeGreaterThanOrEqual(3);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const parsed = parseMail(mailOf(c), { consultationRefs: c.knownRefs ?? [] });
    if (c.kind === 'autoReply') {
      expect(parsed.kind).toBe('autoReply');
      expect(parsed.verdict).toBeNull();
      return;
    }
    expect(parsed.kind).toBe('consultationReply');
    expect(parsed.consultationRef).toBe('KSG-2027-03');
    expect(parsed.verdict).toBe(c.verdict);
  });

  it('the reply text drops the quoted consultation and the signature', () => {
    const c = cases.find((x) => x.name === 'da-top-posted-outlook-quote');
    if (!c) throw new Error('fixture missing');
    const parsed = parseMail(mailOf(c));
    expect(parsed.replyText).toContain('Godkendt fra Fjordby Kommune');
    expect(parsed.replyText).not.toContain('Kan du ikke godkende');
    expect(parsed.replyText).not.toContain('Direktør for Sundhed');
  });

  it('"kan ikke godkende" is never an approval, whatever surrounds it', () => {
    for (const text of ['Vi kan ikke godkende det.', 'Godkendt? Nej – vi kan ikke godkende indstillingen.', 'Jeg godkender ikke.']) {
      expect(parseMail({ subject: 'SV: [Høring KSG-2027-03] X', text }).verdict).toBe('objection');
    }
  });
});
