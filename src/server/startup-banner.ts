import { AuthSettings } from '../auth/auth-settings';

/** The playground with the admin token pre-filled; the fragment never reaches server logs. */
export const adminPlaygroundLink = (url: string, adminToken: string) =>
  `${url}/playground#token=${encodeURIComponent(adminToken)}`;

/**
 * What `npm start` prints. Outside production it includes the admin token and a playground
 * link carrying it, so a newcomer can read any user's data in one click; in production the
 * token is never printed.
 */
export function startupBanner(url: string, auth: AuthSettings, production: boolean): string {
  const lines = ['reelgraph is serving:', `  web page    ${url}/`, `  GraphQL     ${url}/graphql`];
  if (!production) lines.push(`  playground  ${url}/playground`);
  if (auth.adminToken !== undefined && !production) {
    const origin = auth.generated.adminToken
      ? 'generated for this run; set REELGRAPH_ADMIN_TOKEN to keep one'
      : 'from REELGRAPH_ADMIN_TOKEN';
    lines.push(
      '',
      `Admin token (${origin}):`,
      `  ${auth.adminToken}`,
      'Explore any user in the playground, signed in as admin:',
      `  ${adminPlaygroundLink(url, auth.adminToken)}`,
    );
  }
  if (auth.generated.jwtSecret) {
    lines.push(
      '',
      'Session tokens are signed with a secret generated for this run: they stop working on restart (set REELGRAPH_JWT_SECRET to keep them).',
    );
  }
  return lines.join('\n');
}
