import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readStats } from '../../../src/compare/index.ts'
import { LoadActionError } from '../../../src/errors.ts'
import { fixture } from './helpers.ts'

test('reads a real Locust 2.12 stats CSV: quoted names with commas and quotes, Aggregated with empty Type', () => {
  const rows = readStats(fixture('locust-2.12-base_stats.csv'), 'base.csv')
  assert.equal(rows.length, 6)
  assert.deepEqual(rows.map((r) => `${r.type} ${r.name}`), ['GET /fail', 'GET /health', 'POST /items', 'GET /items/[id], detail', 'GET search "quoted" | pipe', ' Aggregated'])
  const agg = rows.at(-1)!
  assert.equal(agg.requests, 267)
  assert.equal(agg.failures, 29)
  assert.equal(agg.percentiles['95%'], 12)
  assert.equal(agg.percentiles['99.99%'], 19)
  assert.equal(agg.requestsPerSecond, 89.2481560098582)
  assert.equal(agg.failuresPerSecond, 9.693619941145647)
})

test('N/A cells of a row without requests become null, and its median is null, not 0 ms', () => {
  const rows = readStats(fixture('locust-2.12-na_stats.csv'), 'na.csv')
  const ws = rows.find((r) => r.type === 'WS')!
  assert.equal(ws.requests, 0)
  assert.equal(ws.failures, 1)
  assert.equal(ws.medianResponseTime, null)
  assert.equal(ws.percentiles['95%'], null)
  assert.equal(ws.percentiles['100%'], null)
})

test('reads Locust 0.14 (old names, 99.999 column, None/Aggregated) and 0.9 (Method, no percentiles, None/Total)', () => {
  const v014 = readStats(fixture('locust-0.14_stats.csv'), 'old.csv')
  assert.equal(v014.at(-1)!.type, '')
  assert.equal(v014.at(-1)!.name, 'Aggregated')
  assert.equal(v014[0]!.percentiles['95%'], 5)
  assert.equal(v014[0]!.failuresPerSecond, 0)
  assert.equal(v014[1]!.percentiles['95%'], null)
  const v09 = readStats(fixture('locust-0.9_requests.csv'), 'older.csv')
  assert.deepEqual(v09.at(-1)!.name, 'Aggregated')
  assert.deepEqual(v09[0]!.percentiles, {})
  // No Failures/s column: derived from the counts.
  assert.equal(v09.at(-1)!.failuresPerSecond, (1.89 * 56) / 109)
})

test('a BOM and CRLF line ends are fine', () => {
  const text = '\uFEFF' + fixture('locust-2.12-na_stats.csv').replace(/\r?\n/g, '\r\n')
  assert.equal(readStats(text, 'x').length, 4)
})

const HEADER = fixture('locust-2.12-na_stats.csv').split(/\r?\n/)[0]!
const broken: [string, string, RegExp][] = [
  ['empty file', '', /^f\.csv: empty file; expected a Locust _stats\.csv/],
  ['blank lines only', '\n\n', /^f\.csv: empty file/],
  ['header only', HEADER + '\n', /^f\.csv: header only, no rows/],
  ['a stats history file', 'Timestamp,User Count,Type,Name,Requests/s\n1,2,GET,/,3\n', /^f\.csv:1: not a Locust stats CSV: missing columns "Request Count".*looks like a _stats_history\.csv/],
  ['a failures file', 'Method,Name,Error,Occurrences\nGET,/,x,1\n', /^f\.csv:1: .*looks like a _failures\.csv/],
  ['random text', 'hello world\n', /^f\.csv:1: not a Locust stats CSV: missing columns "Type"/],
  ['a number column with text', HEADER + '\nGET,/x,abc,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1\n', /^f\.csv:2: column "Request Count": expected a whole number ≥ 0, got "abc"$/],
  ['N/A where a count is needed', HEADER + '\nGET,/x,1,0,1,1,1,1,1,N/A,0,1,1,1,1,1,1,1,1,1,1,1\n', /^f\.csv:2: column "Requests\/s": expected a number ≥ 0, got "N\/A"$/],
  ['a percentile with text', HEADER + '\nGET,/x,1,0,1,1,1,1,1,1,0,1,1,1,1,1,oops,1,1,1,1,1\n', /^f\.csv:2: column "95%": expected a number ≥ 0 or N\/A, got "oops"$/],
  ['a negative count', HEADER + '\nGET,/x,-1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1\n', /^f\.csv:2: column "Request Count"/],
  ['a truncated row', HEADER + '\nGET,/x,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1\nGET,/y,1,0,1,1\n', /^f\.csv:3: expected 22 columns, got 6 \(truncated row\?\)$/],
  ['an unquoted comma in a name', HEADER + '\nGET,/a,b,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1\n', /^f\.csv:2: expected 22 columns, got 23/],
  ['an unclosed quote', HEADER + '\nGET,"/x,1,0\n', /^f\.csv:\d+: not a valid CSV \(.*opening quote/],
  ['a duplicate row', HEADER + '\nGET,/x,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1\nGET,/x,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1\n', /^f\.csv:3: duplicate row for "GET \/x" \(first at line 2\)$/],
  ['invalid JSON', '{\n  "formatVersion": 1,\n  oops\n}', /^f\.csv:3: not valid JSON/],
  ['JSON that is not a results file', '{"a": 1}', /^f\.csv: formatVersion: expected 1, got nothing/],
  ['results JSON with bad entries', '{"formatVersion": 1, "entries": [{"name": 1}], "total": {}}', /^f\.csv: entries\[0\]\.type: expected string/m],
]

for (const [what, text, message] of broken) {
  test(`rejects ${what} with exit code 2 and file:line`, () => {
    assert.throws(
      () => readStats(text, 'f.csv'),
      (e: unknown) => e instanceof LoadActionError && e.code === 'INPUT_INVALID' && e.exitCode === 2 && message.test(e.message),
    )
  })
}
