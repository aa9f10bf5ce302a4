import { approvalProgress } from '../../../src/ui/model/approvals';
import { HomeStore } from '../../../src/store/home-store';
import { createApprovalViewStore } from '../../../src/store/minutes/approval-view-store';
import { syncSubmissions } from '../../../src/store/intake/sync-submissions';
import { chairsOf, roleOf } from '../../../src/domain/forum-trust';
import { minutesHash } from '../../../src/domain/minutes/minutes-content';
import type { MinutesVersion } from '../../../src/domain/types';
import { graphFor } from '../support/graph-for';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';
import { answer, contentFor, store } from '../minutes/minutes-support';
import { sha256 } from '../support/minutes-fixtures';
import { ATTACKERS, CECILIE, GUSTAV, forumAs, frozen, itemWhere, mailsSent, scene, write, type Scene } from './trust-support';

/**
 * Issue 13's forgeries of the minutes, each as an ordinary member and as a guest from another tenant: on a site
 * provisioned with the plan the write itself is refused (403); on a site left without the permissions the write goes
 * through and the app's own verification refuses — the circulated minutes never go out.
 */

const CIRCULATED = 'Godkendt referat:';
let t: Scene | undefined;
afterEach(async () => {
  await t?.sb.dispose();
  t = undefined;
});

const circulate = (s: Scene, version: MinutesVersion) => store(s.graph).circulate(s.forum, s.meeting, version);

