/**
 * A one-page PDF of text lines, written by hand because the seed is built synchronously (pdf-lib, which the sandbox's
 * conversion uses, is asynchronous): Helvetica in WinAnsiEncoding, so Danish letters show; for the seeded documents
 * of a meeting held before the sandbox started, nothing the app itself writes.
 */

/** WinAnsi codes of the characters above Latin-1 the seed's texts use. */
const WIN_ANSI: Readonly<Record<string, number>> = { '–': 0x96, '—': 0x97, '…': 0x85, '“': 0x93, '”': 0x94, '’': 0x92, '•': 0x95 };

function pdfString(text: string): string {
  return [...text]
    .map((c) => {
      const code = c.charCodeAt(0);
      if (c === '(' || c === ')' || c === '\\') return `\\${c}`;
      if (code < 32) return ' ';
      if (code < 127) return c;
      const win = WIN_ANSI[c] ?? (code >= 160 && code <= 255 ? code : 63);
      return `\\${win.toString(8).padStart(3, '0')}`;
    })
    .join('');
}

export function textPdf(title: string, lines: readonly string[]): Uint8Array {
  const body = [`/F1 15 Tf (${pdfString(title)}) Tj`, '/F1 10 Tf', ...lines.slice(0, 60).map((l) => `T* (${pdfString(l)}) Tj`)];
  const stream = `BT 56 780 Td 15 TL ${body.join('\n')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character is ASCII by now (escapes above), so offsets in characters are offsets in bytes.
  return new TextEncoder().encode(out);
}
