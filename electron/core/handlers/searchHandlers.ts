import type { Handlers } from '../../shared/ipc/createRouter';
import { authorize } from '../auth/actor';
import { searchPages } from '../search/searchPages';
import type { CoreDeps } from './CoreDeps';

export function searchHandlers({ store }: CoreDeps): Pick<Handlers, 'search'> {
  return {
    search: {
      async query(input, ctx) {
        authorize(store, ctx);
        return searchPages(store, input.q, input.limit);
      },
    },
  };
}
