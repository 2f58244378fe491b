import { DOSSIER_CODE_RULES_VERSION } from '../../shared/domain/dossierCode';
import { PERSONAL_ID_RULES_VERSION } from '../../shared/domain/personalId';
import type { Handlers } from '../../shared/ipc/createRouter';
import { authorize } from '../auth/actor';
import { verifyAudit, listAudit } from '../services/audit';
import { getSettings, updateSettings } from '../services/settings';
import { procedureCatalogVersion } from '../services/procedures';
import type { CoreDeps } from './CoreDeps';

/**
 * The device host reads the manual eSCL URLs when it starts. The settings are saved either way: a host that
 * does not come back now starts with them on the next call, so a failed restart is logged, not reported.
 */
async function restartDeviceHost(host: CoreDeps['deviceHost']): Promise<void> {
  try {
    await host?.restart();
  } catch (err) {
    console.warn('[settings.update] khởi động lại tiến trình thiết bị không thành công:', err);
  }
}

export function appHandlers({ store, version, hotFolder, deviceHost }: CoreDeps): Pick<Handlers, 'app' | 'settings' | 'audit'> {
  return {
    app: {
      async info() {
        const s = getSettings(store);
        return {
          version,
          dataDir: store.paths.dataDir,
          outboxDir: s.outboxDir,
          hotFolder: s.hotFolder,
          rules: { dossierCode: DOSSIER_CODE_RULES_VERSION, personalId: PERSONAL_ID_RULES_VERSION, procedures: procedureCatalogVersion(store) },
        };
      },
    },
    settings: {
      async get(_input, ctx) {
        authorize(store, ctx);
        return getSettings(store);
      },
      async update(input, ctx) {
        const actor = authorize(store, ctx, ['admin']);
        const before = getSettings(store).esclUrls;
        const settings = updateSettings(store, input, actor);
        await hotFolder?.apply(settings.hotFolder);
        if (JSON.stringify(before) !== JSON.stringify(settings.esclUrls)) await restartDeviceHost(deviceHost);
        return { ok: true as const };
      },
    },
    audit: {
      async verify(_input, ctx) {
        authorize(store, ctx, ['admin']);
        return verifyAudit(store.db);
      },
      async list(input, ctx) {
        authorize(store, ctx, ['admin']);
        return listAudit(store.db, input.limit);
      },
    },
  };
}
