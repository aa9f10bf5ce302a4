import { LISTS } from '../../../../src/store/schema';
import {
  basePermissions,
  CONTRIBUTE_NO_DELETE,
  CONTRIBUTE_PERMISSIONS,
  hasPermission,
  READ_PERMISSIONS,
  sitePermissionPlan,
} from '../../../../src/store/site-permissions/permission-plan';

describe('the site permission plan', () => {
  const plan = sitePermissionPlan(['Jonas@Region.example', 'lene@kommune.example', 'jonas@region.example']);

  it('covers every list of the schema exactly once, and the two document folders', () => {
    const lists = plan.flatMap((p) => (p.target.kind === 'list' ? [p.target.list] : []));
    expect([...lists].sort()).toEqual(LISTS.map((l) => l.name).sort());
    expect(plan.flatMap((p) => (p.target.kind === 'folder' ? [p.target.path] : []))).toEqual([
      'Møder',
      'Godkendte referater',
      'Høringer',
      'Offentliggørelse',
    ]);
  });

  it('lets members only read configuration, versions and documents', () => {
    for (const name of ['Forum', 'Members', 'Meetings', 'MinutesVersions', 'Consultations']) {
      const entry = plan.find((p) => p.target.kind === 'list' && p.target.list === name);
      expect(entry?.grants.find((g) => g.principal.kind === 'members')?.level).toBe('read');
      expect(entry?.grants.filter((g) => g.level !== 'read').map((g) => g.principal.kind)).toEqual(['owners']);
    }
  });

  it('lets a person add and edit only their own answers (approvals, sign-offs, substitutes), and delete none', () => {
    for (const name of ['Approvals', 'SignOffs', 'Substitutes']) {
      const entry = plan.find((p) => p.target.kind === 'list' && p.target.list === name);
      expect(entry?.writeSecurity).toBe(2);
      expect(entry?.grants.find((g) => g.principal.kind === 'members')?.level).toBe('contributeNoDelete');
    }
    expect(hasPermission(CONTRIBUTE_NO_DELETE.basePermissions, 'addListItems')).toBe(true);
    expect(hasPermission(CONTRIBUTE_NO_DELETE.basePermissions, 'editListItems')).toBe(true);
    expect(hasPermission(CONTRIBUTE_NO_DELETE.basePermissions, 'deleteListItems')).toBe(false);
    expect(hasPermission(CONTRIBUTE_NO_DELETE.basePermissions, 'manageLists')).toBe(false);
  });

  it('grants the chairs, once each and by lower-case address, triage on submissions and the agenda (which they may also remove items from)', () => {
    const users = (name: string) =>
      plan.find((p) => p.target.kind === 'list' && p.target.list === name)?.grants.filter((g) => g.principal.kind === 'user');
    expect(users('Submissions')).toEqual([
      { principal: { kind: 'user', email: 'jonas@region.example' }, level: 'contributeNoDelete' },
      { principal: { kind: 'user', email: 'lene@kommune.example' }, level: 'contributeNoDelete' },
    ]);
    expect(users('AgendaItems')?.map((g) => g.level)).toEqual(['contribute', 'contribute']);
    expect(hasPermission(CONTRIBUTE_PERMISSIONS, 'deleteListItems')).toBe(true);
    expect(CONTRIBUTE_PERMISSIONS).toEqual({ High: '432', Low: '1011028719' });
  });

  it('builds the masks SharePoint uses for Read and for Contribute without delete', () => {
    // SharePoint's built-in Read is High 176, Low 138612833; Contribute is High 432, Low 1011028719 (minus delete: 8 + 128).
    expect(READ_PERMISSIONS).toEqual({ High: '176', Low: '138612833' });
    expect(CONTRIBUTE_NO_DELETE.basePermissions).toEqual({ High: '432', Low: String(1011028719 - 8 - 128) });
    expect(basePermissions(['useRemoteAPIs'])).toEqual({ High: '32', Low: '0' });
  });
});
