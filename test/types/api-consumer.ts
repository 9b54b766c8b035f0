/**
 * A consumer of the published package, typechecked by `npm run typecheck` through the package's
 * own name (self-reference → package.json "exports" → dist/types): the declarations we ship must
 * describe the API. Each `Expect` fails the typecheck when the declarations drift.
 */
import { compareRun, run, start, type Comparison, type ProgressEvent, type RunHandle, type RunResult, type TaskContext } from 'load-action'

type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false
type Expect<T extends true> = T

export type RunGivesResults = Expect<Equal<Awaited<ReturnType<typeof run>>, RunResult>>
export type StartGivesHandle = Expect<Equal<Awaited<ReturnType<typeof start>>, RunHandle>>
export type CompareGivesComparison = Expect<Equal<ReturnType<typeof compareRun>, Comparison>>

export async function example(): Promise<number> {
  const handle = await start({
    name: 'api',
    host: 'http://127.0.0.1:8080',
    load: { users: 2, 'spawn-rate': 2, 'run-time': '1s' },
    users: [{ name: 'U', tasks: [async (ctx: TaskContext) => void (await ctx.http.get('/'))] }],
  })
  handle.on('progress', (p: ProgressEvent) => void p.rps)
  const result = await handle.result
  return result.total.numRequests
}
