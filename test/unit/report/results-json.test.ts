import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseResultsJson, readResultsJson, writeResultsJson } from '../../../src/report/results-json.ts'
import { LoadActionError } from '../../../src/errors.ts'
import { replay } from './locust-replay.ts'

const invalid = (re: RegExp) => (e: unknown) => {
  assert.ok(e instanceof LoadActionError, String(e))
  assert.equal(e.code, 'INPUT_INVALID')
  assert.equal(e.exitCode, 2)
  assert.match(e.message, re)
  return true
}

test('write then read round-trips a results file (pretty and compact)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'la-json-'))
  try {
    const { result } = replay('full', true)
    const f = writeResultsJson(join(dir, 'a', 'r.json'), result)
    assert.deepEqual(readResultsJson(f), result)
    const g = writeResultsJson(join(dir, 'c.json'), result, { compact: true })
    assert.deepEqual(readResultsJson(g), result)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})

test('missing file is FILE_MISSING', async () => {
  assert.throws(() => readResultsJson('/nonexistent/r.json'), (e: unknown) => e instanceof LoadActionError && e.code === 'FILE_MISSING' && e.message.startsWith('/nonexistent/r.json: '))
})

test('truncated JSON names the file and the line', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'la-json-'))
  try {
    const f = join(dir, 'cut.json')
    const text = JSON.stringify(replay('basic', false).result)
    await writeFile(f, text.slice(0, 100))
    assert.throws(() => readResultsJson(f), invalid(new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1: not valid JSON: `)))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
  assert.throws(() => parseResultsJson('{"a": 1,, }', 'x.json'), invalid(/^x\.json:1: not valid JSON: /))
  assert.throws(() => readResultsJson('{"a": 1,, }', 'x.json'), invalid(/^x\.json:1: not valid JSON/))
})

test('wrong formatVersion or a foreign file', () => {
  assert.throws(() => parseResultsJson('{"formatVersion": 2}', 'r.json'), invalid(/^r\.json: formatVersion: expected 1, got 2$/))
  assert.throws(() => parseResultsJson('{"stats": []}', 'r.json'), invalid(/^r\.json: formatVersion: expected 1, got nothing/))
  assert.throws(() => parseResultsJson('[1]', 'r.json'), invalid(/^r\.json: expected a load-action results object, got array$/))
})

test('every bad field is named with its path', () => {
  const r = JSON.parse(JSON.stringify(replay('basic', false).result))
  r.entries[2].numRequests = 'many'
  r.total.histogram = 5
  delete r.meta.host
  r.history[1].total = null
  r.failures = {}
  assert.throws(() => parseResultsJson(JSON.stringify(r), 'r.json'), (e: unknown) => {
    assert.ok(e instanceof LoadActionError && e.code === 'INPUT_INVALID')
    assert.deepEqual(e.message.split('\n'), [
      'r.json: meta.host: expected string, got undefined',
      'r.json: entries[2].numRequests: expected number, got string',
      'r.json: total.histogram: expected string, got number',
      'r.json: failures: expected an array, got object',
      'r.json: history[1].total: expected an object, got null',
    ])
    return true
  })
})
