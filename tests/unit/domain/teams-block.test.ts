import { html } from '../../../src/domain/html';
import { splitInvitationBody, withInvitationText } from '../../../src/domain/teams-block';

const JOIN = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d';
const LINE = '_'.repeat(80);
const HEAD = '<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n';
const OURS =
  '<p>Møde i Klyngestyregruppen, torsdag den 11. marts 2027 kl. 10.00–12.00.</p>\n<p>Dagsordenen udsendes senest torsdag den 4. marts 2027.</p>\r\n<br>\r\n';
/** Exchange's block as a GET returns it: a separator, the heading, the link, the meeting id, a separator. */
const TEAMS = [
  `<div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">${LINE}</span></div>`,
  '<div class="me-email-text" lang="da-DK" style="color:#252424">',
  '<div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Microsoft Teams-møde</span></div>',
  `<div style="margin-bottom:20px"><a class="me-email-headline" href="${JOIN}" target="_blank">Klik her for at deltage i mødet</a></div>`,
  '<div><span>Møde-id: 123 456 789</span></div>',
  `<div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">${LINE}</span></div>`,
  '</div>\r\n</body>\r\n</html>\r\n',
].join('\r\n');
const NEW = html`<p>Møde i Klyngestyregruppen, torsdag den 8. april 2027 kl. 13.00–15.00.</p>`;

describe("an event body's Teams block", () => {
  it("splits Exchange's body into its document head, our text and the Teams block from the separator above the link", () => {
    expect(splitInvitationBody(`${HEAD}${OURS}${TEAMS}`, JOIN)).toEqual({ head: HEAD, ours: OURS, teams: TEAMS });
  });

  it('rewrites only our text: the head and the whole Teams block (both separators, the link, the meeting id) stay byte for byte', () => {
    const body = String(withInvitationText(`${HEAD}${OURS}${TEAMS}`, NEW, JOIN) ?? '');
    expect(body.startsWith(`${HEAD}${NEW}`)).toBe(true);
    expect(body.endsWith(TEAMS)).toBe(true);
    expect(body).not.toContain('11. marts');
    expect(body).not.toContain('4. marts');
    expect(body.split(LINE)).toHaveLength(3);
  });

  it('finds the link written as HTML writes it in an attribute (& as &amp;)', () => {
    const url = `${JOIN}&anon=true`;
    const teams = TEAMS.replace(JOIN, url.replace(/&/g, '&amp;'));
    expect(splitInvitationBody(`${HEAD}${OURS}${teams}`, url)?.teams).toBe(teams);
  });

  it('without a separator (a body the app wrote around its own link) keeps the paragraph holding the link', () => {
    const link = `<p>Deltag i mødet i Microsoft Teams: <a href="${JOIN}">${JOIN}</a></p>`;
    const parts = splitInvitationBody(`<p>Møde den 11. marts.</p>\n${link}`, JOIN);
    expect(parts).toEqual({ head: '', ours: '<p>Møde den 11. marts.</p>\n', teams: link });
    expect(String(withInvitationText(`<p>Møde den 11. marts.</p>\n${link}`, NEW, JOIN))).toBe(`${NEW}\n${link}`);
  });

  it('a body without the join link is left alone (rewriting it would cost the meeting its Teams meeting)', () => {
    expect(splitInvitationBody(`${HEAD}${OURS}</body></html>`, JOIN)).toBeUndefined();
    expect(withInvitationText(`${HEAD}${OURS}</body></html>`, NEW, JOIN)).toBeUndefined();
  });

  it('an event without a Teams meeting gets just the new text', () => {
    expect(withInvitationText(`${HEAD}${OURS}</body></html>`, NEW, undefined)).toBe(NEW);
  });
});