describe.each(ATTACKERS)('as %s', (_who, attacker) => {
  describe('role forgery: makes himself a co-chair and a real co-chair a plain member', () => {
    const forge = async (s: Scene) => {
      const mine = await itemWhere(s, 'Members', 'Email', attacker);
      const gustav = await itemWhere(s, 'Members', 'Email', GUSTAV);
      return [
        await write(s, attacker, 'PATCH', `/lists/Members/items/${mine.id}/fields`, { Role: 'chair' }),
        await write(s, attacker, 'PATCH', `/lists/Members/items/${gustav.id}/fields`, { Role: 'member' }),
      ];
    };

    it('the tenant refuses both writes', async () => {
      t = await scene('provisioned');
      expect((await forge(t)).map((w) => w.status)).toEqual([403, 403]);
    });

    it('without the permissions, his role and the demotion do not count, and "Udsend referat" sends nothing', async () => {
      t = await scene('inherited');
      const version = await frozen(t);
      expect((await forge(t)).map((w) => w.status)).toEqual([200, 200]);
      await answer(t.sb, attacker, version, 'approved');
      await answer(t.sb, CECILIE, version, 'approved');
      const result = await circulate(t, version);
      expect(result).toMatchObject({ outcome: 'not-approved', reason: 'members-changed' });
      expect(result.blocker?.kind === 'members-changed' && result.blocker.rows.map((r) => r.email).sort()).toEqual(
        [GUSTAV, attacker].sort(),
      );
      // The app the attacker opens gives him no chair's rights either.
      const seen = await forumAs(t, attacker);
      expect(roleOf(seen, { email: attacker })).toBe('observer');
      expect(chairsOf(seen).map((m) => m.email)).toEqual([CECILIE]);
      expect(await mailsSent(t, CIRCULATED)).toEqual([]);
    });
  });

  describe("rule forgery: lowers the forum's approval rule to one co-chair", () => {
    const forge = async (s: Scene) => {
      const item = await itemWhere(s, 'Forum', 'ShortName', 'TSG');
      const settings = JSON.parse(String(item.fields.SettingsJson)) as Record<string, unknown>;
      return write(s, attacker, 'PATCH', `/lists/Forum/items/${item.id}/fields`, {
        SettingsJson: JSON.stringify({ ...settings, approval: { required: 1 } }),
      });
    };

    it('the tenant refuses the write', async () => {
      t = await scene('provisioned');
      expect((await forge(t)).status).toBe(403);
    });

    it('without the permissions, the rule he wrote is ignored: one co-chair is not enough', async () => {
      t = await scene('inherited');
      const version = await frozen(t);
      expect((await forge(t)).status).toBe(200);
      await answer(t.sb, CECILIE, version, 'approved');
      const result = await circulate(t, version);
      expect(result).toMatchObject({ outcome: 'not-approved', reason: 'rule-not-met' });
      expect(result.status).toMatchObject({ approvals: 1, required: 2 });
      expect((await forumAs(t, TEST_PEOPLE.secretary.mail)).settingsUnverified).toBeDefined();
      expect(await mailsSent(t, CIRCULATED)).toEqual([]);
    });

    it("without the permissions, the secretariat's mail sync afterwards does not make his rule the secretariat's", async () => {
      t = await scene('inherited');
      const version = await frozen(t);
      expect((await forge(t)).status).toBe(200);
      // The intake keeps its place in the mail on the same Forum item: a write there would stamp the secretary as its
      // last editor, and the member's settings would pass for hers.
      const report = await syncSubmissions(t.graph, await forumAs(t, TEST_PEOPLE.secretary.mail));
      expect(report.failed).toEqual([]);
      const forum = await forumAs(t, TEST_PEOPLE.secretary.mail);
      expect(forum.settingsUnverified).toBeDefined();
      await answer(t.sb, CECILIE, version, 'approved');
      expect(await store(t.graph).circulate(forum, t.meeting, version)).toMatchObject({ outcome: 'not-approved', reason: 'rule-not-met' });
      expect(await mailsSent(t, CIRCULATED)).toEqual([]);
    });
  });

  describe('text forgery: rewrites the approved snapshot (and adds his own address to its guests) after both co-chairs approved', () => {
    const forge = async (s: Scene, version: MinutesVersion) => {
      const content = contentFor(s.meeting, 'Styregruppen besluttede at lukke indsatsen.');
      const leaked = {
        ...content,
        attendance: [
          ...content.attendance,
          { email: 'laekket@udenfor.example', name: 'Lækket', organisation: 'Udenfor', presence: 'guest' as const },
        ],
      };
      return write(s, attacker, 'PATCH', `/lists/MinutesVersions/items/${version.id}/fields`, { SnapshotJson: JSON.stringify(leaked) });
    };

    it('the tenant refuses the write', async () => {
      t = await scene('provisioned');
      const version = await frozen(t);
      expect((await forge(t, version)).status).toBe(403);
    });

    it('without the permissions, the changed version is refused and nothing is sent', async () => {
      t = await scene('inherited');
      const version = await frozen(t);
      await answer(t.sb, CECILIE, version, 'approved');
      await answer(t.sb, GUSTAV, version, 'approved');
      expect((await forge(t, version)).status).toBe(200);
      expect(await circulate(t, version)).toMatchObject({ outcome: 'not-approved', reason: 'version-not-secretariats' });
      expect(await mailsSent(t, CIRCULATED)).toEqual([]);
    });
  });

  describe("answer deletion: deletes a co-chair's request for changes", () => {
    const prepare = async (s: Scene) => {
      const version = await frozen(s);
      await answer(s.sb, CECILIE, version, 'approved');
      await answer(s.sb, GUSTAV, version, 'approved');
      await answer(s.sb, GUSTAV, version, 'changes-requested', { Comment: 'Punkt 2 er ikke korrekt.' });
      // The secretariat opens the minutes status and sees Gustav's answer.
      const overview = await store(s.graph).overview(s.forum, s.meeting);
      expect(overview.blocker?.kind).toBe('changes-requested');
      return { version, request: await itemWhere(s, 'Approvals', 'Decision', 'changes-requested') };
    };

    it('the tenant refuses the deletion', async () => {
      t = await scene('provisioned');
      const { request } = await prepare(t);
      expect((await write(t, attacker, 'DELETE', `/lists/Approvals/items/${request.id}`)).status).toBe(403);
    });

    it('without the permissions, the missing answer blocks circulation until the secretariat has looked into it', async () => {
      t = await scene('inherited');
      const { version, request } = await prepare(t);
      expect((await write(t, attacker, 'DELETE', `/lists/Approvals/items/${request.id}`)).status).toBe(204);
      const result = await circulate(t, version);
      expect(result).toMatchObject({ outcome: 'not-approved', reason: 'answer-missing' });
      expect(result.blocker?.kind === 'answer-missing' && result.blocker.answers.map((a) => [a.email, a.decision])).toEqual([
        [GUSTAV, 'changes-requested'],
      ]);
      expect(await mailsSent(t, CIRCULATED)).toEqual([]);
    });
  });

  describe('version forgery: posts his own "version 2" with a correct hash of his text', () => {
    const forge = async (s: Scene, real: MinutesVersion) => {
      const content = contentFor(s.meeting, 'Styregruppen besluttede at lukke indsatsen.');
      const fields = {
        Title: 'Referat v2',
        MeetingId: real.meetingId,
        Version: 2,
        VersionKey: `${real.meetingId}:2`,
        ContentHash: await minutesHash(content, sha256),
        Status: 'awaiting-approval',
        SnapshotJson: JSON.stringify(content),
      };
      return write(s, attacker, 'POST', '/lists/MinutesVersions/items', { fields });
    };

    it('the tenant refuses the write', async () => {
      t = await scene('provisioned');
      expect((await forge(t, await frozen(t))).status).toBe(403);
    });

    it('without the permissions, the real version is not superseded, his is offered to nobody and never circulated', async () => {
      t = await scene('inherited');
      const real = await frozen(t);
      const forged = await forge(t, real);
      expect(forged.status).toBe(201);
      const { graph } = await graphFor(t.sb, CECILIE);
      const chairForum = await forumAs(t, CECILIE);
      const view = createApprovalViewStore(graph);
      expect(await view.load(chairForum, real.id, { email: CECILIE })).toMatchObject({ superseded: false, bySecretariat: true });
      expect(await view.load(chairForum, forged.id ?? '', { email: CECILIE })).toMatchObject({ bySecretariat: false });
      const home = (await new HomeStore(graph, [TEST_FORUMS.steering], () => new Date('2026-03-20T08:00:00Z')).load()).forums[0];
      expect(home && approvalProgress(home).map((p) => p.version.id)).toEqual([real.id]);
      // Even approved by both co-chairs, the forged version does not go out.
      const v2 = {
        ...real,
        id: forged.id ?? '',
        version: 2,
        contentHash: await minutesHash(contentFor(t.meeting, 'Styregruppen besluttede at lukke indsatsen.'), sha256),
      };
      await answer(t.sb, CECILIE, v2, 'approved');
      await answer(t.sb, GUSTAV, v2, 'approved');
      expect(await circulate(t, v2)).toMatchObject({ outcome: 'not-approved', reason: 'version-not-secretariats' });
      // The secretariat's next version is numbered past his and supersedes only the real one.
      const next = await store(t.graph).freeze(t.forum, t.meeting, contentFor(t.meeting, 'Styregruppen drøftede indsatsen igen.'));
      expect(next).toMatchObject({ created: true, superseded: 1, version: { version: 3 } });
      expect(await mailsSent(t, CIRCULATED)).toEqual([]);
    });
  });
});

