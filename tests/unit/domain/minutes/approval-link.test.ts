import { approvalLinks, approvalRoute, parseApprovalRoute } from '../../../../src/domain/minutes/approval-link';

describe('approval links', () => {
  const target = { groupId: '6f1c2a4e-0b7d', versionId: '17' };

  it('round-trips the route through a hash and a Teams sub-entity id', () => {
    expect(approvalRoute(target)).toBe('approve/6f1c2a4e-0b7d/17');
    expect(parseApprovalRoute('#/approve/6f1c2a4e-0b7d/17')).toEqual(target);
    expect(parseApprovalRoute('approve/6f1c2a4e-0b7d/17')).toEqual(target);
    expect(parseApprovalRoute('#/chair')).toBeUndefined();
    expect(parseApprovalRoute('approve/only-one')).toBeUndefined();
    expect(parseApprovalRoute(undefined)).toBeUndefined();
  });

  it('links Teams to the personal tab with the route as sub-entity, and mail to the web app', () => {
    const links = approvalLinks({ appId: 'app-1', appBaseUrl: 'https://sekretariat.example/', tabEntityId: 'home' }, target);
    expect(links.web).toBe('https://sekretariat.example/#/approve/6f1c2a4e-0b7d/17');
    const url = new URL(links.teams);
    expect(url.host).toBe('teams.microsoft.com');
    expect(url.pathname).toBe('/l/entity/app-1/home');
    expect(JSON.parse(url.searchParams.get('context') ?? '{}')).toEqual({ subEntityId: 'approve/6f1c2a4e-0b7d/17' });
  });
});
