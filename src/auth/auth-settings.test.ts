import { authSettings, AuthSettingsError, workerAuthEnv } from './auth-settings';

const STRONG = 'a'.repeat(32);

describe('authSettings', () => {
  it('in production, refuses to start without a JWT secret, saying how to make one', () => {
    expect(() => authSettings({ NODE_ENV: 'production' })).toThrow(AuthSettingsError);
    expect(() => authSettings({ NODE_ENV: 'production' })).toThrow(
      /REELGRAPH_JWT_SECRET.*openssl rand/,
    );
  });

  it('in production, refuses short secrets and admin tokens', () => {
    expect(() => authSettings({ NODE_ENV: 'production', REELGRAPH_JWT_SECRET: 'short' })).toThrow(
      /at least 32 characters/,
    );
    expect(() =>
      authSettings({
        NODE_ENV: 'production',
        REELGRAPH_JWT_SECRET: STRONG,
        REELGRAPH_ADMIN_TOKEN: 'short',
      }),
    ).toThrow(/REELGRAPH_ADMIN_TOKEN/);
  });

  it('in production, has no admin token unless one is configured', () => {
    const settings = authSettings({ NODE_ENV: 'production', REELGRAPH_JWT_SECRET: STRONG });
    expect(settings.adminToken).toBeUndefined();
    expect(settings.generated).toEqual({ jwtSecret: false, adminToken: false });
  });

  it('in development, generates what is missing and says so', () => {
    const settings = authSettings({ NODE_ENV: 'development' });
    expect(settings.generated).toEqual({ jwtSecret: true, adminToken: true });
    expect(settings.jwtSecret.length).toBe(32);
    expect(settings.adminToken!.length).toBeGreaterThanOrEqual(32);
    expect(authSettings({}).adminToken).not.toBe(settings.adminToken);
  });

  it('uses configured values as given', () => {
    const settings = authSettings({ REELGRAPH_JWT_SECRET: STRONG, REELGRAPH_ADMIN_TOKEN: STRONG });
    expect(new TextDecoder().decode(settings.jwtSecret)).toBe(STRONG);
    expect(settings.adminToken).toBe(STRONG);
    expect(settings.generated).toEqual({ jwtSecret: false, adminToken: false });
  });

  it('rejects a token lifetime that is not a whole number of seconds', () => {
    expect(() => authSettings({ REELGRAPH_TOKEN_TTL_SECONDS: '1h' })).toThrow(/TTL/);
    expect(authSettings({ REELGRAPH_TOKEN_TTL_SECONDS: '3600' }).tokenLifetimeSeconds).toBe(3600);
  });
});

describe('workerAuthEnv', () => {
  it('passes generated secrets on, as values workers accept, so every worker has the same', () => {
    const primary = authSettings({});
    const env = workerAuthEnv(primary);
    expect(Object.keys(env).sort()).toEqual(['REELGRAPH_ADMIN_TOKEN', 'REELGRAPH_JWT_SECRET']);
    const worker = authSettings(env);
    // Nothing generated again in a worker: each reads the same values, so all sign alike.
    expect(worker.generated).toEqual({ jwtSecret: false, adminToken: false });
    expect(worker.adminToken).toBe(primary.adminToken);
  });

  it('adds nothing for configured secrets, which workers inherit as they are', () => {
    const configured = authSettings({
      REELGRAPH_JWT_SECRET: STRONG,
      REELGRAPH_ADMIN_TOKEN: STRONG,
    });
    expect(workerAuthEnv(configured)).toEqual({});
  });
});
