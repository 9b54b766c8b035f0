/**
 * The `load-action` command line. Thin: parses the subcommand and hands over; every user-facing
 * problem is a LoadActionError printed as one line on stderr with its exit code (2), anything else
 * is a bug and keeps its stack.
 */
import { LoadActionError } from '../errors.ts'
import { runCommand } from './run.ts'
import { compareCommand } from './compare.ts'
import { reportCommand, mergeCommand } from './report.ts'
import { serveDemoCommand } from './serve-demo.ts'
import { isLoadActionWorker, runWorker } from '../engine/workers/thread.ts'

const USAGE = `usage: load-action <command> [options]

commands:
  run SCENARIO [-u N] [-r N] [-t DURATION] [--host URL] [--csv PREFIX] [--html FILE] [--json FILE]
               [--csv-full-history] [--only-summary] [--thresholds FILE] [--baseline FILE]
               [--ui [--ui-port 8089] [--autostart] [--autoquit S]] [--metrics-port N]
  compare BASELINE CURRENT [--thresholds FILE] [--format text|markdown|json] [--out FILE]
  merge SHARD.json... --json OUT [--csv PREFIX] [--html FILE]
  report RESULTS.json [--csv PREFIX] [--html FILE] [--baseline FILE] [--thresholds FILE]
  serve-demo [--port N] [--slowdown X]    start the built-in demo target

exit codes: 0 pass, 1 regression or threshold breached, 2 usage, input or tool error`

const commands: Record<string, (argv: string[]) => Promise<number>> = {
  run: runCommand,
  compare: compareCommand,
  merge: mergeCommand,
  report: reportCommand,
  'serve-demo': serveDemoCommand,
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    console.log(USAGE)
    return name ? 0 : 2
  }
  if (name === '--version' || name === '-V') {
    console.log(VERSION)
    return 0
  }
  const command = commands[name]
  if (!command) throw new LoadActionError('USAGE', `unknown command "${name}"; expected one of: ${Object.keys(commands).join(', ')}\n${USAGE}`)
  return command(rest)
}

declare const __LOAD_ACTION_VERSION__: string | undefined
const VERSION = typeof __LOAD_ACTION_VERSION__ === 'string' ? __LOAD_ACTION_VERSION__ : '0.1.0'

// In the ncc bundle a worker thread is this same file started again: hand it over to the worker code.
if (isLoadActionWorker()) void runWorker()
else main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    if (e instanceof LoadActionError) {
      console.error(`load-action: ${e.message}`)
      process.exitCode = e.exitCode
    } else {
      console.error(e)
      process.exitCode = 2
    }
  },
)
