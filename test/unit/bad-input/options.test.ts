/**
 * Bad command-line options and action inputs: each is one message naming the option or input and
 * what is allowed, exit 2, found before any load is generated. A few go through the real `main`
 * (spawned) to prove the exit status and the single stderr line without a stack.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { runCommand } from '../../../src/cli/run.ts'
import { compareCommand } from '../../../src/cli/compare.ts'
import { reportCommand, mergeCommand } from '../../../src/cli/report.ts'
import { getInputs } from '../../../src/inputs.ts'
import { measure } from '../../../src/action/measure.ts'
import { assertBad, badMessage, tempFile, type BadCase } from './kit.ts'

const SCENARIO = 'test/fixtures/scenarios/basic.yml'
const CSV = 'test/fixtures/compare/locust-2.12-base_stats.csv'

const cli: (BadCase & { run: () => Promise<number> })[] = [
  { name: 'run -u abc', run: () => runCommand([SCENARIO, '-u', 'abc']), says: ['-u/--users: expected an integer ≥ 1, got "abc"'] },
  { name: 'run -u 0', run: () => runCommand([SCENARIO, '-u', '0']), says: ['-u/--users: expected an integer ≥ 1, got "0"'] },
  { name: 'run -r 0', run: () => runCommand([SCENARIO, '-r', '0']), says: ['-r/--spawn-rate: expected a number > 0, got "0"'] },
  { name: 'run -t 5y', run: () => runCommand([SCENARIO, '-t', '5y']), says: ['-t/--run-time: expected a duration like ', '"5y"'] },
  { name: 'run --shard 3/2', run: () => runCommand([SCENARIO, '--shard', '3/2', '-t', '0.1']), says: ['--shard: expected INDEX/TOTAL with 1 ≤ INDEX ≤ TOTAL', '"3/2"'] },
  { name: 'run --iterations 0', run: () => runCommand([SCENARIO, '--iterations', '0']), says: ['--iterations: expected an integer ≥ 1, got "0"'] },
  { name: 'run --json into a folder', run: () => runCommand([SCENARIO, '--json', '/tmp']), says: ['--json /tmp: cannot write there (is a folder)'] },
  { name: 'run --html over the scenario', run: () => runCommand([SCENARIO, '--html', SCENARIO]), says: [`--html ${SCENARIO}: would overwrite an input file`] },
  { name: 'run --host without scheme', run: () => runCommand([SCENARIO, '--host', 'not a url']), says: [`${SCENARIO}: --host: expected a base URL`] },
  { name: 'run --thresholds missing (before any load)', run: () => runCommand([SCENARIO, '--thresholds', '/nowhere/t.yml', '-t', '30s']), says: ['/nowhere/t.yml: thresholds file not found'] },
  { name: 'run --baseline broken (before any load)', run: () => runCommand([SCENARIO, '--baseline', tempFile('b.csv', 'foo,bar\n1,2\n'), '-t', '30s']), says: [/b\.csv:1: not a Locust stats CSV/] },
  { name: 'run: unknown option', run: () => runCommand([SCENARIO, '--userz', '3']), says: ["Unknown option '--userz'", 'usage: load-action run'], lines: 5 },
  { name: 'run: no scenario', run: () => runCommand([]), says: ['run: expected one SCENARIO file, got 0', 'usage: load-action run'], lines: 5 },
  { name: 'compare: one file', run: () => compareCommand([CSV]), says: ['compare: expected BASELINE and CURRENT, got 1 file(s)', 'usage: '], lines: 2 },
  { name: 'compare --format xml', run: () => compareCommand([CSV, CSV, '--format', 'xml']), says: ['--format: expected one of text, markdown, json, got "xml"'] },
  { name: 'compare --out over an input', run: () => compareCommand([CSV, CSV, '--out', CSV]), says: [`--out ${CSV}: would overwrite an input file`] },
  { name: 'report: two files', run: () => reportCommand(['a.json', 'b.json']), says: ['report: expected one RESULTS.json, got 2', 'usage: '], lines: 2 },
  { name: 'merge without --json', run: () => mergeCommand(['a.json']), says: ['merge: --json OUT is required', 'usage: '], lines: 2 },
]
for (const c of cli) {
  test(`CLI: ${c.name}`, async () => {
    const t0 = Date.now()
    await assertBad(c, c.run)
    // Input errors are found before the load starts (a 30 s run-time must not be waited out).
    assert.ok(Date.now() - t0 < 5000, `${c.name}: took ${Date.now() - t0} ms`)
  })
}

const from = (values: Record<string, string>) => (name: string) => values[name] ?? ''
const inputs: (BadCase & { values: Record<string, string> })[] = [
  { name: 'spawn-rate 0', values: { scenario: 's.yml', 'spawn-rate': '0' }, says: ['input "spawn-rate": "0" is not valid; expected a number ≥ 0.001'] },
  { name: 'users 2.5', values: { scenario: 's.yml', users: '2.5' }, says: ['input "users": "2.5" is not valid; expected a whole number ≥ 1'] },
  { name: 'pr-number abc', values: { scenario: 's.yml', 'pr-number': 'abc' }, says: ['input "pr-number": "abc" is not valid; expected a whole number ≥ 1'] },
  { name: 'upload-artifact maybe', values: { scenario: 's.yml', 'upload-artifact': 'maybe' }, says: ['input "upload-artifact": "maybe" is not a boolean; expected true or false'] },
  { name: 'update-baseline 1', values: { scenario: 's.yml', 'update-baseline': '1' }, says: ['input "update-baseline": "1" is not a boolean'] },
  { name: 'run-time 0s', values: { scenario: 's.yml', 'run-time': '0s' }, says: ['input "run-time": "0s": expected a duration like '] },
  { name: 'mode report without current', values: { mode: 'report' }, says: ['input "current": required in mode "report": the results JSON to report'] },
]
for (const c of inputs) test(`action input: ${c.name}`, () => assertBad(c, () => getInputs(from(c.values))))

test('action input: a host with credentials but no scheme is refused without echoing the password', async () => {
  const msg = await badMessage({ name: 'host creds', says: ['input "host": ', 'is not a URL; expected e.g. http://127.0.0.1:8080'] }, () => getInputs(from({ scenario: 's.yml', host: 'admin:hunter2-planted@staging.example.com' })))
  assert.ok(!msg.includes('hunter2-planted'), msg)
})

test('action: current files that do not fit the mode', async () => {
  const base = getInputs(from({ mode: 'compare', current: `${CSV}\n${CSV}` }))
  await assertBad({ name: 'two currents in compare', says: ['input "current": one file expected in mode "compare" (got 2); several files are for mode "merge"'] }, () => measure(base, new AbortController().signal, () => {}))
  const report = getInputs(from({ mode: 'report', current: CSV }))
  await assertBad({ name: 'csv for report', says: [`input "current": mode "report" needs a results JSON, got ${CSV}`] }, () => measure(report, new AbortController().signal, () => {}))
})

test('through main: exit 2 and exactly one line on stderr, no stack', async () => {
  const cases: [string[], RegExp][] = [
    [['run', SCENARIO, '-u', 'abc'], /^load-action: -u\/--users: expected an integer ≥ 1, got "abc"$/],
    [['compare', CSV, '/nowhere/x.csv'], /^load-action: \/nowhere\/x\.csv: current results file not found$/],
    [['run', tempFile('s.yml', 'name: x\nhost: [\n')], /^load-action: \/.*s\.yml:\d+: invalid YAML: /],
  ]
  await Promise.all(
    cases.map(async ([args, re]) => {
      const child = spawn(process.execPath, ['src/cli/main.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
      let stderr = ''
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
      const code = await new Promise<number | null>((r) => child.on('close', r))
      assert.equal(code, 2, `${args.join(' ')}: ${stderr}`)
      const lines = stderr.trimEnd().split('\n')
      assert.equal(lines.length, 1, stderr)
      assert.match(lines[0] ?? '', re)
    }),
  )
})
