import { missingScopes, readToken } from '../../../../src/cli/doctor/token-claims';

const jwt = (claims: Record<string, unknown>): string =>
  `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

describe("doctor's reading of a token", () => {
  it("reads a delegated token's person and scopes, and names the wanted scopes it lacks, compared as Entra does", () => {
    const facts = readToken(jwt({ upn: 'sofie@contoso.example', scp: 'User.Read mail.send Sites.ReadWrite.All', exp: 2_000_000_000 }));
    expect(facts).toEqual({
      kind: 'delegated',
      who: 'sofie@contoso.example',
      scopes: ['User.Read', 'mail.send', 'Sites.ReadWrite.All'],
      roles: [],
      exp: 2_000_000_000,
    });
    if (!facts) throw new Error('unread');
    expect(missingScopes(facts, ['User.Read', 'Mail.Send', 'Mail.Send.Shared', 'TeamsActivity.Send'])).toEqual([
      'Mail.Send.Shared',
      'TeamsActivity.Send',
    ]);
  });

  it('tells an app-only token by idtyp or by roles without scp, and names the application', () => {
    expect(readToken(jwt({ idtyp: 'app', app_displayname: 'Sekretariat – automatisk kørsel', roles: ['Mail.Send'] }))).toMatchObject({
      kind: 'app',
      who: 'Sekretariat – automatisk kørsel',
      roles: ['Mail.Send'],
    });
    expect(readToken(jwt({ appid: 'abc', roles: ['Sites.Selected'] }))).toMatchObject({ kind: 'app', who: 'abc' });
  });

  it('answers undefined for what is not a JWT with a JSON object payload', () => {
    expect(readToken('not-a-token')).toBeUndefined();
    expect(readToken(`x.${Buffer.from('[1').toString('base64url')}.y`)).toBeUndefined();
    expect(readToken(`x.${Buffer.from('42').toString('base64url')}.y`)).toBeUndefined();
  });
});