describe('the hash check on its own', () => {
  it('refuses approved minutes whose snapshot was changed by a secretariat write after the approvals (not a member): "content-changed"', async () => {
    t = await scene('provisioned');
    const version = await frozen(t);
    await answer(t.sb, CECILIE, version, 'approved');
    await answer(t.sb, GUSTAV, version, 'approved');
    const changed = JSON.stringify(contentFor(t.meeting, 'En anden tekst end den godkendte.'));
    expect(
      (await write(t, TEST_PEOPLE.secretary.mail, 'PATCH', `/lists/MinutesVersions/items/${version.id}/fields`, { SnapshotJson: changed }))
        .status,
    ).toBe(200);
    const overview = await store(t.graph).overview(t.forum, t.meeting);
    expect(overview.blocker?.kind).toBe('content-changed');
    expect(await circulate(t, version)).toMatchObject({ outcome: 'not-approved', reason: 'content-changed' });
    expect(await mailsSent(t, CIRCULATED)).toEqual([]);
  });

  it('circulates once when nothing was forged (both co-chairs approved the secretariat’s version)', async () => {
    t = await scene('provisioned');
    const version = await frozen(t);
    await answer(t.sb, CECILIE, version, 'approved');
    await answer(t.sb, GUSTAV, version, 'approved');
    expect((await circulate(t, version)).outcome).toBe('circulated');
    expect((await mailsSent(t, CIRCULATED)).length).toBeGreaterThan(0);
  });
});
