import type { Command } from 'commander';
import type { CoreOptions } from '../core/createCore';
import { CliSession } from './CliSession';
import { defaultDataDir } from './defaultDataDir';
import { printError, type OutputMode } from './output';

export interface GlobalOptions { dataDir: string; json: boolean }

export function globalOptions(cmd: Command): GlobalOptions {
  const o = cmd.optsWithGlobals<{ dataDir?: string; json?: boolean }>();
  return { dataDir: o.dataDir ?? defaultDataDir(), json: Boolean(o.json) };
}

/** Opens the core, runs one command, prints any error in the agreed format, and always closes the core. */
export async function runCommand(
  cmd: Command,
  fn: (session: CliSession, mode: OutputMode & GlobalOptions) => Promise<void>,
  override: { dataDir?: string; core?: Omit<CoreOptions, 'dataDir'> } = {},
): Promise<void> {
  const opts = { ...globalOptions(cmd), ...(override.dataDir ? { dataDir: override.dataDir } : {}) };
  let session: CliSession | null = null;
  try {
    session = await CliSession.open(opts.dataDir, override.core);
    await fn(session, opts);
  } catch (err) {
    printError(opts, err);
  } finally {
    await session?.close();
  }
}
