// npm run test:live's switch: a base URL, a test forum file, read-only unless --write; what would point it at the
// wrong place or leak a token is refused with the fix named.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { liveConfig, LiveUsageError } from '../../integration/contract/live/live-config';

const dir = mkdtempSync(join(tmpdir(), 'live-config-'));
const forum = {
  groupId: 'g1',
  otherGroupId: 'g2',
  secretary: 'sek@test.example',
  chair: 'chair@test.example',
  member: 'member@test.example',
  sharedMailbox: 'forum@test.example',
  outsideRecipient: 'outside@other.example',
};
writeFileSync(join(dir, 'forum.json'), JSON.stringify(forum));
writeFileSync(join(dir, 'partial.json'), JSON.stringify({ groupId: 'g1', chair: 'c@test.example' }));

const env = { SEKRETARIAT_LIVE_BASE_URL: 'https://graph.microsoft.com/v1.0/', SEKRETARIAT_LIVE_FORUM: 'forum.json' };

describe('liveConfig', () => {
  it('is read-only by default, with the forum from the file and the report beside where it runs', () => {
    const config = liveConfig([], env, dir);
    expect(config).toEqual({
      graphUrl: 'https://graph.microsoft.com/v1.0',
      forumFile: join(dir, 'forum.json'),
      forum,
      writes: false,
      reportFile: join(dir, 'live-report.json'),
    });
  });

  it('writes only when asked, and takes the base URL and files from options too', () => {
    const config = liveConfig(
      ['--write', '--base-url=http://localhost:4331/v1.0', '--forum', 'forum.json', '--report', 'out/r.json'],
      {},
      dir,
    );
    expect(config.writes).toBe(true);
    expect(config.graphUrl).toBe('http://localhost:4331/v1.0');
    expect(config.reportFile).toBe(join(dir, 'out/r.json'));
  });

  it.each([
    ['no base URL', [], { SEKRETARIAT_LIVE_FORUM: 'forum.json' }, /SEKRETARIAT_LIVE_BASE_URL/],
    ['plain http to another host', [], { ...env, SEKRETARIAT_LIVE_BASE_URL: 'http://graph.example/v1.0' }, /only over https/],
    ['the beta endpoint', [], { ...env, SEKRETARIAT_LIVE_BASE_URL: 'https://graph.microsoft.com/beta' }, /ends in \/v1\.0/],
    ['no forum file', [], { SEKRETARIAT_LIVE_BASE_URL: env.SEKRETARIAT_LIVE_BASE_URL }, /SEKRETARIAT_LIVE_FORUM/],
    ['a forum file that lacks roles', [], { ...env, SEKRETARIAT_LIVE_FORUM: 'partial.json' }, /otherGroupId, secretary, member/],
    ['a token on the command line', ['--token', 'eyJ'], env, /not taken as arguments/],
    ['an unknown option', ['--wirte'], env, /unknown option --wirte/],
  ])('refuses %s', (_what, args, environment, message) => {
    expect(() => liveConfig(args, environment, dir)).toThrow(LiveUsageError);
    expect(() => liveConfig(args, environment, dir)).toThrow(message);
  });
});
