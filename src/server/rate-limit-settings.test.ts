import { DEFAULT_RATE_LIMITS, rateLimitSettings, trustProxy } from './rate-limit-settings';

it('starts from the defaults and takes each limit from its variable', () => {
  expect(rateLimitSettings({})).toEqual(DEFAULT_RATE_LIMITS);
  expect(
    rateLimitSettings({ REELGRAPH_RATE_LIMIT_PER_IP: '50', REELGRAPH_RATE_LIMIT_PER_USER: '0' }),
  ).toEqual({ ...DEFAULT_RATE_LIMITS, perIp: 50, perUser: 0 });
});

it.each([
  ['REELGRAPH_RATE_LIMIT_PER_IP', '-1'],
  ['REELGRAPH_RATE_LIMIT_PER_USER', 'lots'],
  ['REELGRAPH_RATE_LIMIT_WINDOW_SECONDS', '0'],
])('refuses %s=%s, naming the variable', (name, value) => {
  expect(() => rateLimitSettings({ [name]: value })).toThrow(name);
});

it('reads REELGRAPH_TRUST_PROXY as Express expects it', () => {
  expect(trustProxy({})).toBe(false);
  expect(trustProxy({ REELGRAPH_TRUST_PROXY: '1' })).toBe(1);
  expect(trustProxy({ REELGRAPH_TRUST_PROXY: 'true' })).toBe(true);
  expect(trustProxy({ REELGRAPH_TRUST_PROXY: 'loopback' })).toBe('loopback');
});
