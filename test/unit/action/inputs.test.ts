import { test } from 'node:test'
import assert from 'node:assert/strict'
import { getInputs, envInput, listInput } from '../../../src/inputs.ts'
import { LoadActionError } from '../../../src/errors.ts'

const from = (values: Record<string, string>) => (name: string) => values[name] ?? ''

test('defaults: run mode, comment always, fail on regression, upload, no baseline update', () => {
  const i = getInputs(from({ scenario: 's.yml', 'github-token': 'tok' }))
  assert.equal(i.mode, 'run')
  assert.equal(i.comment, 'always')
  assert.equal(i.failOnRegression, true)
  assert.equal(i.uploadArtifact, true)
  assert.equal(i.updateBaseline, false)
  assert.deepEqual(i.current, [])
})

test('values are parsed: numbers, durations, shards, booleans in any case', () => {
  const i = getInputs(from({ scenario: 's.yml', users: '20', 'spawn-rate': '2.5', 'run-time': '1m30s', shard: '2/4', 'fail-on-regression': 'False', 'upload-artifact': 'TRUE' }))
  assert.deepEqual([i.users, i.spawnRate, i.runTime, i.shard, i.failOnRegression, i.uploadArtifact], [20, 2.5, 90, { index: 1, total: 4 }, false, true])
})

test('a bad value names the input and the allowed values, with exit code 2', () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ scenario: 's', mode: 'bench' }, /input "mode": "bench" is not allowed; expected one of: run, compare, report, merge/],
    [{ scenario: 's', comment: 'sometimes' }, /input "comment": .*always, on-regression, never/],
    [{ scenario: 's', 'fail-on-regression': 'yes' }, /input "fail-on-regression": "yes" is not a boolean; expected true or false/],
    [{ scenario: 's', users: '0' }, /input "users": "0" .*whole number ≥ 1/],
    [{ scenario: 's', 'run-time': '10 minutes' }, /input "run-time": .*'30s'/],
    [{ scenario: 's', shard: '5/4' }, /input "shard"/],
    [{ scenario: 's', host: 'localhost:8080' }, /input "host": .*not a URL/],
    [{}, /input "scenario": required in mode "run"/],
    [{ mode: 'merge' }, /input "current": required in mode "merge"/],
  ]
  for (const [values, re] of cases) {
    assert.throws(() => getInputs(from(values)), (e: unknown) => e instanceof LoadActionError && e.exitCode === 2 && re.test(e.message), re.source)
  }
})

test('input env names keep hyphens, as the runner sets them', () => {
  assert.equal(envInput('github-token', { 'INPUT_GITHUB-TOKEN': 't' }), 't')
  assert.equal(envInput('spawn-rate', { INPUT_SPAWN_RATE: 'x' }), '')
})

test('list inputs split on lines and commas and expand globs', () => {
  assert.deepEqual(listInput('a.json\n b.json, c.json\n'), ['a.json', 'b.json', 'c.json'])
  const hits = listInput('test/unit/action/*.test.ts')
  assert.ok(hits.includes('test/unit/action/inputs.test.ts'))
  assert.deepEqual(listInput('nothing/*.json'), ['nothing/*.json'])
})
