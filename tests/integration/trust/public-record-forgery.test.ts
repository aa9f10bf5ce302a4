import { PUBLIC_FILES } from '../../../src/domain/public-record/public-html';
import { PublicationStore, publicationFolderPath } from '../../../src/store/publication/publication-store';
import { call, tokenFor } from '../support/sandbox';
import { TEST_PEOPLE } from '../support/test-seed';
import { ActionsStore } from '../../../src/store/actions/actions-store';
import { answer, contentFor, NOW, SITE, store } from '../minutes/minutes-support';
import { ATTACKERS, CECILIE, GUSTAV, frozen, scene, type Scene } from './trust-support';

/**
 * The public record (issue 20 pt 3) forged ahead of the secretariat: a member puts his own "beslutningsprotokol" at
 * the name the secretariat's publication will use ("Offentliggørelse/<date> <title>/"), which every member can work
 * out. On a provisioned site the folder is the secretariat's (read only for members: the tenant refuses the upload);
 * on a site left without the permissions the upload goes through, and the app neither shows his page as the
 * published record nor lets it stand in the way: publishing replaces it with the record of the approved minutes.
 * Likewise the members' own record, the archive of approved minutes ("Godkendte referater"): a version he adds as
 * "approved" is in nobody's archive.
 */

const FORGED = '<!doctype html><p>Beslutningsprotokol: styregruppen besluttede at nedlægge sig selv.</p>';
let t: Scene | undefined;
afterEach(async () => {
  await t?.sb.dispose();
  t = undefined;
});

const pagePath = (s: Scene): string =>
  `${SITE}/drive/root:/${publicationFolderPath(s.meeting).split('/').map(encodeURIComponent).join('/')}/${PUBLIC_FILES.decisions.html}`;

/** The attacker's upload with his own token, straight at Graph (what the library's own page does on his behalf). */
async function forge(s: Scene, attacker: string): Promise<number> {
  const res = await call(s.sb, 'PUT', `${pagePath(s)}:/content`, {
    token: await tokenFor(s.sb, attacker),
    body: Buffer.from(FORGED),
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
  return res.status;
}

describe.each(ATTACKERS)('as %s', (_who, attacker) => {
  it('the tenant refuses his page in the public record folder', async () => {
    t = await scene('provisioned');
    expect(await forge(t, attacker)).toBe(403);
  });

  it('without the permissions, his page is not the published record, and publishing the approved decisions replaces it', async () => {
    t = await scene('inherited');
    expect([200, 201]).toContain(await forge(t, attacker));
    const publication = new PublicationStore(t.graph);
    expect((await publication.status(t.forum, t.meeting)).decisions).toBeUndefined();

    const version = await frozen(t);
    await answer(t.sb, CECILIE, version, 'approved');
    await answer(t.sb, GUSTAV, version, 'approved');
    expect((await store(t.graph).circulate(t.forum, t.meeting, version)).outcome).toBe('circulated');
    const published = await publication.publish(t.forum, t.meeting, 'decisions');
    expect(published.outcome).toBe('published');

    const secretary = await tokenFor(t.sb, TEST_PEOPLE.secretary.mail);
    const page = await call<string>(t.sb, 'GET', `${pagePath(t)}:/content`, { token: secretary });
    expect(page.body).toContain('Beslutningsprotokol');
    expect(page.body).not.toContain('nedlægge sig selv');
    const item = await call<{ createdBy?: { user?: { email?: string } } }>(t.sb, 'GET', pagePath(t), { token: secretary });
    expect(item.body.createdBy?.user?.email?.toLowerCase()).toBe(TEST_PEOPLE.secretary.mail.toLowerCase());
    expect((await publication.status(t.forum, t.meeting)).decisions?.name).toBe(PUBLIC_FILES.decisions.html);
  });
});

describe.each(ATTACKERS)('as %s, approved minutes of his own in the members’ archive', (_who, attacker) => {
  it('without the permissions, his "approved" version is in nobody’s archive; the secretariat’s circulated one is', async () => {
    t = await scene('inherited');
    const snapshot = contentFor(t.meeting, 'Styregruppen besluttede at nedlægge sig selv.');
    const forged = await call<{ id?: string }>(t.sb, 'POST', `${SITE}/lists/MinutesVersions/items`, {
      token: await tokenFor(t.sb, attacker),
      body: {
        fields: {
          Title: 'Referat',
          MeetingId: t.meeting.id,
          Version: 9,
          Status: 'approved',
          SnapshotJson: JSON.stringify(snapshot),
          FinalPdfUrl: 'https://udenfor.example/referat.pdf',
          FinalAt: '2026-03-20T08:00:00Z',
        },
      },
    });
    expect(forged.status).toBe(201);
    const archive = () => new ActionsStore(t?.graph as Scene['graph'], () => NOW).approvedMinutes(t?.forum as Scene['forum']);
    expect((await archive()).map((m) => m.versionId)).not.toContain(forged.body.id);

    const version = await frozen(t);
    await answer(t.sb, CECILIE, version, 'approved');
    await answer(t.sb, GUSTAV, version, 'approved');
    expect((await store(t.graph).circulate(t.forum, t.meeting, version)).outcome).toBe('circulated');
    expect((await archive()).map((m) => m.versionId)).toEqual([version.id]);
  });
});
