/** Child processes of the bench (TypeScript through tsx): wait for their one JSON line, stop them by their pid. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export interface Child<T> {
  value: T;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts `node --import tsx <script> ...args`, resolves with the first JSON line it prints. Its stderr goes to `logFile`.
 * `env` is added to this process's environment.
 */
export function startChild<T>(script: string, args: string[], logFile: string, timeoutMs: number, nodeArgs: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<Child<T>> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const log = createWriteStream(logFile, { flags: 'a' });
  child.stderr!.pipe(log);
  child.stdin!.on('error', () => {});
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.stdin!.end();
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    log.end();
  };
  return new Promise<Child<T>>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${script} gave no answer within ${timeoutMs / 1000} s; see ${logFile}`));
    }, timeoutMs);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (!line.startsWith('{')) return;
      clearTimeout(timer);
      try {
        resolve({ value: JSON.parse(line) as T, process: child, stop });
      } catch (err) {
        reject(err);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${code ?? signal}) before answering; see ${logFile}`));
    });
  });
}

/** CPU time of process `pid` so far, in ms (utime + stime of /proc/<pid>/stat, in clock ticks of 10 ms). */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // the command name is in parentheses and may hold spaces: the fields start after the last ')'
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
