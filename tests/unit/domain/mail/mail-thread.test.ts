import { htmlToText, QUOTE_MARKER } from '../../../../src/domain/mail/html-text';
import { splitThread, unwrapQuoted } from '../../../../src/domain/mail/quotes';
import { stripSignature } from '../../../../src/domain/mail/signature';

const lines = (text: string) => text.split('\n');

describe('html to text', () => {
  it('keeps bold headings on their lines, drops scripts, styles, images and javascript: hrefs', () => {
    const text = htmlToText(
      '<style>p{}</style><script>alert(1)</script><p><b>Indstilling</b></p><ul><li>at A</li></ul><p><strong>Sagsfremstilling:</strong> Tekst</p><img src=x onerror="alert(2)"><a href="javascript:alert(3)">link</a>',
    );
    expect(text).toBe('Indstilling\n- at A\n\nSagsfremstilling: Tekst\nlink');
  });

  it('marks Outlook reply headers (divRplyFwdMsg, border-top div) and quotes blockquotes', () => {
    expect(htmlToText('<p>Own</p><div id="divRplyFwdMsg"><b>From:</b> X</div><div>Old</div>')).toBe(`Own\n\n${QUOTE_MARKER}\nFrom: X\nOld`);
    expect(htmlToText('<p>Own</p><div style="border:none;border-top:solid #E1E1E1 1.0pt"><p><b>Fra:</b> X</p></div>')).toContain(
      QUOTE_MARKER,
    );
    expect(htmlToText('<blockquote>Gammel<br>tekst</blockquote>')).toBe('> Gammel\n> tekst');
  });

  it('reads table cells as heading and value lines', () => {
    expect(htmlToText('<table><tr><td><b>Tidsforbrug</b></td><td>15 min</td></tr></table>')).toMatch(/Tidsforbrug\n+15 min/);
  });
});

describe('quoted threads', () => {
  it.each([
    ['-----Original Message-----\nFrom: X\nSent: Y', false],
    ['________________________________\nFra: X\nSendt: Y\nTil: Z', false],
    ['From: X Sent: Y To: Z Subject: W', false],
    ['Den 2. feb. 2027 kl. 10.12 skrev Katrine Holm <k@x.dk>:', false],
    ['On Tue, 2 Feb 2027 at 10:12, Katrine <k@x.dk>\nwrote:', false],
    ['> quoted', false],
    ['---------- Forwarded message ---------\nFrom: X', true],
    ['-------- Videresendt meddelelse --------', true],
    ['Begin forwarded message:', true],
  ])('cuts at %j', (quote, forward) => {
    const split = splitThread(lines(`Own text\n\n${quote}\nold text`));
    expect(split.own.join('\n').trim()).toBe('Own text');
    expect(split.forwardHeader).toBe(forward);
  });

  it('does not cut at prose that only looks like it ("Lægen skrev:", "Fra: kommunen" without a date line)', () => {
    expect(splitThread(lines('Lægen skrev:\nFra: kommunen kom en henvendelse\nmere')).quoted).toEqual([]);
  });

  it('unwraps a forwarded message: header fields dropped, subject kept, ">" removed', () => {
    const inner = unwrapQuoted(
      lines('-----Original Message-----\nFrom: A\nSent: B\nTo: C\nSubject: Sagsfremstilling: X\n\n> Indstilling\n> - at Y'),
    );
    expect(inner.subject).toBe('Sagsfremstilling: X');
    expect(inner.lines.join('\n').trim()).toBe('Indstilling\n- at Y');
  });
});

describe('signatures', () => {
  it.each(['-- ', 'Med venlig hilsen', 'Venlig hilsen', 'Mvh', 'Mvh Lene', 'Best regards', 'Kind regards,', 'Sendt fra min iPhone'])(
    'cuts at "%s"',
    (closing) => {
      expect(stripSignature(lines(`Tekst.\n\n${closing}\nLene Damgaard\nTlf. 1234 5678`))).toEqual(['Tekst.']);
    },
  );

  it('keeps prose that starts with a closing word', () => {
    expect(stripSignature(lines('Regards the budget, we need more.\nhilsen fra kommunen blev modtaget'))).toHaveLength(2);
  });
});
