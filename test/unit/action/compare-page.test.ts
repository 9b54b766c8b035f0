import { test } from 'node:test'
import assert from 'node:assert/strict'
import { compare } from '../../../src/compare/compare.ts'
import { readLocustCsv } from '../../../src/compare/read-csv.ts'
import { renderComparisonPage } from '../../../src/action/compare-page.ts'

const header = 'Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%'
const csv = (p95: number) =>
  [header, `GET,"<script>alert(1)</script>",100,0,5,5,1,50,10,10,0,5,6,6,7,8,${p95},20,30,50,50,50`, `,Aggregated,100,0,5,5,1,50,10,10,0,5,6,6,7,8,${p95},20,30,50,50,50`].join('\r\n') + '\r\n'

test('the CSV-only report page shows the verdict and escapes endpoint names and titles', () => {
  const c = compare(readLocustCsv(csv(10), 'base.csv'), readLocustCsv(csv(30), 'cur.csv'), undefined, { baseLabel: 'base.csv', currentLabel: 'cur.csv' })
  const page = renderComparisonPage(c, 'Load test: <b>x</b>')
  assert.match(page, /^<!doctype html>/)
  assert.match(page, /❌ fail/)
  assert.ok(!page.includes('<script>alert(1)</script>'))
  assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'))
  assert.ok(page.includes('Load test: &lt;b&gt;x&lt;/b&gt;'))
  assert.match(page, /Content-Security-Policy/)
})
