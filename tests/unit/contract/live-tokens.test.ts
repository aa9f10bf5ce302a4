// Where npm run test:live's tokens come from: one per role from the environment, else a token command run once per
// role with the role in SEKRETARIAT_LIVE_ROLE; a role without one is named with the reason, not guessed.
import { liveTokens } from '../../integration/contract/live/live-tokens';

const node = JSON.stringify(process.execPath);
/** A token command that prints a token naming the role it was asked for, or fails for the member. */
const command = `${node} -e "const r = process.env.SEKRETARIAT_LIVE_ROLE; if (r === 'member') { console.error('no such account'); process.exit(4) } console.log('token-for-' + r + '-0123456789')"`;

describe('liveTokens', () => {
  it('asks the command once per role, telling it which', () => {
    const { tokens, missing } = liveTokens({ SEKRETARIAT_LIVE_TOKEN_COMMAND: command });
    expect(tokens).toEqual({
      secretary: 'token-for-secretary-0123456789',
      chair: 'token-for-chair-0123456789',
      app: 'token-for-app-0123456789',
    });
    expect(missing).toEqual({ member: 'the token command exited with 4: no such account' });
  });

  it("takes a role's token from the environment before the command", () => {
    const { tokens } = liveTokens({
      SEKRETARIAT_LIVE_TOKEN_COMMAND: command,
      SEKRETARIAT_LIVE_TOKEN_MEMBER: 'given-member-token-0123456789',
    });
    expect(tokens.member).toBe('given-member-token-0123456789');
  });

  it('names each role without a source', () => {
    const { tokens, missing } = liveTokens({ SEKRETARIAT_LIVE_TOKEN_SECRETARY: 'only-the-secretary-0123456789' });
    expect(Object.keys(tokens)).toEqual(['secretary']);
    expect(missing.chair).toBe('neither SEKRETARIAT_LIVE_TOKEN_CHAIR nor SEKRETARIAT_LIVE_TOKEN_COMMAND is set');
  });

  it("does not take a command's chatter for a token", () => {
    const { missing } = liveTokens({
      SEKRETARIAT_LIVE_TOKEN_COMMAND: `${node} -e "console.log('Please sign in at https://microsoft.com/devicelogin')"`,
    });
    expect(missing.secretary).toBe('the token command printed something that is not a token');
  });
});
