import { useEffect, useMemo } from 'react';
import type { DeviceT } from '../../../../electron/shared/contract/models';
import { station } from '../../bridge';
import { useQuery, type QueryState } from '../../hooks/useQuery';

/** devices.list, reloaded whenever the core reports a scanner attached, detached or offline (`device.changed`). */
export function useDevices(): QueryState<DeviceT[]> {
  const q = useQuery(() => station.devices.list({}), []);
  const { reload } = q;
  useEffect(() => station.on('device.changed', () => reload()), [reload]);
  return q;
}

/** Scanners only: the folder importer is a device for the core, but clerks import files through their own dialog. */
export function useScanners(): QueryState<DeviceT[]> {
  const q = useDevices();
  const data = useMemo(() => q.data?.filter((d) => d.driver !== 'folder'), [q.data]);
  return { ...q, data };
}
