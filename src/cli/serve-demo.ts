/** `load-action serve-demo`: the built-in demo target in the foreground, until Ctrl-C. */
import { startDemoTarget } from '../demo/target.ts'
import { intOption, numberOption, parse } from './args.ts'

export async function serveDemoCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { port: { type: 'string' }, slowdown: { type: 'string' }, 'error-rate': { type: 'string' } }, 'usage: load-action serve-demo [--port N] [--slowdown X] [--error-rate P]')
  const target = await startDemoTarget({
    port: intOption(values.port as string | undefined, '--port', 0),
    slowdown: numberOption(values.slowdown as string | undefined, '--slowdown'),
    errorRate: values['error-rate'] === undefined ? undefined : Number(values['error-rate']),
  })
  console.log(`demo target listening on ${target.url}`)
  await new Promise<void>((resolve) => {
    for (const s of ['SIGINT', 'SIGTERM'] as const) process.once(s, () => resolve())
  })
  await target.close()
  return 0
}
