/** `run --ui` process behaviour without a browser: Ctrl-C before Start, autostart with autoquit, flag errors. */
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCli } from '../../helpers/cli-process.ts'
import { startHttpTarget, type HttpTarget } from '../../helpers/servers.ts'

const dir = mkdtempSync(join(tmpdir(), 'load-action-cliui-'))
const targets: HttpTarget[] = []
after(async () => {
  await Promise.all(targets.map((t) => t.close()))
  rmSync(dir, { recursive: true, force: true })
})

async function setup(): Promise<{ scenario: string; target: HttpTarget }> {
  const target = await startHttpTarget({ '/x': { body: 'x' } })
  targets.push(target)
  const scenario = join(dir, 's.yml')
  writeFileSync(scenario, 'name: cli-ui\nload: { users: 2, run-time: 1s }\nusers:\n  - wait: { constant: 0.05 }\n    tasks:\n      - request: { method: GET, path: /x }\n')
  return { scenario, target }
}

test('Ctrl-C while the UI waits for Start: exit 130, no request was sent', async () => {
  const { scenario, target } = await setup()
  const cli = startCli(['run', scenario, '--host', target.url, '--ui', '--ui-port', '0', '--only-summary'])
  await cli.waitFor(/press Start in the page/)
  assert.equal(await cli.stop('SIGINT'), 130, cli.stderr())
  assert.equal(target.requests.length, 0)
})

test('--ui --autostart --autoquit 0: runs at once, writes the files, exits with the verdict', async () => {
  const { scenario, target } = await setup()
  const prefix = join(dir, 'auto')
  const cli = startCli(['run', scenario, '--host', target.url, '--ui', '--ui-port', '0', '--autostart', '--autoquit', '0', '--only-summary', '--csv', prefix])
  assert.equal(await cli.exited, 0, cli.stderr())
  assert.match(cli.stderr(), /web UI: http:\/\/127\.0\.0\.1:\d+\/ \(started\)/)
  assert.match(readFileSync(`${prefix}_stats.csv`, 'utf8'), /\r\nGET,\/x,\d+,0,/)
  assert.ok(target.hitCount('GET /x') > 0)
})

test('UI-only flags without --ui are a usage error (exit 2, one line)', async () => {
  const { scenario, target } = await setup()
  const cli = startCli(['run', scenario, '--host', target.url, '--autostart'])
  assert.equal(await cli.exited, 2)
  assert.equal(cli.stderr().trim(), 'load-action: --autostart: only with --ui')
})
