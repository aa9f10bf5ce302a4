import { agendaAudiences } from '../../../../src/domain/agenda-document';
import { guestAgendaDocument, isEntitled } from '../../../../src/domain/public-record/guest-agenda';
import { agendaDraft } from '../../../../src/store/agenda/agenda-store';
import { agendaDoc, MEMBERS, SECRETS } from '../../domain/public-record/fixtures';

/** The agenda mail when some items are closed: members get it whole, observers get their own version without them. */
describe('the agenda mail with closed items', () => {
  const forum = { name: 'Sundhedsråd Midt', mailbox: 'srm@example.dk', members: MEMBERS };
  const files = {
    pdf: { id: 'p', name: 'Dagsorden 2027-03-04.pdf', webUrl: 'https://sp.example/Dagsorden.pdf', size: 4 },
    pdfBytes: new Uint8Array([37, 80, 68, 70]),
  };

  it('splits the recipients: members, chairs, secretariat and a member’s substitute are entitled; an observer and theirs are not', () => {
    const split = agendaAudiences(
      forum,
      { substitutes: { 'medlem@example.dk': 'vikar@example.dk', 'observator@example.dk': 'obsvikar@example.dk' } },
      isEntitled,
    );
    expect(split.entitled.map((r) => r.email)).toEqual([
      'formand@example.dk',
      'medlem@example.dk',
      'sekretaer@example.dk',
      'vikar@example.dk',
    ]);
    expect(split.guests.map((r) => r.email)).toEqual(['observator@example.dk', 'obsvikar@example.dk']);
  });

  it("the observers' draft has neither the PDF nor its link, nor a word of a closed item", () => {
    const doc = agendaDoc();
    const { guests } = agendaAudiences(forum, {}, isEntitled);
    const draft = agendaDraft(
      forum,
      {},
      guestAgendaDocument(doc),
      files,
      {},
      { attached: [], linked: 0 },
      { recipients: guests, guests: true },
    );
    expect(draft.bccRecipients?.map((r) => r.emailAddress?.address)).toEqual(['observator@example.dk']);
    expect(draft.attachments ?? []).toEqual([]);
    const body = draft.body?.content ?? '';
    expect(body).not.toContain('Dagsorden.pdf');
    for (const secret of SECRETS) expect(body).not.toContain(secret);
    expect(body).toContain('Lukket punkt');
  });

  it("the members' draft carries the whole agenda and the PDF", () => {
    const { entitled } = agendaAudiences(forum, {}, isEntitled);
    const draft = agendaDraft(forum, {}, agendaDoc(), files, {}, { attached: [], linked: 0 }, { recipients: entitled });
    expect(draft.attachments?.map((a) => (a as { name?: string }).name)).toEqual(['Dagsorden 2027-03-04.pdf']);
    expect(draft.body?.content).toContain('Klage fra Jens Hansen');
    expect(draft.bccRecipients).toHaveLength(3);
  });
});
