import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { hashPassword, passwordMatches } from '../../auth/passwords';
import { unauthenticated } from '../../errors';
import { Role } from '../auth/auth-checker';
import { actingUserId } from '../auth/subject';
import { checkName } from '../common/names';
import { Context } from '../context';
import { User } from '../user/user.type';
import { AuthPayload } from './auth-payload.type';
import { checkEmail, checkPassword, normaliseEmail } from './credentials-checks';

/** One message for an unknown email and a wrong password, so neither reveals which it was. */
const WRONG_CREDENTIALS = 'Email or password is wrong';

@Resolver()
export class AccountResolver {
  @Mutation(() => AuthPayload, {
    description: 'A new account, signed in; the email must be unused',
  })
  async signUp(
    @Arg('name', () => String) name: string,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() { repositories, tokens }: Context,
  ): Promise<AuthPayload> {
    const account = {
      name: checkName(name),
      email: checkEmail(email),
      passwordHash: await hashPassword(checkPassword(password)),
    };
    const user = await repositories.accounts.createAccount(account);
    return { token: await tokens.issue(user.id), user };
  }

  @Mutation(() => AuthPayload, { description: 'A fresh token for an existing account' })
  async signIn(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() { repositories, tokens }: Context,
  ): Promise<AuthPayload> {
    const credentials = await repositories.accounts.credentialsByEmail(normaliseEmail(email));
    // The hash check runs for unknown emails too (against a decoy), so timing tells nothing.
    if (!(await passwordMatches(password, credentials?.passwordHash)) || credentials === null) {
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    return { token: await tokens.issue(credentials.user.id), user: credentials.user };
  }

  @Query(() => User, { nullable: true, description: 'The signed-in user; null when not signed in' })
  async me(@Ctx() { viewer, loaders }: Context): Promise<User | null> {
    return viewer.kind === 'user' ? loaders.user.load(viewer.userId) : null;
  }

  @Authorized(Role.User)
  @Mutation(() => Boolean, {
    description: 'Deletes the signed-in user and all their ratings',
  })
  deleteMe(@Ctx() { viewer, repositories }: Context): Promise<boolean> {
    return repositories.accounts.deleteUser(actingUserId(viewer));
  }
}
