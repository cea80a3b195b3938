import { badInput, forbidden, unauthenticated } from '../../errors';
import { Viewer } from '../../auth/viewer';
import { SIGN_IN_REQUIRED } from './auth-checker';

/** The signed-in user a write acts as (behind `@Authorized(Role.User)`, so always one). */
export function actingUserId(viewer: Viewer): string {
  if (viewer.kind !== 'user') throw unauthenticated(SIGN_IN_REQUIRED);
  return viewer.userId;
}

/**
 * Whose data a read is about: `userId` when given, else the viewer. Users read only their own;
 * the admin token reads anyone's but must say whose.
 */
export function subjectUserId(viewer: Viewer, userId: string | undefined | null): string {
  switch (viewer.kind) {
    case 'anonymous':
      throw unauthenticated(SIGN_IN_REQUIRED);
    case 'admin':
      if (userId === undefined || userId === null) {
        throw badInput('userId', 'required with the admin token, which belongs to no user');
      }
      return userId;
    case 'user':
      if (userId !== undefined && userId !== null && userId !== viewer.userId) {
        throw forbidden(
          "Only your own data is readable with your token; another user's needs the admin token",
        );
      }
      return viewer.userId;
  }
}
