import { AppError } from '../../shared/errors/AppError';
import type { Handlers } from '../../shared/ipc/createRouter';
import { authorize } from '../auth/actor';
import type { CoreDeps } from './CoreDeps';

const notYet = () => new AppError('driver/not-supported', 'Chức năng này đang được xây dựng.');

/** Scan profiles for IT staff (issue 4). */
export function profileHandlers({ store }: CoreDeps): Pick<Handlers, 'profiles'> {
  const refuse = async (_input: unknown, ctx: Parameters<typeof authorize>[1]): Promise<never> => {
    authorize(store, ctx);
    throw notYet();
  };
  return { profiles: { list: refuse, save: refuse, remove: refuse, validate: refuse, exportAll: refuse, importAll: refuse } };
}
