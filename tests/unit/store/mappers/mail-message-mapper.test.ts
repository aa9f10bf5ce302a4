import type { Message } from '@microsoft/microsoft-graph-types';
import { messageAttachments, toMailMessage } from '../../../../src/store/mappers/mail-message-mapper';

const GRAPH_MESSAGE = {
  id: 'AAMk1',
  subject: 'Sagsfremstilling: Fælles indsats for borgere med KOL',
  receivedDateTime: '2027-02-01T09:00:00Z',
  internetMessageId: '<kol@skovlund.example>',
  conversationId: 'AAQk-conv',
  body: { contentType: 'html', content: '<p><b>Indstilling</b></p><ul><li>at x</li></ul>' },
  from: { emailAddress: { name: 'Lars Harbo', address: 'Lars.Harbo@Skovlund.example' } },
  sender: { emailAddress: { name: 'Sekretær', address: 'on.behalf@skovlund.example' } },
  toRecipients: [{ emailAddress: { name: 'KSG', address: 'KSG-Sekretariat@regionfjord.example' } }, { emailAddress: { address: '' } }],
  internetMessageHeaders: [
    { name: 'Auto-Submitted', value: 'no' },
    { name: 'X-Auto-Response-Suppress', value: 'All' },
    { name: '', value: 'dropped' },
  ],
  attachments: [
    {
      '@odata.type': '#microsoft.graph.fileAttachment',
      id: 'a1',
      name: 'Erfaringer.pdf',
      contentType: 'application/pdf',
      size: 51200,
      isInline: false,
    },
    { '@odata.type': '#microsoft.graph.fileAttachment', id: 'a2', name: 'logo.png', contentType: 'image/png', size: 800, isInline: true },
    {
      '@odata.type': '#microsoft.graph.itemAttachment',
      id: 'a3',
      name: 'Videresendt mail',
      contentType: null,
      size: 9000,
      isInline: false,
    },
    { '@odata.type': '#microsoft.graph.fileAttachment', id: 'a4', name: 'uden-type', size: 3, isInline: false },
  ],
} as unknown as Message;

describe("a Graph message → the parser's MailMessage", () => {
  it('maps subject, sender, recipients, headers, HTML body, ids and the file attachments (not inline images, not items)', () => {
    expect(toMailMessage(GRAPH_MESSAGE)).toEqual({
      subject: 'Sagsfremstilling: Fælles indsats for borgere med KOL',
      from: { name: 'Lars Harbo', address: 'lars.harbo@skovlund.example' },
      to: [{ name: 'KSG', address: 'ksg-sekretariat@regionfjord.example' }],
      headers: [
        { name: 'Auto-Submitted', value: 'no' },
        { name: 'X-Auto-Response-Suppress', value: 'All' },
      ],
      html: '<p><b>Indstilling</b></p><ul><li>at x</li></ul>',
      attachments: [
        { name: 'Erfaringer.pdf', contentType: 'application/pdf', size: 51200 },
        { name: 'uden-type', contentType: 'application/octet-stream', size: 3 },
      ],
      internetMessageId: '<kol@skovlund.example>',
      conversationId: 'AAQk-conv',
    });
  });

  it('takes a text body as text, falls back to the sender, and tolerates a message with almost nothing', () => {
    const text = toMailMessage({
      subject: 'Hej',
      body: { contentType: 'text', content: 'Indstilling\n- at x' },
      sender: { emailAddress: { address: 'A@B.example' } },
    });
    expect(text).toEqual({
      subject: 'Hej',
      from: { name: 'a@b.example', address: 'a@b.example' },
      to: [],
      headers: [],
      text: 'Indstilling\n- at x',
      attachments: [],
    });
    expect(toMailMessage({})).toEqual({ subject: '', to: [], headers: [], attachments: [] });
  });

  it('caps what a hostile message can make us hold', () => {
    const huge = toMailMessage({
      body: { contentType: 'html', content: 'x'.repeat(3_000_000) },
      internetMessageHeaders: Array.from({ length: 5000 }, (_, i) => ({ name: `X-${i}`, value: 'v' })),
      attachments: Array.from({ length: 500 }, (_, i) => ({ id: `a${i}`, name: `f${i}`, size: 1 })),
    });
    expect(huge.html).toHaveLength(2_000_000);
    expect(huge.headers).toHaveLength(200);
    expect(huge.attachments).toHaveLength(100);
  });

  it('keeps the attachment ids to fetch the content by, with inline marked', () => {
    expect(messageAttachments(GRAPH_MESSAGE.attachments).map((a) => [a.id, a.isInline])).toEqual([
      ['a1', false],
      ['a2', true],
      ['a4', false],
    ]);
  });
});
