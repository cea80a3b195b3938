import { AuthChecker } from 'type-graphql';
import { forbidden, unauthenticated } from '../../errors';
import { Context } from '../context';

/** The roles `@Authorized(...)` can ask for. */
export enum Role {
  /** Signed in with an account's token. */
  User = 'USER',
  /** Holding REELGRAPH_ADMIN_TOKEN. */
  Admin = 'ADMIN',
}

export const SIGN_IN_REQUIRED =
  'Sign in first: send "Authorization: Bearer <token>" from signIn or signUp';

/** Anonymous callers get UNAUTHENTICATED, signed-in callers without the role FORBIDDEN. */
export const authChecker: AuthChecker<Context, Role> = ({ context: { viewer } }, roles) => {
  if (viewer.kind === 'anonymous') throw unauthenticated(SIGN_IN_REQUIRED);
  const role = viewer.kind === 'admin' ? Role.Admin : Role.User;
  if (roles.length > 0 && !roles.includes(role)) {
    throw forbidden(
      role === Role.Admin
        ? "The admin token reads any user but acts as no one; use a user's token for this"
        : 'This needs the admin token',
    );
  }
  return true;
};
