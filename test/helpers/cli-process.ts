/**
 * Starts the CLI (`node src/cli/main.ts …`) as a child process for tests that need it running
 * (live UI, metrics): collects its output, waits for a line, and stops it with a signal.
 */
import { spawn, type ChildProcess } from 'node:child_process'

export interface CliProcess {
  child: ChildProcess
  stdout(): string
  stderr(): string
  /** Resolves with the first match of `re` in stderr (waits up to `ms`). */
  waitFor(re: RegExp, ms?: number): Promise<RegExpExecArray>
  /** Sends `signal` (default SIGINT) and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>
  exited: Promise<number | null>
}

export function startCli(args: string[], cwd = process.cwd()): CliProcess {
  const child = spawn(process.execPath, ['src/cli/main.ts', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor(re, ms = 15_000) {
      return new Promise((resolve, reject) => {
        const deadline = Date.now() + ms
        const poll = () => {
          const m = re.exec(err)
          if (m) return resolve(m)
          if (child.exitCode !== null || Date.now() > deadline) return reject(new Error(`no ${re} in stderr (exit ${child.exitCode}):\n${err}\n${out}`))
          setTimeout(poll, 25)
        }
        poll()
      })
    },
    async stop(signal = 'SIGINT') {
      if (child.exitCode === null) child.kill(signal)
      return exited
    },
  }
}
