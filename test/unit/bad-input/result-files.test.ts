/**
 * Bad CSV, results JSON and thresholds files, read the way `compare`, `report`, `merge` and the
 * action read them: truncated, wrong header, non-numeric cells, empty, wrong version, broken YAML.
 */
import { test } from 'node:test'
import { readFileSync } from 'node:fs'
import { readStats } from '../../../src/compare/read.ts'
import { parseThresholds } from '../../../src/compare/thresholds.ts'
import { readResultsJson } from '../../../src/report/results-json.ts'
import { compareCommand } from '../../../src/cli/compare.ts'
import { reportCommand, mergeCommand } from '../../../src/cli/report.ts'
import { assertBad, tempFile, type BadCase } from './kit.ts'

const GOOD = readFileSync('test/fixtures/compare/locust-2.12-base_stats.csv', 'utf8')
const [HEADER = '', ROW1 = ''] = GOOD.split(/\r?\n/)

const csvCases: (BadCase & { text: string })[] = [
  { name: 'empty CSV', text: '', says: ['f.csv: empty file; expected a Locust _stats.csv'] },
  { name: 'only whitespace', text: '\n\n', says: ['f.csv', 'expected a Locust _stats.csv'] },
  { name: 'truncated mid-row', text: GOOD.slice(0, HEADER.length + 40), says: ['f.csv:2: expected 22 columns, got ', '(truncated row?)'] },
  { name: 'header only', text: `${HEADER}\n`, says: ['f.csv', 'Aggregated'] },
  { name: 'wrong header', text: 'foo,bar\n1,2\n', says: ['f.csv:1: not a Locust stats CSV: missing columns "Type", "Name"', '(found "foo", "bar")'] },
  { name: 'a failures CSV instead of stats', text: 'Method,Name,Error,Occurrences\nGET,/x,boom,1\n', says: ['f.csv:1: ', 'failures'] },
  { name: 'non-numeric count', text: GOOD.replace(ROW1, ROW1.replace(/^([^,]*,[^,]*,)\d+/, '$1lots')), says: ['f.csv:2: column "Request Count": expected a whole number ≥ 0, got "lots"'] },
  { name: 'non-numeric time', text: GOOD.replace(ROW1, ROW1.replace(/^((?:[^,]*,){5})[^,]*/, '$1fast')), says: ['f.csv:2: column "Average Response Time": expected ', '"fast"'] },
  { name: 'binary garbage (a zip)', text: 'PK\x03\x04\x00\x01', says: ['f.csv:1: not a Locust stats CSV: missing columns "Type"'] },
]
for (const c of csvCases) test(`stats CSV: ${c.name}`, () => assertBad(c, () => readStats(c.text, 'f.csv')))

const jsonCases: (BadCase & { text: string })[] = [
  { name: 'truncated', text: '{"formatVersion":1,"entries":[', says: ['f.json:1: not valid JSON', 'truncated'] },
  { name: 'syntax error on line 3', text: '{\n "formatVersion": 1,\n "entries": [,]\n}', says: ["f.json:3: not valid JSON: Unexpected token ','"] },
  { name: 'cut after a comma', text: '{"formatVersion":1,', says: ['f.json:1: not valid JSON: ', '(the file is truncated)'] },
  { name: 'empty', text: '', says: ['f.json: empty file; expected a '] },
  { name: 'another tool\'s JSON', text: '{"requests": 5}', says: ['f.json: formatVersion: expected 1'] },
  { name: 'newer format', text: '{"formatVersion": 2}', says: ['f.json: formatVersion: expected 1, got 2'] },
  // A shape check lists every missing field, one per line.
  { name: 'entry without name', text: '{"formatVersion":1,"meta":{},"entries":[{"type":"GET","numRequests":1}],"total":{}}', says: ['f.json: meta.scenario: expected string', 'f.json: entries[0].name: expected string, got undefined'], lines: 20 },
]
for (const c of jsonCases) {
  // compare's reader and report/merge's reader are one reader: the same message either way.
  test(`results JSON (compare): ${c.name}`, () => assertBad(c, () => readStats(c.text, 'f.json')))
  test(`results JSON (report/merge): ${c.name}`, () => assertBad(c, () => readResultsJson(c.text, 'f.json')))
}

const thresholdCases: (BadCase & { text: string })[] = [
  { name: 'YAML syntax (first error only)', text: 'rules:\n  p95: { fail: 10%\n  rps: [ 1\nslo: x\n', says: ['t.yml:3: ', 'end with a }'] },
  { name: 'unknown top-level key', text: 'rulez: {}\n', says: ['t.yml:1: ', 'rulez', 'unknown key; expected one of'] },
  { name: 'unknown rule key', text: 'rules:\n  p95: { fial: 10% }\n', says: ['t.yml:2: rules.p95.fial: unknown key; expected warn, fail or floor'] },
  { name: 'SLO value not a time', text: 'slo:\n  /x: { p95: fast }\n', says: ['t.yml:2: slo./x.p95: expected 200ms, 1.5s or 200 (ms), got "fast"'] },
  { name: 'a list instead of a mapping', text: '- p95\n', says: ['t.yml', 'expected'] },
]
for (const c of thresholdCases) test(`thresholds: ${c.name}`, () => assertBad(c, () => parseThresholds(c.text, 't.yml')))

test('through the commands: missing, folder, broken files name the file (exit 2)', async () => {
  const good = tempFile('base_stats.csv', GOOD)
  await assertBad({ name: 'compare: missing current', says: ['/nowhere/cur.csv: current results file not found'] }, () => compareCommand([good, '/nowhere/cur.csv']))
  await assertBad({ name: 'compare: folder', says: ['/tmp: expected a current results file, found a folder'] }, () => compareCommand([good, '/tmp']))
  await assertBad({ name: 'compare: missing thresholds', says: ['/nowhere/t.yml: thresholds file not found'] }, () => compareCommand([good, good, '--thresholds', '/nowhere/t.yml']))
  await assertBad({ name: 'compare: broken baseline', says: [/base\.csv:2: expected 22 columns/] }, () => compareCommand([tempFile('base.csv', GOOD.slice(0, HEADER.length + 30)), good]))
  await assertBad({ name: 'report: truncated results', says: [/r\.json:1: not valid JSON: .*\(the file is truncated\)$/] }, () => reportCommand([tempFile('r.json', '{"formatVersion":1,')]))
  await assertBad({ name: 'merge: a CSV given as a shard', says: [/base_stats\.csv:1: not valid JSON: /] }, () => mergeCommand([good, '--json', '/tmp/la-merge-out.json']))
})
