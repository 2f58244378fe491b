import { useEffect } from 'react';
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
