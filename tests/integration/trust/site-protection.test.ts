import { SandboxTokenProvider } from '../../../src/auth/sandbox-token-provider';
import { createSharePointRest, restRootOf, sharePointScopes } from '../../../src/graph/sharepoint-rest';
import { siteProtection, type OpenSite } from '../../../src/store/site-permissions/site-protection';
import { TEST_PEOPLE } from '../support/test-seed';
import { OTTO, scene, type Scene } from './trust-support';

/**
 * The secretariat's warning: the app reads its forum site's permissions through SharePoint's REST API (as the
 * sandbox serves it on its own origin) and compares them with the plan — the audit `provision --check` prints.
 */
let t: Scene | undefined;
afterEach(async () => {
  await t?.sb.dispose();
  t = undefined;
});

const opener =
  (s: Scene, user: string): OpenSite =>
  async (webUrl) =>
    createSharePointRest({
      tokens: new SandboxTokenProvider(s.sb.url, user),
      scopes: sharePointScopes(webUrl, 'AllSites.Read'),
      site: { restRoot: restRootOf(`${s.sb.url}${new URL(webUrl).pathname}`) },
    });

it('finds a provisioned site protected and names what an unprovisioned one lacks', async () => {
  t = await scene('provisioned');
  expect(await siteProtection(t.graph, opener(t, TEST_PEOPLE.secretary.mail), t.forum)).toEqual({ status: 'protected' });
  await t.sb.dispose();

  t = await scene('inherited');
  const open = await siteProtection(t.graph, opener(t, TEST_PEOPLE.secretary.mail), t.forum);
  expect(open.status).toBe('unprotected');
  const subjects = open.status === 'unprotected' ? open.deviations.map((d) => d.subject) : [];
  expect(subjects).toEqual(expect.arrayContaining(['Members', 'MinutesVersions', 'Approvals', 'SignOffs']));
});

it('claims nothing when the permissions cannot be read (a member may not read role assignments)', async () => {
  t = await scene('inherited');
  expect(await siteProtection(t.graph, opener(t, OTTO.mail), t.forum)).toEqual({ status: 'unknown' });
});
