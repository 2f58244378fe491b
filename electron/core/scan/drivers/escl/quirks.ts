/*
 * Device quirks as data (scanning.md §3.4, from sane-airscan and NAPS2 reports). Rows are matched against
 * pwg:MakeAndModel; every matching row's flags are merged. Add a row with a comment naming the device and a
 * simulator test for the behaviour.
 */

/** Behaviour switches the eSCL client consults; the defaults (`NO_QUIRKS`) suit a well-behaved device. */
export interface EsclQuirks {
  /** Send `Host: localhost` instead of the device address (and re-host redirects). */
  hostHeaderLocalhost: boolean;
  /** Always put the port in `Host:` even when it is the default. We always do; kept for the record. */
  alwaysPortInHost: boolean;
  /** Highest resolution that really works, whatever the capabilities say. */
  clampMaxDpi: number | null;
  /** ScannerStatus must succeed before POST ScanJobs (otherwise a failed pre-check is ignored). */
  statusPrecheck: boolean;
  /** The device reports an ADF jam when the feeder is merely empty before a job. */
  jamMeansEmptyBeforeJob: boolean;
  /** Never DELETE a job (the device breaks when cleaned up). */
  skipDeleteCleanup: boolean;
  /** Duplex backs arrive rotated 180° with no flag. */
  rotateBacks: boolean;
  /** NextDocument 404 may be spurious: retry (bounded) instead of ending the job. */
  retry404: boolean;
  /** NextDocument 410 may be spurious: retry (bounded) instead of failing. */
  retry410: boolean;
  /** Extra 503 retries on top of the default 30. */
  extraRetries503: number;
}

export const NO_QUIRKS: EsclQuirks = {
  hostHeaderLocalhost: false, alwaysPortInHost: true, clampMaxDpi: null, statusPrecheck: false, jamMeansEmptyBeforeJob: false,
  skipDeleteCleanup: false, rotateBacks: false, retry404: false, retry410: false, extraRetries503: 0,
};

interface QuirkRow { match: RegExp; flags: Partial<EsclQuirks> }

export const QUIRK_TABLE: readonly QuirkRow[] = [
  // Brother (most models): NextDocument too soon after the previous page gives a spurious 404 + ScannerAdfEmpty.
  { match: /^Brother\b/i, flags: { retry404: true } },
  // HP LaserJet M630, HP FlowMFP M578 (and servers answering `Server: HP_Compact_Server`): Host must be localhost.
  { match: /^HP .*(M630|M578)\b/i, flags: { hostHeaderLocalhost: true } },
  // Epson (all): the port must always appear in Host.
  { match: /^Epson\b/i, flags: { alwaysPortInHost: true } },
  // Epson WF-3520 / XP-7100: duplex backs come rotated 180° without saying so.
  { match: /^Epson .*(WF-3520|XP-7100)\b/i, flags: { rotateBacks: true } },
  // Canon iR2625 / iR2630: advertise 600 dpi, deliver only 300.
  { match: /^Canon .*iR ?26(25|30)\b/i, flags: { clampMaxDpi: 300 } },
  // Canon MF410 series: AdfState must be checked before starting a job.
  { match: /^Canon .*MF4\d\d\b/i, flags: { statusPrecheck: true } },
  // Xerox WorkCentre 3345: status pre-check required, and it reports a jam when the ADF is only empty.
  { match: /^Xerox WorkCentre 3345\b/i, flags: { statusPrecheck: true, jamMeansEmptyBeforeJob: true } },
  // Xerox B205 / B215: 404/410 mean "retry"; DELETE cleanup must be skipped (the device hangs otherwise).
  { match: /^Xerox B2[01]5\b/i, flags: { retry404: true, retry410: true, skipDeleteCleanup: true } },
  // HP LaserJet MFP M28w: long 503 runs at high resolution.
  { match: /^HP LaserJet MFP M28/i, flags: { extraRetries503: 30 } },
];

/** The merged flags for one device; unknown devices get `NO_QUIRKS`. */
export function quirksFor(makeAndModel: string): EsclQuirks {
  let out: EsclQuirks = NO_QUIRKS;
  for (const row of QUIRK_TABLE) if (row.match.test(makeAndModel)) out = { ...out, ...row.flags };
  return out;
}
