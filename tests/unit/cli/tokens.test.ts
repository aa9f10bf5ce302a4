import { main } from '../../../src/cli/main';
import { resolveTokens, TOKEN_ARGUMENT_REFUSED } from '../../../src/cli/tokens';
import { memoryIo } from './memory-io';

const GRAPH_URL = 'http://localhost:1/v1.0';
const SITE = 'contoso.sharepoint.com,1b2c3d4e-5f60-4172-8a9b-0c1d2e3f4a01,9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c01';

describe('the CLI takes tokens from the environment or standard input, never from its arguments', () => {
  it.each([
    ['provision', '--site', SITE, '--group', 'g1', '--token', 'eyJ.secret.sig'],
    ['provision', '--site', SITE, '--token=eyJ.secret.sig'],
    ['remind', '--dry-run', '--token', 'eyJ.secret.sig'],
    ['provision', '--site', SITE, '--sharepoint-token', 'eyJ.secret.sig'],
  ])('refuses %s … %s with a usage error that says why, and never echoes the token', async (...argv) => {
    const io = memoryIo({ SEKRETARIAT_GRAPH_TOKEN: 'from-env' });
    expect(await main(argv, io)).toBe(2);
    const stderr = io.stderr.join('\n');
    expect(stderr).toContain(TOKEN_ARGUMENT_REFUSED);
    expect(stderr).toContain(
      'tokens on the command line end up in shell history and process lists; use SEKRETARIAT_GRAPH_TOKEN or --token-stdin',
    );
    expect(stderr).not.toContain('eyJ.secret.sig');
    expect(io.stdout).toEqual([]);
  });

  it('reads the Graph and SharePoint tokens from the environment', async () => {
    const io = memoryIo({ SEKRETARIAT_GRAPH_TOKEN: ' graph-env \n', SEKRETARIAT_SHAREPOINT_TOKEN: 'sp-env' });
    await expect(resolveTokens({ graphUrl: GRAPH_URL }, io, { sharePoint: true })).resolves.toEqual({
      graph: 'graph-env',
      sharePoint: 'sp-env',
    });
  });

  it('reads the Graph token from the first line of standard input and the SharePoint token from the second', async () => {
    const io = memoryIo({ SEKRETARIAT_GRAPH_TOKEN: 'graph-env' }, undefined, 'graph-stdin\r\nsp-stdin\n');
    await expect(resolveTokens({ graphUrl: GRAPH_URL, tokenStdin: true }, io, { sharePoint: true })).resolves.toEqual({
      graph: 'graph-stdin',
      sharePoint: 'sp-stdin',
    });
    const oneLine = memoryIo({ SEKRETARIAT_SHAREPOINT_TOKEN: 'sp-env' }, undefined, 'graph-stdin\n');
    await expect(resolveTokens({ graphUrl: GRAPH_URL, tokenStdin: true }, oneLine, { sharePoint: true })).resolves.toEqual({
      graph: 'graph-stdin',
      sharePoint: 'sp-env',
    });
  });

  it('says where a missing token goes', async () => {
    await expect(resolveTokens({ graphUrl: GRAPH_URL }, memoryIo(), { sharePoint: false })).rejects.toMatchObject({
      name: 'UsageError',
      message: expect.stringContaining('no Graph token: set SEKRETARIAT_GRAPH_TOKEN, pipe it in with --token-stdin'),
    });
    await expect(
      resolveTokens({ graphUrl: GRAPH_URL, tokenStdin: true }, memoryIo({}, undefined, '\n'), { sharePoint: false }),
    ).rejects.toMatchObject({ message: expect.stringContaining('standard input had no token on its first line') });
    await expect(
      resolveTokens({ graphUrl: GRAPH_URL }, memoryIo({ SEKRETARIAT_GRAPH_TOKEN: 'g' }), { sharePoint: true }),
    ).rejects.toMatchObject({ message: expect.stringContaining('no SharePoint token: set SEKRETARIAT_SHAREPOINT_TOKEN') });
    await expect(
      resolveTokens({ graphUrl: GRAPH_URL }, memoryIo({ SEKRETARIAT_GRAPH_TOKEN: 'g' }), { sharePoint: false }),
    ).resolves.toEqual({ graph: 'g' });
  });

  it('refuses --token-stdin together with --sandbox-user, and a site it cannot tie to a group', async () => {
    const both = memoryIo({}, undefined, 'x\n');
    expect(
      await main(
        ['provision', '--site', SITE, '--group', 'g1', '--token-stdin', '--sandbox-user', 'a@b.example', '--graph-url', GRAPH_URL],
        both,
      ),
    ).toBe(2);
    expect(both.stderr.join('\n')).toContain('use one of them');

    const noGroup = memoryIo({ SEKRETARIAT_GRAPH_TOKEN: 'g', SEKRETARIAT_SHAREPOINT_TOKEN: 's' });
    expect(await main(['provision', '--site', SITE], noGroup)).toBe(2);
    expect(noGroup.stderr.join('\n')).toContain('--group is required: the site is not in SEKRETARIAT_FORUMS');
    expect(noGroup.stderr.join('\n')).toContain(
      'Brug / usage: sekretariat provision (--forum GROUP_ID | --site SITE_ID [--group GROUP_ID]) [--check]',
    );

    const unknownForum = memoryIo({ SEKRETARIAT_GRAPH_TOKEN: 'g', SEKRETARIAT_SHAREPOINT_TOKEN: 's' });
    expect(await main(['provision', '--forum', 'not-a-configured-group'], unknownForum)).toBe(2);
    expect(unknownForum.stderr.join('\n')).toContain(
      '--forum not-a-configured-group står ikke i SEKRETARIAT_FORUMS / is not in SEKRETARIAT_FORUMS',
    );
    const neither = memoryIo({ SEKRETARIAT_GRAPH_TOKEN: 'g', SEKRETARIAT_SHAREPOINT_TOKEN: 's' });
    expect(await main(['provision'], neither)).toBe(2);
    expect(neither.stderr.join('\n')).toContain('--forum or --site is required');
  });
});
