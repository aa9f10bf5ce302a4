// Users, groups and members.
import type { Step } from './walk';

export const directorySteps: readonly Step[] = [
  { method: 'GET', pattern: '/me', request: () => ({ path: '/me' }), expect: { entity: 'microsoft.graph.user' } },
  {
    method: 'GET',
    pattern: '/me',
    as: 'member',
    request: () => ({ path: '/me?$select=id,displayName,mail,userType,companyName' }),
    expect: { entity: 'microsoft.graph.user' },
  },
  { method: 'GET', pattern: '/users', request: () => ({ path: '/users?$top=2' }), expect: { collection: 'microsoft.graph.user' } },
  {
    method: 'GET',
    pattern: '/users',
    request: (ids) => ({ path: `/users?$filter=${encodeURIComponent(`mail eq '${ids.get('chairMail')}'`)}` }),
    expect: { collection: 'microsoft.graph.user' },
  },
  {
    method: 'GET',
    pattern: '/users/:userId',
    request: (ids) => ({ path: `/users/${ids.seg('chairId')}` }),
    expect: { entity: 'microsoft.graph.user' },
  },
  {
    method: 'GET',
    pattern: '/me/memberOf',
    as: 'member',
    request: () => ({ path: '/me/memberOf' }),
    expect: { collection: 'microsoft.graph.directoryObject' },
  },
  {
    method: 'GET',
    pattern: '/groups/:groupId',
    request: (ids) => ({ path: `/groups/${ids.seg('groupId')}` }),
    expect: { entity: 'microsoft.graph.group' },
  },
  {
    method: 'GET',
    pattern: '/groups/:groupId/members',
    as: 'member',
    request: (ids) => ({ path: `/groups/${ids.seg('groupId')}/members` }),
    expect: { collection: 'microsoft.graph.directoryObject' },
  },
  {
    method: 'GET',
    pattern: '/groups/:groupId/owners',
    as: 'member',
    request: (ids) => ({ path: `/groups/${ids.seg('groupId')}/owners?$select=id,displayName,mail,userPrincipalName&$top=100` }),
    expect: { collection: 'microsoft.graph.directoryObject' },
  },
];
