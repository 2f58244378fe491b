/**
 * Wall time and peak memory of a piece of work. Memory is the summed RSS of this process's descendants (the OCR
 * tools are child processes), sampled from /proc every 50 ms; `includeSelf` adds this Node process (for in-process
 * engines such as tesseract.js workers). CPU time (children waited for, plus this process with `includeSelf`) does not
 * depend on what else runs on the machine, unlike wall time: report both on a shared machine.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured<T> {
  result: T;
  wallMs: number;
  /** CPU (user + system) of the child processes that ended during the run, plus this process with `includeSelf`. */
  cpuMs: number;
  peakRssMb: number;
}

let clockTicks: number | null = null;

/** user + system CPU ms of the finished, waited-for children of this process (cutime + cstime of /proc/self/stat). */
export function childrenCpuMs(): number {
  try {
    clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / clockTicks;
  } catch {
    return 0; // not Linux
  }
}

function selfCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

interface ProcInfo {
  ppid: number;
}

function readProc(pid: string): ProcInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from #3 (state) on
    return { ppid: Number(fields[1]) };
  } catch {
    return null; // the process ended between readdir and read
  }
}

/** RSS in bytes of `root`'s descendants (and of `root` itself with `includeRoot`). Linux only; 0 elsewhere. */
export function treeRssBytes(root: number, includeRoot: boolean): number {
  return rssOf(descendants(root, includeRoot)).bytes;
}

function rssOf(pids: readonly number[]): { bytes: number; ended: boolean } {
  let bytes = 0;
  let ended = false;
  for (const pid of pids) {
    try {
      bytes += Number(readFileSync(`/proc/${pid}/statm`, 'latin1').split(' ')[1]) * 4096;
    } catch {
      ended = true; // the process ended between the listing and the read
    }
  }
  return { bytes, ended };
}

/** The summed RSS of a process tree, re-reading the whole of /proc only once a second (tree shape changes rarely). */
class TreeRssSampler {
  private pids: number[] = [];
  private samples = 0;

  constructor(private readonly root: number, private readonly includeRoot: boolean) {}

  /** Reading every /proc entry twice per 50-ms sample cost ~8 % of a core, taken from the tools being measured. */
  sample(): number {
    if (this.samples++ % 20 === 0) this.pids = descendants(this.root, this.includeRoot);
    const { bytes, ended } = rssOf(this.pids);
    if (ended) this.samples = 0; // find the tree again next time
    return bytes;
  }
}

function descendants(root: number, includeRoot: boolean): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    return [];
  }
  const children = new Map<number, number[]>();
  for (const pid of entries) {
    const info = readProc(pid);
    if (!info) continue;
    children.set(info.ppid, [...(children.get(info.ppid) ?? []), Number(pid)]);
  }
  const out = includeRoot ? [root] : [];
  const stack = [...(children.get(root) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

export async function measure<T>(fn: () => Promise<T>, opts: { includeSelf?: boolean; intervalMs?: number } = {}): Promise<Measured<T>> {
  let peak = 0;
  const sampler = new TreeRssSampler(process.pid, opts.includeSelf ?? false);
  const sample = (): void => {
    peak = Math.max(peak, sampler.sample());
  };
  const cpu = (): number => childrenCpuMs() + (opts.includeSelf ? selfCpuMs() : 0);
  const timer = setInterval(sample, opts.intervalMs ?? 50);
  const cpu0 = cpu();
  const t0 = performance.now();
  try {
    const result = await fn();
    const wallMs = performance.now() - t0;
    sample();
    return { result, wallMs, cpuMs: cpu() - cpu0, peakRssMb: Math.round(peak / 2 ** 20) };
  } finally {
    clearInterval(timer);
  }
}
