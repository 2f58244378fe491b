/** Helpers of the pixel benches (not tests): CPU time of this process, which stays meaningful on a busy machine. */

/** user + system CPU ms of this process (all its threads) since it started, or since `start`. */
export function cpuMs(start?: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
