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
  rssPages: number;
}

function readProc(pid: string): ProcInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from #3 (state) on
    const statm = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
    return { ppid: Number(fields[1]), rssPages: Number(statm[1]) };
  } catch {
    return null; // the process ended between readdir and read
  }
}

/** RSS in bytes of `root`'s descendants (and of `root` itself with `includeRoot`). Linux only; 0 elsewhere. */
export function treeRssBytes(root: number, includeRoot: boolean): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    return 0;
  }
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const pid of entries) {
    const info = readProc(pid);
    if (!info) continue;
    rss.set(Number(pid), info.rssPages * 4096);
    const list = children.get(info.ppid) ?? [];
    list.push(Number(pid));
    children.set(info.ppid, list);
  }
  let total = includeRoot ? (rss.get(root) ?? 0) : 0;
  const stack = [...(children.get(root) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export async function measure<T>(fn: () => Promise<T>, opts: { includeSelf?: boolean; intervalMs?: number } = {}): Promise<Measured<T>> {
  let peak = 0;
  const sample = (): void => {
    peak = Math.max(peak, treeRssBytes(process.pid, opts.includeSelf ?? false));
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
