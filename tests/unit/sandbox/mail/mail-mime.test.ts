import PostalMime from 'postal-mime';
import { encodeWord, toMime } from '../../../../src/sandbox/mail/mime';
import type { StoredMessage } from '../../../../src/sandbox/mail/state';

/** The sandbox's `$value` MIME, read back by a parser nobody here wrote: Danish headers and file names survive. */
const pdf = Buffer.from('%PDF-1.7\n% æøå\n', 'utf8');
function message(over: Partial<StoredMessage> = {}): StoredMessage {
  return {
    id: 'm1',
    folderId: 'sent',
    seq: 1,
    changeKey: 'k',
    createdDateTime: '2026-12-06T09:00:00Z',
    lastModifiedDateTime: '2026-12-06T09:00:00Z',
    receivedDateTime: '2026-12-06T09:00:00Z',
    sentDateTime: '2026-12-06T09:00:00Z',
    subject: 'Revideret dagsorden nr. 2: Klyngestyregruppen for Østjylland – møde 4/2026 den 10. december kl. 9.00–11.00',
    body: { contentType: 'html', content: '<p>Kære medlemmer – se vedlagte bilag om ældreområdet.</p>' },
    from: { name: 'Sekretariatet for Østjylland', address: 'ksg@region.example' },
    toRecipients: [{ name: 'Klyngestyregruppen for Østjylland', address: 'ksg@region.example' }],
    ccRecipients: [],
    bccRecipients: [
      { name: 'Søren Ærø', address: 'soren@kommune.example' },
      { name: 'Pia "P" Patient', address: 'pia@privat.example' },
    ],
    replyTo: [{ name: 'Klyngestyregruppen for Østjylland', address: 'ksg@region.example' }],
    conversationId: 'c',
    conversationIndex: 'AQ==',
    internetMessageId: '<abc@region.example>',
    internetMessageHeaders: [],
    isRead: true,
    isDraft: false,
    importance: 'normal',
    categories: [],
    flag: { flagStatus: 'notFlagged' },
    inferenceClassification: 'focused',
    attachments: [
      {
        id: 'a1',
        name: 'Bilag 1 – Økonomi for sundhedsklyngen, ændret udgave (endelig).pdf',
        contentType: 'application/pdf',
        size: pdf.length,
        isInline: false,
        lastModifiedDateTime: '2026-12-06T09:00:00Z',
        contentBytes: pdf.toString('base64'),
      },
    ],
    ...over,
  } as StoredMessage;
}

describe('sandbox MIME ($value)', () => {
  it('encodes a long Danish subject as several encoded-words of at most 75 characters, never splitting a letter', () => {
    const encoded = encodeWord(message().subject);
    const words = encoded.split('\r\n ');
    expect(words.length).toBeGreaterThan(1);
    expect(words.every((w) => w.length <= 75 && /^=\?utf-8\?B\?[A-Za-z0-9+/=]+\?=$/.test(w))).toBe(true);
    expect(words.map((w) => Buffer.from(w.slice(10, -2), 'base64').toString('utf8')).join('')).toBe(message().subject);
    expect(encodeWord('Dagsorden: KSG 2027')).toBe('Dagsorden: KSG 2027');
  });

  it('round-trips subject, addresses, body and the attachment name and bytes through postal-mime', async () => {
    const raw = toMime(message());
    expect([...raw.slice(0, raw.indexOf('\r\n\r\n'))].every((ch) => ch.charCodeAt(0) < 128)).toBe(true);
    const parsed = await PostalMime.parse(raw);
    expect(parsed.subject).toBe(message().subject);
    expect(parsed.from?.name).toBe('Sekretariatet for Østjylland');
    expect(parsed.to?.map((a) => [a.name, a.address])).toEqual([['Klyngestyregruppen for Østjylland', 'ksg@region.example']]);
    expect(parsed.bcc?.map((a) => [a.name, a.address])).toEqual([
      ['Søren Ærø', 'soren@kommune.example'],
      ['Pia "P" Patient', 'pia@privat.example'],
    ]);
    expect(parsed.messageId).toBe('<abc@region.example>');
    expect(parsed.date).toBe('2026-12-06T09:00:00.000Z');
    expect(parsed.html).toBe('<p>Kære medlemmer – se vedlagte bilag om ældreområdet.</p>');
    expect(parsed.attachments).toHaveLength(1);
    expect(parsed.attachments[0]?.filename).toBe('Bilag 1 – Økonomi for sundhedsklyngen, ændret udgave (endelig).pdf');
    const content = parsed.attachments[0]?.content;
    expect(Buffer.from(typeof content === 'string' ? content : new Uint8Array(content ?? new ArrayBuffer(0)))).toEqual(pdf);
  });

  it("a recipient's copy (no Bcc stored) carries no Bcc header", () => {
    expect(toMime(message({ bccRecipients: [] }))).not.toMatch(/^Bcc:/m);
  });
});
