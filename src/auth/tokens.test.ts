import { authSettings } from './auth-settings';
import { InvalidTokenError, Tokens } from './tokens';

const settings = authSettings({ NODE_ENV: 'test' });
const tokens = new Tokens(settings);

describe('Tokens', () => {
  it('a token it issued names its user', async () => {
    const token = await tokens.issue('user-42');
    expect(await tokens.viewerOf(`Bearer ${token}`)).toEqual({ kind: 'user', userId: 'user-42' });
    expect(await tokens.viewerOf(`bearer   ${token} `)).toEqual({
      kind: 'user',
      userId: 'user-42',
    });
  });

  it('the admin token makes an admin viewer; no header an anonymous one', async () => {
    expect(await tokens.viewerOf(`Bearer ${settings.adminToken}`)).toEqual({ kind: 'admin' });
    expect(await tokens.viewerOf(undefined)).toEqual({ kind: 'anonymous' });
    expect(await tokens.viewerOf('')).toEqual({ kind: 'anonymous' });
  });

  it("refuses a token signed with another secret, and headers that are not 'Bearer <token>'", async () => {
    const foreign = await new Tokens(authSettings({ NODE_ENV: 'test' })).issue('user-42');
    await expect(tokens.viewerOf(`Bearer ${foreign}`)).rejects.toThrow(InvalidTokenError);
    await expect(tokens.viewerOf('Basic abc')).rejects.toThrow(/Bearer <token>/);
    await expect(tokens.viewerOf('Bearer a b')).rejects.toThrow(InvalidTokenError);
  });
});
