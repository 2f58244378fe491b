import type { Handlers } from '../../shared/ipc/createRouter';
import { authorize } from '../auth/actor';
import { createDocument } from '../services/documents';
import { finishDossier, setExpectedPages } from '../services/pageCounts';
import { createDossier, getDossierDetail, listDossiers } from '../services/dossiers';
import { getProcedure, listProcedures } from '../services/procedures';
import type { CoreDeps } from './CoreDeps';

type DossierPart = Pick<Handlers, 'procedures' | 'dossiers'> & { documents: Pick<Handlers['documents'], 'create' | 'setExpectedPages'> };

export function dossierHandlers({ store, events }: CoreDeps): DossierPart {
  return {
    procedures: {
      async list(input, ctx) {
        authorize(store, ctx);
        return listProcedures(store, input.query);
      },
      async get(input, ctx) {
        authorize(store, ctx);
        return getProcedure(store, input.code);
      },
    },
    dossiers: {
      async create(input, ctx) {
        const dossier = createDossier(store, input, authorize(store, ctx));
        events.emit('dossier.changed', { code: dossier.code });
        return dossier;
      },
      async list(input, ctx) {
        authorize(store, ctx);
        return listDossiers(store, input);
      },
      async get(input, ctx) {
        authorize(store, ctx);
        return getDossierDetail(store, input.code);
      },
      async finish(input, ctx) {
        const dossier = finishDossier(store, input.code, authorize(store, ctx));
        events.emit('dossier.changed', { code: dossier.code });
        return dossier;
      },
    },
    documents: {
      async create(input, ctx) {
        const doc = createDocument(store, input, authorize(store, ctx));
        events.emit('dossier.changed', { code: input.dossierCode });
        return doc;
      },
      async setExpectedPages(input, ctx) {
        return setExpectedPages(store, input.documentId, input.expectedPages, authorize(store, ctx));
      },
    },
  };
}
