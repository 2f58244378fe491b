import { useMemo, useState } from 'react';
import type { DeviceT } from '../../../../electron/shared/contract/models';
import type { ProfileFieldT, ScanProfileT } from '../../../../electron/shared/contract/scanModels';
import { deviceKey, pickInitialDevice, rememberDevice } from './deviceKey';
import type { ScanStartInput } from './useScanJob';

export type Source = 'feeder' | 'flatbed' | 'file';
export type ColorMode = 'color' | 'gray' | 'bw';
export interface Overrides { source?: Source; duplex?: boolean; dpi?: number; colorMode?: ColorMode }
export interface Effective { source: Source; duplex: boolean; dpi: number; colorMode: ColorMode }

const DEFAULTS: Effective = { source: 'feeder', duplex: false, dpi: 300, colorMode: 'color' };

export interface ScanSettings {
  device: DeviceT | null;
  deviceKey: string;
  /** The profile fixes the scanner (IT locked it): the picker is shown disabled. */
  deviceLocked: boolean;
  setDevice(key: string): void;
  profile: ScanProfileT | null;
  profileId: string;
  setProfile(id: string): void;
  componentIndex: string;
  setComponent(index: string): void;
  effective: Effective;
  override(patch: Overrides): void;
  noteCapture: boolean;
  setNoteCapture(on: boolean): void;
  isLocked(field: ProfileFieldT): boolean;
  build(dossierCode: string, insertBefore?: { pageId: string; componentIndex: number | null }): ScanStartInput;
}

function defaultProfileId(profiles: readonly ScanProfileT[]): string {
  return (profiles.find((p) => p.isDefault) ?? profiles[0])?.id ?? '';
}

/** What the clerk picked: device (remembered per desk), profile (default first), component and quick overrides. */
export function useScanSettings(devices: readonly DeviceT[], profiles: readonly ScanProfileT[]): ScanSettings {
  const [chosenDevice, setChosenDevice] = useState<string | null>(null);
  const [chosenProfile, setChosenProfile] = useState<string | null>(null);
  const [componentIndex, setComponent] = useState('');
  const [overrides, setOverrides] = useState<Overrides>({});
  const [noteCapture, setNoteCapture] = useState(false);
  const profileId = chosenProfile ?? defaultProfileId(profiles);
  const profile = profiles.find((p) => p.id === profileId) ?? null;
  const isLocked = (field: ProfileFieldT) => profile?.lockedFields.includes(field) ?? false;
  const lockedDevice = isLocked('device') && profile?.device ? deviceKey(profile.device) : null;
  const key = lockedDevice ?? chosenDevice ?? pickInitialDevice(devices);
  const device = devices.find((d) => deviceKey(d) === key) ?? null;
  const effective = useMemo<Effective>(() => ({ ...DEFAULTS, ...pickProfile(profile), ...overrides }), [profile, overrides]);
  const setDevice = (k: string) => { setChosenDevice(k); rememberDevice(k); };
  const setProfile = (id: string) => { setChosenProfile(id); setOverrides({}); };
  const override = (patch: Overrides) => setOverrides((o) => ({ ...o, ...patch }));
  const build = (dossierCode: string, insertBefore?: { pageId: string; componentIndex: number | null }): ScanStartInput => {
    const unlocked = Object.fromEntries(Object.entries(overrides).filter(([f]) => !isLocked(f as ProfileFieldT)));
    const component = insertBefore ? insertBefore.componentIndex : (componentIndex ? Number(componentIndex) : null);
    return {
      dossierCode,
      ...(component !== null ? { componentIndex: component } : {}),
      ...(profile ? { profileId: profile.id } : {}),
      overrides: { ...unlocked, ...(device && !lockedDevice ? { device: { driver: device.driver, id: device.id, name: device.name } } : {}) },
      noteCapture,
      ...(insertBefore ? { insertBeforePageId: insertBefore.pageId } : {}),
    };
  };
  return { device, deviceKey: key, deviceLocked: lockedDevice !== null, setDevice, profile, profileId, setProfile, componentIndex, setComponent, effective, override, noteCapture, setNoteCapture, isLocked, build };
}

function pickProfile(p: ScanProfileT | null): Partial<Effective> {
  return p ? { source: p.source, duplex: p.duplex, dpi: p.dpi, colorMode: p.colorMode } : {};
}
