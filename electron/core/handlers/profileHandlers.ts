import { DeviceCaps } from '../../shared/contract/scanModels';
import type { Handlers } from '../../shared/ipc/createRouter';
import { authorize } from '../auth/actor';
import { validateProfileAgainstCaps } from '../scan/validateProfile';
import { exportProfiles, importProfiles } from '../services/profileBundle';
import { listProfiles, removeProfile, saveProfile } from '../services/profiles';
import type { CoreDeps } from './CoreDeps';

// 2026-03: a network scanner answering its capabilities takes up to ~10 s after wake-up; 30 s as for devices.getCaps.
const CAPS_TIMEOUT_MS = 30_000;

/**
 * Scan profiles (issue 4): every signed-in user reads them (the scan screen lists them); only administrators
 * (IT staff) change, validate, export or import them.
 */
export function profileHandlers({ store, scan }: CoreDeps): Pick<Handlers, 'profiles'> {
  return {
    profiles: {
      async list(_input, ctx) {
        authorize(store, ctx);
        return listProfiles(store);
      },
      async save(input, ctx) {
        return saveProfile(store, input, authorize(store, ctx, ['admin']));
      },
      async remove(input, ctx) {
        removeProfile(store, input.id, authorize(store, ctx, ['admin']));
        return { ok: true as const };
      },
      async validate(input, ctx) {
        authorize(store, ctx, ['admin']);
        const caps = await scan.getCaps(input.device, AbortSignal.timeout(CAPS_TIMEOUT_MS));
        // Parsing fills what a driver does not report (scan area unknown = null: that check is skipped).
        return { problems: validateProfileAgainstCaps(input.profile, DeviceCaps.parse(caps)) };
      },
      async exportAll(_input, ctx) {
        authorize(store, ctx, ['admin']);
        return exportProfiles(store);
      },
      async importAll(input, ctx) {
        return importProfiles(store, input.bundle, { replace: input.replace }, authorize(store, ctx, ['admin']));
      },
    },
  };
}
