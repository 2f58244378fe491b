import type { Handlers } from '../../shared/ipc/createRouter';
import { authorize, requireUser } from '../auth/actor';
import { createUser, listUsers, needsSetup, setupFirstAdmin, verifyCredentials, getUser } from '../services/users';
import type { CoreDeps } from './CoreDeps';

export function authHandlers({ store }: CoreDeps): Pick<Handlers, 'auth' | 'users'> {
  return {
    auth: {
      async status(_input, ctx) {
        const user = ctx.session.userId ? getUser(store, ctx.session.userId) : null;
        return { needsSetup: needsSetup(store), user };
      },
      async setupFirstAdmin(input, ctx) {
        const user = setupFirstAdmin(store, input);
        ctx.session.userId = user.id;
        return user;
      },
      async signIn(input, ctx) {
        const user = verifyCredentials(store, input.username, input.password);
        ctx.session.userId = user.id;
        return user;
      },
      async signOut(_input, ctx) {
        ctx.session.userId = null;
        return { ok: true as const };
      },
    },
    users: {
      async list(_input, ctx) {
        authorize(store, ctx, ['admin']);
        return listUsers(store);
      },
      async create(input, ctx) {
        const actor = ctx.origin === 'cli' ? authorize(store, ctx) : `user:${requireUser(store, ctx, ['admin']).username}`;
        return createUser(store, input, actor);
      },
    },
  };
}
