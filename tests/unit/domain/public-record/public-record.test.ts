import { publicAgenda, publicDecisions, publicItemHeading } from '../../../../src/domain/public-record/public-record';
import { publicRecordPage } from '../../../../src/domain/public-record/public-html';
import { guestAgendaDocument } from '../../../../src/domain/public-record/guest-agenda';
import { agendaHtml, agendaMail } from '../../../../src/domain/agenda-document';
import { agendaDoc, ITEMS, MINUTES, SECRETS } from './fixtures';

/** Every public artefact built from the same closed items: none may carry a word of them. */
function expectNoSecret(text: string): void {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe('closed items in every public artefact', () => {
  it('the public agenda: the open item whole, closed ones as "Lukket punkt" with their case number and reason', () => {
    const record = publicAgenda(agendaDoc(), '2027-02-25T09:00:00Z');
    expect(record.items.map(publicItemHeading)).toEqual([
      '1. Budget 2027 v. Mette Andreassen (kl. 09.00–09.20)',
      '2. Lukket punkt',
      '3. Lukket punkt: Udbud af patienttransport',
    ]);
    expect(record.items[0]).toMatchObject({
      caseNumber: '24/1001',
      recommendations: ['at rådet godkender budgettet'],
      bilag: ['Bilag 1 – budget.pdf'],
    });
    expect(record.items[1]).toEqual({
      closed: true,
      number: 2,
      heading: 'Lukket punkt',
      caseNumber: '24/12345',
      reason: 'Personoplysninger (offentlighedsloven § 30, nr. 1)',
    });
    expect(record.issued).toBe('Dagsorden udsendt 25. februar 2027');
    expectNoSecret(JSON.stringify(record));
    expect(JSON.stringify(record)).not.toContain('12 mio');
  });

  it('the public page (HTML): lang="da", landmarks, one h1, an h2 per item, and no closed content', () => {
    const page = publicRecordPage(publicAgenda(agendaDoc()));
    expect(page).toMatch(/^<!doctype html>\n<html lang="da">/);
    for (const landmark of ['<header>', '<nav aria-label="Punkter">', '<main id="indhold"', '<footer>']) expect(page).toContain(landmark);
    expect(page.match(/<h1>/g)).toHaveLength(1);
    expect(page).toContain('<h2 id="punkt-2">2. Lukket punkt</h2>');
    expect(page).toContain('<a href="dagsorden.pdf">');
    expect(page).not.toContain('<script');
    expect(page).not.toContain('https://');
    expectNoSecret(page);
    expect(page).not.toContain('12 mio');
  });

  it('the public page escapes what members wrote', () => {
    const hostile = ITEMS.map((i, n) =>
      n === 0 ? { ...i, title: '<img src=x onerror=alert(1)>', description: '</main><script>x</script>' } : i,
    );
    const page = publicRecordPage(publicAgenda(agendaDoc(hostile)));
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('the page depends only on the record: the same record gives the same bytes (written once)', () => {
    expect(publicRecordPage(publicAgenda(agendaDoc(), '2027-02-25T09:00:00Z'))).toBe(
      publicRecordPage(publicAgenda(agendaDoc(), '2027-02-25T09:00:00Z')),
    );
  });

  it('the public decisions: open items with their decision, closed ones and items the agenda does not know as "Lukket punkt"', () => {
    const record = publicDecisions(MINUTES, ITEMS, '2027-03-10T12:00:00Z');
    expect(record.title).toBe('Beslutningsprotokol');
    expect(record.issued).toBe('Godkendt af medformændene 10. marts 2027');
    expect(record.items.map(publicItemHeading)).toEqual(['1. Budget 2027', '2. Lukket punkt', '3. Lukket punkt']);
    expect(record.items[0]).toMatchObject({ decision: 'Budgettet blev godkendt.', caseNumber: '24/1001' });
    const page = publicRecordPage(record);
    expect(page).toContain('<a href="beslutningsprotokol.pdf">');
    expectNoSecret(page);
    expectNoSecret(JSON.stringify(record));
  });

  it("the observers' agenda mail and calendar body: closed items without content, presenter or bilag", () => {
    const guest = guestAgendaDocument(agendaDoc());
    expect(guest.items.map((i) => i.title)).toEqual(['Budget 2027', 'Lukket punkt', 'Lukket punkt: Udbud af patienttransport']);
    expect(guest.items[1]).toMatchObject({ caseNumber: '24/12345', attachments: [], recommendations: [] });
    const mail = agendaMail(guest, { closedWithheld: true });
    const body = String(mail.html);
    expect(body).toContain('Dagsordenen har lukkede punkter');
    expectNoSecret(body);
    expectNoSecret(String(agendaHtml(guest)));
    expect(body).not.toContain('12 mio');
  });

  it("the members' agenda keeps the closed items and marks them", () => {
    const body = String(agendaHtml(agendaDoc()));
    expect(body).toContain('Klage fra Jens Hansen');
    expect(body).toContain('Sagsnr. 24/12345 · Lukket punkt – Personoplysninger (offentlighedsloven § 30, nr. 1)');
  });
});
