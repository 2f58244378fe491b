import { randomUUID } from 'node:crypto';
import { UserCreate, type UserCreateT, type UserT } from '../../shared/contract/models';
import { AppError } from '../../shared/errors/AppError';
import { isUniqueViolation, toStoreError } from '../db/sqliteErrors';
import type { Store } from '../store/Store';
import { appendAudit } from './audit';
import { dummyHash, hashPassword, verifyPassword } from './passwords';
import { userFromRow, type UserRow } from './rows';
import { parseOrThrow } from './validate';

/** True until the first administrator has been created (first-run screen). */
export function needsSetup(store: Store): boolean {
  return (store.db.prepare('SELECT COUNT(*) FROM users').pluck().get() as number) === 0;
}

function insertUser(store: Store, data: UserCreateT, passwordHash: string, actor: string, onlyIfEmpty: boolean): UserT {
  const at = store.now().toISOString();
  const row: UserRow = { id: randomUUID(), username: data.username, full_name: data.fullName, role: data.role, password_hash: passwordHash, active: 1 };
  try {
    return store.db.transaction(() => {
      // Checked inside the write transaction so two first-run screens cannot both create an admin.
      if (onlyIfEmpty && !needsSetup(store)) {
        throw new AppError('auth/forbidden', 'Trạm đã có quản trị viên. Hãy đăng nhập bằng tài khoản đã tạo.');
      }
      store.db.prepare(`INSERT INTO users (id, username, full_name, role, password_hash, active, created_at, updated_at)
        VALUES (@id, @username, @full_name, @role, @password_hash, @active, @at, @at)`).run({ ...row, at });
      appendAudit(store.db, { actor, action: 'user.create', entity: 'user', entityId: row.id, at, data: { username: row.username, role: row.role } });
      return userFromRow(row);
    })();
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError('store/conflict', `Tên đăng nhập “${data.username}” đã được dùng. Hãy chọn tên khác.`, { details: { username: data.username } });
    }
    throw toStoreError(err);
  }
}

/** Creates the first administrator; refused with 'auth/forbidden' once any user exists. */
export function setupFirstAdmin(store: Store, input: Omit<UserCreateT, 'role'>): UserT {
  if (!needsSetup(store)) throw new AppError('auth/forbidden', 'Trạm đã có quản trị viên. Hãy đăng nhập bằng tài khoản đã tạo.');
  const data = parseOrThrow(UserCreate, { ...input, role: 'admin' });
  return insertUser(store, data, hashPassword(data.password), data.username, true);
}

/** Creates a user (the caller checks the actor is an admin). */
export function createUser(store: Store, input: UserCreateT, actor: string): UserT {
  const data = parseOrThrow(UserCreate, input);
  return insertUser(store, data, hashPassword(data.password), actor, false);
}

/** A user by id, or null (e.g. a session that outlived its account). */
export function getUser(store: Store, id: string): UserT | null {
  const row = store.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
  return row ? userFromRow(row) : null;
}

export function listUsers(store: Store): UserT[] {
  return (store.db.prepare('SELECT * FROM users ORDER BY username').all() as UserRow[]).map(userFromRow);
}

/**
 * Checks a username and password. Unknown user, wrong password and inactive account give the same error and take
 * the same time (a dummy hash is checked for unknown users), so the answer does not reveal which accounts exist.
 */
export function verifyCredentials(store: Store, username: string, password: string): UserT {
  const row = store.db.prepare('SELECT * FROM users WHERE username = ?').get(username.trim().toLowerCase()) as UserRow | undefined;
  const ok = verifyPassword(password, row?.password_hash ?? dummyHash());
  if (!row || !ok || row.active !== 1) {
    throw new AppError('auth/invalid-credentials', 'Tên đăng nhập hoặc mật khẩu không đúng. Hãy nhập lại; nếu quên mật khẩu, nhờ quản trị viên đặt lại.');
  }
  return userFromRow(row);
}
