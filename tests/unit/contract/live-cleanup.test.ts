// The live run's clean-up ledger: each answer that created something becomes the delete that takes it away again,
// answers that created nothing none, and a mail the walk moved goes back to the inbox.
import { MovedMail, undoFor } from '../../integration/contract/live/live-cleanup';
import type { Exchange } from '../../integration/contract/runner';

function exchange(method: string, pattern: string, path: string, status: number, body: unknown, extra: Partial<Exchange> = {}): Exchange {
  return { method, pattern, path, as: 'secretary', response: { status, headers: new Headers(), body }, ...extra };
}

describe('undoFor', () => {
  it.each([
    ['POST', '/groups/:groupId/events', '/groups/g1/events', '/groups/g1/events/e1'],
    ['POST', '/me/calendar/events', '/me/calendar/events', '/me/events/e1'],
    ['POST', '/users/:userId/events', '/users/u1/events', '/users/u1/events/e1'],
    ['POST', '/sites/:siteId/lists', '/sites/s1/lists', '/sites/s1/lists/e1'],
    ['POST', '/sites/:siteId/lists/:listId/items', '/sites/s1/lists/Submissions/items', '/sites/s1/lists/Submissions/items/e1'],
    ['POST', '/me/mailFolders', '/me/mailFolders', '/me/mailFolders/e1'],
    ['POST', '/users/:userId/mailFolders/:folderId/childFolders', '/users/box/mailFolders/f1/childFolders', '/users/box/mailFolders/e1'],
    ['POST', '/users/:userId/mailFolders/:folderId/messages', '/users/box/mailFolders/drafts/messages', '/users/box/messages/e1'],
    ['POST', '/me/messages/:messageId/createReply', '/me/messages/m1/createReply', '/me/messages/e1'],
    ['POST', '/me/onlineMeetings', '/me/onlineMeetings', '/me/onlineMeetings/e1'],
    ['POST', '/drives/:driveId/items/:itemId/children', '/drives/d1/items/root/children', '/drives/d1/items/e1'],
  ])('%s %s is undone by DELETE of what it made', (method, pattern, path, expected) => {
    expect(undoFor(exchange(method, pattern, `${path}?$select=id`, 201, { id: 'e1' }))).toEqual(
      expect.objectContaining({ method: 'DELETE', path: expected, as: 'secretary' }),
    );
  });

  it('a file uploaded by path is deleted by its id in its drive', () => {
    const ex = exchange('PUT', '/drives/:driveId/root:{*path}:/content', '/drives/d1/root:/Kontrakt/a.txt:/content', 201, {
      id: 'f1',
      parentReference: { driveId: 'd 1', id: 'folder' },
    });
    expect(undoFor(ex)?.path).toBe('/drives/d%201/items/f1');
  });

  it('an upload session is cancelled at its upload URL, which carries its own authorisation', () => {
    const ex = exchange('POST', '/drives/:driveId/root:{*path}:/createUploadSession', '/drives/d1/root:/a.pdf:/createUploadSession', 200, {
      uploadUrl: 'https://upload.example/session/1',
    });
    expect(undoFor(ex)).toEqual(expect.objectContaining({ method: 'DELETE', path: 'https://upload.example/session/1' }));
    expect(undoFor(ex)?.as).toBeUndefined();
  });

  it.each([
    ['a read', exchange('GET', '/me/messages', '/me/messages', 200, { id: 'x' })],
    ['a refused create', exchange('POST', '/sites/:siteId/lists', '/sites/s1/lists', 409, { error: { code: 'nameAlreadyExists' } })],
    ['a send, which has no id', exchange('POST', '/me/sendMail', '/me/sendMail', 202, undefined)],
    ['a move of a mail the walk did not make', exchange('POST', '/me/messages/:messageId/move', '/me/messages/m1/move', 201, { id: 'm2' })],
    ['an anonymous probe', exchange('POST', '/me/mailFolders', '/me/mailFolders', 201, { id: 'x' }, { as: 'anonymous' })],
  ])('%s leaves nothing to undo', (_what, ex) => {
    expect(undoFor(ex)).toBeUndefined();
  });
});

describe('MovedMail', () => {
  const move = (from: string, to: string): Exchange =>
    exchange('POST', '/me/messages/:messageId/move', `/me/messages/${from}/move`, 201, { id: to });

  it('follows a mail through its moves and sends it back to the inbox from where the walk left it', () => {
    const moved = new MovedMail();
    moved.record(move('m1', 'm2'), 'folder-x');
    moved.record(move('m2', 'm3'), 'junkemail');
    moved.record(move('m3', 'm4'), 'archive');
    expect(moved.undos()).toEqual([
      expect.objectContaining({ method: 'POST', path: '/me/messages/m4/move', body: { destinationId: 'inbox' }, as: 'secretary' }),
    ]);
  });

  it('has nothing to undo for a mail the walk itself moved back to the inbox', () => {
    const moved = new MovedMail();
    moved.record(move('m1', 'm2'), 'folder-x');
    moved.record(move('m2', 'm3'), 'inbox');
    expect(moved.undos()).toEqual([]);
  });
});
