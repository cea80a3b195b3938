import { authSettings } from '../auth/auth-settings';
import { startupBanner } from './startup-banner';

const URL = 'http://localhost:4000';

it('in development, prints the generated admin token and a playground link carrying it', () => {
  const auth = authSettings({ NODE_ENV: 'development' });
  const banner = startupBanner(URL, auth, false);
  expect(banner).toContain(`${URL}/playground#token=${auth.adminToken}`);
  expect(banner).toContain('generated for this run');
  expect(banner).toContain('REELGRAPH_JWT_SECRET');
});

it('in production, never prints the admin token', () => {
  const auth = authSettings({
    NODE_ENV: 'production',
    REELGRAPH_JWT_SECRET: 's'.repeat(32),
    REELGRAPH_ADMIN_TOKEN: 't'.repeat(32),
  });
  const banner = startupBanner(URL, auth, true);
  expect(banner).toContain(`${URL}/graphql`);
  expect(banner).not.toContain(auth.adminToken);
  expect(banner).not.toContain('playground');
});
