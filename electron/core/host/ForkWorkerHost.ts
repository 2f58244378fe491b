import { fork } from 'node:child_process';
import { MessageWorkerHost, type ChildLike, type MessageWorkerHostOptions, type SpawnChild } from './MessageWorkerHost';

export type ForkWorkerHostOptions = Omit<MessageWorkerHostOptions, 'spawn' | 'name'>;

/**
 * `child_process.fork` as a ChildLike. SIGKILL throughout: a host stuck in vendor code may ignore SIGTERM.
 * 'advanced' (structured-clone) serialization, like Electron's postMessage, so both adapters carry the same values.
 */
export const forkChild: SpawnChild = (entry, env): ChildLike => {
  const child = fork(entry.path, [], { execArgv: entry.execArgv, env, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  child.once('error', () => { /* 'exit' follows; a spawn failure surfaces as a crash there */ });
  return {
    get pid() { return child.pid; },
    send: (msg) => {
      if (!child.connected) return; // the exit handler fails the call
      child.send(msg, (err) => { if (err) child.kill('SIGKILL'); });
    },
    kill: () => { child.kill('SIGKILL'); },
    // The host exits by itself on disconnect (see workers/deviceHost.ts), so stop() need not kill it.
    close: () => { if (child.connected) child.disconnect(); },
    onMessage: (cb) => { child.on('message', cb); },
    onExit: (cb) => { child.once('exit', cb); },
  };
};

/** The WorkerHost for plain Node (CLI, tests): MessageWorkerHost over `child_process.fork`. */
export class ForkWorkerHost extends MessageWorkerHost {
  constructor(opts: ForkWorkerHostOptions) {
    super({ ...opts, spawn: forkChild, name: 'ForkWorkerHost' });
  }
}
