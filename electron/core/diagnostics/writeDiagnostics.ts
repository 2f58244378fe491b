import { AppError } from '../../shared/errors/AppError';
import type { CoreDeps } from '../handlers/CoreDeps';

/** Writes the support bundle (issue 4, being built). */
export async function writeDiagnostics(_deps: CoreDeps): Promise<{ path: string; bytes: number }> {
  throw new AppError('driver/not-supported', 'Chức năng này đang được xây dựng.');
}
