import {
  incomingOf,
  intakeDeltaUrl,
  intakeLinkKey,
  mailsOf,
  parsedAndTrimmed,
  type DeltaMessage,
} from '../../../../src/store/intake/fetch-new-mail';
import type { IntakeGraphMessage } from '../../../../src/store/intake/graph-mail';
import { routeWithoutBody } from '../../../../src/store/intake/route-mail';

const FORUM = { mailbox: 'KSG-Sekretariat@regionfjord.example' };

function light(id: string, extra: Partial<IntakeGraphMessage> = {}): DeltaMessage {
  return {
    id,
    subject: 'Sagsfremstilling: Fælles indsats',
    from: { emailAddress: { name: 'Lars Harbo', address: 'lars.harbo@skovlund.example' } },
    receivedDateTime: '2026-11-20T08:00:00Z',
    internetMessageHeaders: [],
    ...extra,
  };
}

describe('a delta page of the intake, before the bodies', () => {
  it('asks for the light fields, and for a first read only mail from the window on', () => {
    const url = intakeDeltaUrl('ksg@regionfjord.example', 'AAMk/inbox=', '2026-11-06T06:40:57Z');
    expect(url).toMatch(/^\/users\/ksg%40regionfjord\.example\/mailFolders\/AAMk%2Finbox%3D\/messages\/delta\?\$select=/);
    expect(url).not.toMatch(/[,=]body[,&]/);
    expect(decodeURIComponent(url.split('$filter=')[1] ?? '')).toBe('receivedDateTime ge 2026-11-06T06:40:57Z');
    expect(intakeDeltaUrl('ksg@regionfjord.example', 'inbox')).not.toContain('$filter');
  });

  it("keeps a folder's link under the mailbox and the folder: well-known names in any case, ids exactly", () => {
    expect(intakeLinkKey('KSG@Regionfjord.example', 'Inbox')).toBe('intake:ksg@regionfjord.example:inbox');
    expect(intakeLinkKey('ksg@regionfjord.example', 'folder:AAMkAGI2Ab')).toBe('intake:ksg@regionfjord.example:folder:AAMkAGI2Ab');
  });

  it('reads the mails of a page, not its removals or drafts', () => {
    const page: IntakeGraphMessage[] = [
      light('a'),
      { id: 'b', '@removed': { reason: 'deleted' } },
      light('c', { isDraft: true }),
      light('d'),
    ];
    expect(mailsOf(page).map((m) => m.id)).toEqual(['a', 'd']);
  });

  it("tells the forum's own mail and auto-replies from headers, subject and sender; the rest needs its body", () => {
    const route = (m: DeltaMessage) => routeWithoutBody(FORUM, incomingOf(m))?.kind;
    expect(route(light('own', { from: { emailAddress: { address: 'ksg-sekretariat@regionfjord.example' } } }))).toBe('own');
    expect(route(light('call', { internetMessageHeaders: [{ name: 'X-Sekretariat-Call-For-Items', value: 'm3' }] }))).toBe('own');
    expect(route(light('auto', { internetMessageHeaders: [{ name: 'Auto-Submitted', value: 'auto-replied' }] }))).toBe('autoReply');
    expect(route(light('ooo', { subject: 'Automatisk svar: Sagsfremstilling' }))).toBe('autoReply');
    expect(route(light('ndr', { from: { emailAddress: { address: 'postmaster@skovlund.example' } } }))).toBe('autoReply');
    expect(route(light('item'))).toBeUndefined();
  });

  it('keeps of a parsed mail no HTML, and its text only as far as a record quotes it', () => {
    const html = incomingOf(light('h', { body: { contentType: 'html', content: '<p>lang</p>' } }));
    expect(parsedAndTrimmed(html, 10).mail).not.toHaveProperty('html');
    const text = incomingOf(light('t', { body: { contentType: 'text', content: 'x'.repeat(100) } }));
    expect(parsedAndTrimmed(text, 10).mail.text).toBe('x'.repeat(10));
    expect(parsedAndTrimmed(text, 10).mail.subject).toBe('Sagsfremstilling: Fælles indsats');
  });
});
