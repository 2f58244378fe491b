import type { ScanProfileT } from '../../../../electron/shared/contract/scanModels';
import { station } from '../../bridge';
import { errorInfo } from '../../components/errorInfo';
import { useQuery } from '../../hooks/useQuery';

export interface ProfilesState {
  profiles: readonly ScanProfileT[];
  /** The core does not offer profiles (yet): the panel scans with its own settings. */
  unavailable: boolean;
  error: unknown;
  loading: boolean;
  reload(): void;
}

/** profiles.list; `driver/not-supported` means "no profiles on this station" rather than a failure. */
export function useProfiles(): ProfilesState {
  const q = useQuery(() => station.profiles.list(), []);
  const unavailable = q.error !== null && q.error !== undefined && errorInfo(q.error).code === 'driver/not-supported';
  return {
    profiles: q.data ?? [],
    unavailable,
    error: unavailable ? null : q.error,
    loading: q.loading,
    reload: q.reload,
  };
}
