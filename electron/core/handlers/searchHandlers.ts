import type { Handlers } from '../../shared/ipc/createRouter';
import type { CoreDeps } from './CoreDeps';
import { notImplemented } from './notImplemented';

export function searchHandlers(_deps: CoreDeps): Pick<Handlers, 'search'> {
  return { search: { async query() { return notImplemented('search.query'); } } };
}
