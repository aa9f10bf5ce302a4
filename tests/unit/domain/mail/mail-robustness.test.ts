import { parseMail } from '../../../../src/domain/mail/parse-mail';
import type { MailMessage } from '../../../../src/domain/mail/mail-types';

/** Hostile and broken input: parseMail never throws and stays well under a second per mail. */
const timed = (mail: MailMessage) => {
  const started = performance.now();
  const parsed = parseMail(mail);
  return { parsed, ms: performance.now() - started };
};

describe('parseMail on hostile input', () => {
  const MB = 1024 * 1024;
  const cases: [string, MailMessage][] = [
    ['1 MB of "a" as text', { subject: 'a'.repeat(MB), text: 'a'.repeat(MB) }],
    ['1 MB of "a" as HTML', { subject: 'x', html: 'a'.repeat(MB) }],
    ['100k spaces', { subject: ' '.repeat(100_000), text: ' '.repeat(100_000), html: ' '.repeat(100_000) }],
    ['100k nested divs', { subject: 'x', html: `${'<div>'.repeat(100_000)}Indstilling${'</div>'.repeat(100_000)}` }],
    ['100k unclosed tags', { subject: 'x', html: '<b><i><span>'.repeat(33_000) }],
    ['many lines of headings', { subject: 'x', text: 'Indstilling\n'.repeat(100_000) }],
    ['many bullets', { subject: 'x', text: `Indstilling\n${'- at a\n'.repeat(50_000)}` }],
    ['long "Den … skrev" lookalikes', { subject: 'x', text: `${'Den '.repeat(90)}\n`.repeat(20_000) }],
    ['long "From:" lookalikes', { subject: 'x', text: `From: ${'x '.repeat(150)}\n`.repeat(20_000) }],
    ['a time slot lookalike', { subject: `kl. ${'1:11-'.repeat(50_000)}`, text: `Tidsforbrug: ${'1'.repeat(100_000)} min` }],
    ['closings and names', { subject: 'x', text: `Mvh ${'Aa '.repeat(50_000)}` }],
    ['consultation with huge reply', { subject: 'SV: [Høring KSG-2027-03] x', text: `kan ikke ${'godkende '.repeat(100_000)}` }],
    [
      'control characters and surrogates',
      { subject: '\u0000\ud800', text: '\u0000\u0001\ud800\udfff'.repeat(50_000), html: '<p>\u0000</p>'.repeat(10_000) },
    ],
  ];

  it.each(cases)('%s: parses without throwing, well under a second', (_, mail) => {
    const { parsed, ms } = timed(mail);
    expect(['submission', 'consultationReply', 'autoReply', 'other']).toContain(parsed.kind);
    expect(ms).toBeLessThan(1000);
  });

  it('survives malformed objects without throwing', () => {
    const broken = [
      { subject: undefined },
      { subject: 'x', headers: 'nope' },
      { subject: 'x', attachments: null, from: { address: 42 } },
      null,
      {
        subject: 'x',
        get text(): string {
          throw new Error('boom');
        },
      },
    ] as unknown as MailMessage[];
    for (const mail of broken) {
      expect(() => parseMail(mail)).not.toThrow();
      expect(parseMail(mail).kind).toBe('other');
    }
  });

  it('scripts, event handlers and javascript: links never reach the parsed text', () => {
    const parsed = parseMail({
      subject: 'Sagsfremstilling: X',
      html: '<script>alert("s")</script><p><b>Sagsfremstilling:</b> Tekst <a href="javascript:alert(1)">her</a><img src=x onerror="alert(2)"></p><style>p{x:y}</style><iframe srcdoc="<script>alert(3)</script>"></iframe>',
    });
    expect(parsed.description).toBe('Tekst her');
    expect(JSON.stringify([parsed.title, parsed.description, parsed.recommendations])).not.toMatch(/alert|javascript|onerror|<script/);
  });
});
