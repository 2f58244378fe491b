import { userInfo } from 'node:os';
import type { RoleT, UserT } from '../../shared/contract/models';
import { AppError } from '../../shared/errors/AppError';
import type { CallContext } from '../../shared/ipc/createRouter';
import { getUser } from '../services/users';
import type { Store } from '../store/Store';

/**
 * Who acts, for the audit log. UI transports require a signed-in user; the CLI acts as the operating-system
 * account that runs it (it already has the data folder's file permissions).
 */
export function actorOf(store: Store, ctx: CallContext): string {
  if (ctx.origin === 'cli' || ctx.origin === 'test') return `${ctx.origin}:${osUser()}`;
  return `user:${requireUser(store, ctx).username}`;
}

export function requireUser(store: Store, ctx: CallContext, roles?: readonly RoleT[]): UserT {
  const user = ctx.session.userId ? getUser(store, ctx.session.userId) : null;
  if (!user || !user.active) throw new AppError('auth/not-signed-in', 'Phiên làm việc đã hết. Hãy đăng nhập lại.');
  if (roles && !roles.includes(user.role)) {
    throw new AppError('auth/forbidden', 'Tài khoản của bạn không có quyền thực hiện thao tác này. Liên hệ quản trị viên CNTT.');
  }
  return user;
}

/** UI calls need a signed-in user (and possibly a role); the CLI is trusted as the local OS account. */
export function authorize(store: Store, ctx: CallContext, roles?: readonly RoleT[]): string {
  if (ctx.origin === 'cli' || ctx.origin === 'test') return actorOf(store, ctx);
  return `user:${requireUser(store, ctx, roles).username}`;
}

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
