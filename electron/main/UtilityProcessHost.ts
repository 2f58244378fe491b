import { utilityProcess } from 'electron';
import { MessageWorkerHost, type ChildLike, type MessageWorkerHostOptions, type SpawnChild } from '../core/host/MessageWorkerHost';

export interface UtilityProcessHostOptions extends Omit<MessageWorkerHostOptions, 'spawn' | 'name'> {
  /** Shown in the OS task manager. */
  serviceName: string;
}

/**
 * Electron's `utilityProcess` as a ChildLike. In the parent, 'message' delivers the data itself (no `{ data }`
 * envelope, unlike the child's parentPort) and 'exit' gives only a code. There is no graceful close: the
 * process has no IPC disconnect to exit on, so stop() kills it.
 */
export function utilityChild(serviceName: string): SpawnChild {
  return (entry, env): ChildLike => {
    const child = utilityProcess.fork(entry.path, [], { serviceName, env, execArgv: entry.execArgv, stdio: 'inherit' });
    return {
      get pid() { return child.pid; },
      send: (msg) => {
        try { child.postMessage(msg); } catch { child.kill(); } // the exit handler fails the call
      },
      kill: () => { child.kill(); },
      onMessage: (cb) => { child.on('message', cb); },
      onExit: (cb) => { child.once('exit', (code) => cb(code, null)); },
    };
  };
}

/**
 * The app's WorkerHost (architecture.md §6): the device host in an Electron utility process. All protocol,
 * timeout and restart behaviour is core's MessageWorkerHost, shared with ForkWorkerHost and tested there.
 */
export class UtilityProcessHost extends MessageWorkerHost {
  constructor({ serviceName, ...opts }: UtilityProcessHostOptions) {
    super({ ...opts, spawn: utilityChild(serviceName), name: 'UtilityProcessHost' });
  }
}
