import { AppError } from '../../shared/errors/AppError';
import type { Handlers } from '../../shared/ipc/createRouter';
import { authorize } from '../auth/actor';
import type { CoreDeps } from './CoreDeps';

const notYet = () => new AppError('driver/not-supported', 'Chức năng này đang được xây dựng.');

/** Scanning into dossiers (issue 4). */
export function scanHandlers({ store }: CoreDeps): Pick<Handlers, 'scan'> {
  const refuse = async (_input: unknown, ctx: Parameters<typeof authorize>[1]): Promise<never> => {
    authorize(store, ctx);
    throw notYet();
  };
  return { scan: { start: refuse, cancel: refuse, resume: refuse } };
}
