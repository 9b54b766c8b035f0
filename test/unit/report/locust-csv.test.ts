import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pyFixed6, pyFloat, pyRepr } from '../../../src/report/locust-csv-pyformat.ts'
import { csvText, failureKey, locustCsvFiles, neutralizeCell } from '../../../src/report/locust-csv.ts'
import { writeLocustCsv } from '../../../src/report/locust-csv-file.ts'
import { StatsRecorder } from '../../../src/stats/recorder.ts'
import type { RunMeta } from '../../../src/stats/types.ts'

const meta: RunMeta = { scenario: 's', host: 'h', users: 1, spawnRate: 1, runTime: 1, startTime: 0, endTime: 1, tool: 't', version: '0' }

test('pyFloat matches Python repr(float)', () => {
  const table: [number, string][] = [
    [0, '0.0'], [-0, '-0.0'], [1, '1.0'], [12.5, '12.5'], [150, '150.0'], [0.1, '0.1'], [1 / 3, '0.3333333333333333'],
    [0.0001, '0.0001'], [0.00001, '1e-05'], [0.000012345, '1.2345e-05'], [1e16, '1e+16'], [123456789012345.6, '123456789012345.6'],
    [9999999999999998, '9999999999999998.0'], [1.5e16, '1.5e+16'], [1e22, '1e+22'], [1e-300, '1e-300'], [-2.5, '-2.5'],
    [686.6611538461541, '686.6611538461541'], [NaN, 'nan'], [Infinity, 'inf'], [-Infinity, '-inf'],
  ]
  for (const [x, s] of table) assert.equal(pyFloat(x), s, String(x))
})

test('pyFixed6 is "%f"', () => {
  assert.equal(pyFixed6(0), '0.000000')
  assert.equal(pyFixed6(11 / 3), '3.666667')
})

test('pyRepr matches Python repr(str)', () => {
  assert.equal(pyRepr('abc'), "'abc'")
  assert.equal(pyRepr("it's"), '"it\'s"')
  assert.equal(pyRepr('both \' and "'), "'both \\' and \"'")
  assert.equal(pyRepr('a\\b\n\t\r'), "'a\\\\b\\n\\t\\r'")
  assert.equal(pyRepr('\u0001\u007f\u00a0ä€'), "'\\x01\\x7f\\xa0ä€'")
})

test('failure order key is sha256 of Locust\'s StatsError key', () => {
  // Python: hashlib.sha256(f"GET./x.{repr(HTTPError('500'))!r}".encode()).hexdigest()
  const f = { method: 'GET', name: '/x', error: "HTTPError('500')", occurrences: 1, firstSeen: 0, lastSeen: 0 }
  assert.equal(failureKey(f), 'a113a46dba1f63e21f9c380dfabfd95842799bd96a63d06d05cec92179eb3954')
})

test('csvText quotes like Python csv (QUOTE_MINIMAL, CR/LF inside fields) with \\r\\n rows', () => {
  assert.equal(csvText([['a', 'b,c', 'd"e', 'f\ng', 'h\ri', '', ' j']]), 'a,"b,c","d""e","f\ng","h\ri",, j\r\n')
})

test('formula neutralisation: text columns only, numbers untouched, off for byte-exact output', () => {
  assert.equal(neutralizeCell('=1+1'), "'=1+1")
  assert.equal(neutralizeCell('@x'), "'@x")
  assert.equal(neutralizeCell('\tx'), "'\tx")
  assert.equal(neutralizeCell('/ok'), '/ok')
  const rec = new StatsRecorder({ now: () => 1000 })
  rec.request('GET', '=HYPERLINK("x")', 5, 1, "-cmd|' /C calc'!A0")
  rec.exception('+boom', '@tb')
  const r = rec.result(meta)
  const on = locustCsvFiles(r)
  assert.match(on.stats, /^GET,"'=HYPERLINK\(""x""\)",1,1,5,5\.0,5\.0,5\.0,1\.0,/m)
  assert.match(on.failures, /^GET,"'=HYPERLINK\(""x""\)",'-cmd\|' \/C calc'!A0,1\r$/m)
  assert.match(on.exceptions, /^1,'\+boom,'@tb,local\r$/m)
  const off = locustCsvFiles(r, { neutralize: false })
  assert.match(off.stats, /^GET,"=HYPERLINK/m)
})

test('writeLocustCsv writes the four files under a new folder', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'la-csv-'))
  try {
    const rec = new StatsRecorder({ now: () => 1000 })
    rec.request('GET', '/a', 5, 1, null)
    const paths = writeLocustCsv(join(dir, 'sub', 'run'), rec.result(meta))
    assert.deepEqual(paths.map((p) => p.slice(dir.length)), ['/sub/run_stats.csv', '/sub/run_stats_history.csv', '/sub/run_failures.csv', '/sub/run_exceptions.csv'])
    const stats = await readFile(paths[0]!, 'utf8')
    assert.ok(stats.startsWith('Type,Name,Request Count,'))
    assert.ok(stats.includes('\r\nGET,/a,1,0,5,5.0,5.0,5.0,1.0,'))
    assert.ok(stats.endsWith('\r\n'))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
