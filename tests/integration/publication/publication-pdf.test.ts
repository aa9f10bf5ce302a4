import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findSoffice } from '../../../src/sandbox/drive/office-pdf';
import { PublicationStore, publicationFolderPath } from '../../../src/store/publication/publication-store';
import { pdfBookmarkTitles, pdfObjectsText } from '../../support/pdf-reading';
import { meetingTwoAsSecretary } from '../support/meeting-two';

/**
 * The public agenda's PDF as Office's conversion makes it (the sandbox lays the .docx out with LibreOffice, as the
 * tenant's Graph conversion does with Word): tagged (a structure tree, marked content), in Danish, with a bookmark
 * per item. Skipped where LibreOffice is not installed.
 */
const run = findSoffice() ? it : it.skip;

run(
  'the public agenda PDF is tagged, in Danish, with a bookmark per item',
  async () => {
    const { sb, graph, forum, meeting } = await meetingTwoAsSecretary(undefined, { pdf: 'libreoffice' });
    try {
      const result = await new PublicationStore(graph).publish(forum, meeting, 'agenda');
      expect(result.outcome).toBe('published');
      const path = `${publicationFolderPath(meeting)}/dagsorden.pdf`.split('/').map(encodeURIComponent).join('/');
      const pdf = Buffer.from(await graph.getBytes(`/sites/${forum.siteId}/drive/root:/${path}:/content`));
      const objects = pdfObjectsText(pdf);
      expect(objects).toMatch(/\/StructTreeRoot/);
      expect(objects).toMatch(/\/MarkInfo\s*<<\s*\/Marked\s+true/);
      expect(objects).toMatch(/\/Lang\s*\(da-DK\)/);
      expect(pdfBookmarkTitles(pdf)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^1\. Velkomst/), expect.stringMatching(/^2\. /)]),
      );
      const file = join(mkdtempSync(join(tmpdir(), 'public-pdf-')), 'dagsorden.pdf');
      writeFileSync(file, pdf);
      expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);
    } finally {
      await sb.dispose();
    }
  },
  180_000,
);
