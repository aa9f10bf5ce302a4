// The same routes called by the unattended run's application (app-only token): what it reads and writes in the
// forum's site (its writes stamped with Graph's identitySet `application`), its shared mailbox, the group's owners,
// a user's id and a Teams activity — shapes as for a person.
import { prop } from './walk';
import type { Ids, Step } from './walk';

const items = (ids: Ids): string => `/sites/${ids.seg('siteId')}/lists/${ids.seg('contractListId')}/items`;
const shared = (ids: Ids): string => `/users/${ids.seg('sharedMailboxId')}`;

export const appSteps: readonly Step[] = [
  {
    method: 'GET',
    pattern: '/groups/:groupId/owners',
    as: 'app',
    request: (ids) => ({ path: `/groups/${ids.seg('groupId')}/owners` }),
    expect: { collection: 'microsoft.graph.directoryObject' },
  },
  {
    method: 'GET',
    pattern: '/users/:userId',
    as: 'app',
    request: (ids) => ({ path: `/users/${ids.seg('chairMail')}?$select=id` }),
    expect: { entity: 'microsoft.graph.user' },
  },
  {
    method: 'GET',
    pattern: '/groups/:groupId/sites/root',
    as: 'app',
    request: (ids) => ({ path: `/groups/${ids.seg('groupId')}/sites/root` }),
    expect: { entity: 'microsoft.graph.site' },
  },
  {
    method: 'POST',
    pattern: '/sites/:siteId/lists/:listId/items',
    as: 'app',
    request: (ids) => ({ path: items(ids), body: { fields: { Title: 'Fra kørslen', Count: 3 } } }),
    expect: { entity: 'microsoft.graph.listItem' },
    capture: (body, ids) => ids.set('appItemId', prop(body, 'id')),
  },
  {
    method: 'PATCH',
    pattern: '/sites/:siteId/lists/:listId/items/:itemId',
    as: 'app',
    request: (ids) => ({ path: `${items(ids)}/${ids.seg('appItemId')}`, body: { fields: { Count: 4 } } }),
    expect: { entity: 'microsoft.graph.listItem' },
  },
  {
    method: 'GET',
    pattern: '/sites/:siteId/lists/:listId/items',
    as: 'app',
    request: (ids) => ({ path: `${items(ids)}?$expand=fields` }),
    expect: { collection: 'microsoft.graph.listItem' },
  },
  {
    method: 'GET',
    pattern: '/users/:userId/mailFolders/:folderId/messages/delta',
    as: 'app',
    request: (ids) => ({ path: `${shared(ids)}/mailFolders/inbox/messages/delta`, headers: { Prefer: 'odata.maxpagesize=50' } }),
    expect: { collection: 'microsoft.graph.message' },
  },
  {
    method: 'POST',
    pattern: '/users/:userId/messages',
    as: 'app',
    request: (ids) => ({
      path: `${shared(ids)}/messages`,
      body: {
        subject: `Påmindelse ${ids.get('runId')}`,
        body: { contentType: 'html', content: '<p>Hej</p>' },
        toRecipients: [{ emailAddress: { address: ids.get('patientMail') } }],
      },
    }),
    expect: { entity: 'microsoft.graph.message' },
    capture: (body, ids) => ids.set('appDraftId', prop(body, 'id')),
  },
  {
    method: 'POST',
    pattern: '/users/:userId/messages/:messageId/send',
    as: 'app',
    request: (ids) => ({ path: `${shared(ids)}/messages/${ids.seg('appDraftId')}/send` }),
    expect: { empty: true },
  },
  {
    method: 'POST',
    pattern: '/users/:userId/sendMail',
    as: 'app',
    request: (ids) => ({
      path: `${shared(ids)}/sendMail`,
      body: {
        message: {
          subject: `Kvittering ${ids.get('runId')}`,
          body: { contentType: 'text', content: 'Modtaget' },
          toRecipients: [{ emailAddress: { address: ids.get('patientMail') } }],
        },
      },
    }),
    expect: { empty: true },
  },
  {
    method: 'POST',
    pattern: '/users/:userId/teamwork/sendActivityNotification',
    as: 'app',
    request: (ids) => ({
      path: `/users/${ids.seg('chairId')}/teamwork/sendActivityNotification`,
      body: {
        topic: { source: 'text', value: 'Referat', webUrl: 'https://teams.microsoft.com/l/entity/x' },
        activityType: 'approvalReminder',
        previewText: { content: 'Påmindelse' },
      },
    }),
    expect: { empty: true },
  },
];
