import { AppError } from '../../shared/errors/AppError';

/** Placeholder while a contract method is being built in this session; never shipped (grep before release). */
export function notImplemented(what: string): never {
  throw new AppError('internal/unexpected', `Chức năng “${what}” đang được xây dựng.`);
}
