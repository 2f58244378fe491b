import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export const REPO = resolve(__dirname, '..', '..');
const CLI = resolve(REPO, 'electron/cli/index.ts');

export interface CliRun { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** Starts the real CLI as its own Node process (tsx loader), so the test can kill it like a user would. */
export function startCli(args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: REPO, env: { ...process.env, ...opts.env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => { stdout += d.toString('utf8'); });
  child.stderr!.on('data', (d: Buffer) => { stderr += d.toString('utf8'); });
  child.stdin!.end(opts.input ?? '');
  const done = new Promise<CliRun>((res) => child.on('close', (code, signal) => res({ code, signal, stdout, stderr })));
  return { child, done };
}

export function runCli(args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return startCli(args, opts).done;
}

/** Parses the `--json` envelope the CLI prints on stdout. */
export function jsonOf<T = unknown>(run: CliRun): { ok: true; value: T } | { ok: false; error: { code: string; message: string } } {
  return JSON.parse(run.stdout) as { ok: true; value: T };
}
