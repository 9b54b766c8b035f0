import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { compare, escapeMarkdown, formatJson, formatMarkdown, formatText, markdownComment, parseThresholds, readStats } from '../../../src/compare/index.ts'
import { FIXTURES, fixture, row, total } from './helpers.ts'

/** Golden files under test/fixtures/compare/expected; UPDATE_GOLDEN=1 rewrites them. */
function golden(name: string, actual: string): void {
  const path = `${FIXTURES}expected/${name}`
  if (process.env.UPDATE_GOLDEN || !existsSync(path)) {
    mkdirSync(`${FIXTURES}expected`, { recursive: true })
    writeFileSync(path, actual)
  }
  assert.equal(actual, readFileSync(path, 'utf8'), `golden ${name} differs (UPDATE_GOLDEN=1 to accept)`)
}

const hostile = () => {
  const t = parseThresholds('slo:\n  Aggregated: { p99: 70ms }\n', 't.yml')
  const base = [row('GET', '/a|b `x` <script>alert(1)</script>', { p95: 50 }), row('POST', '@octocat #12 **bold** [x](http://e)'), row('GET', '/gone'), total()]
  const cur = [row('GET', '/a|b `x` <script>alert(1)</script>', { p95: 80 }), row('POST', '@octocat #12 **bold** [x](http://e)', { med: 12 }), row('WS', 'new\nline'), total()]
  return compare(base, cur, t, { baseLabel: 'baselines/api/stats.csv', currentLabel: 'out/run_stats.csv' })
}

test('text table golden: real Locust runs', () => {
  const c = compare(readStats(fixture('locust-2.12-base_stats.csv'), 'base.csv'), readStats(fixture('locust-2.12-current_stats.csv'), 'cur.csv'), undefined, {
    baseLabel: 'base.csv',
    currentLabel: 'cur.csv',
  })
  const text = formatText(c)
  golden('locust-2.12.txt', text + '\n')
  assert.match(text.split('\n').at(-1)!, /^❌ FAIL: 1 regression, 1 warning \(5 endpoints\)$/)
})

test('markdown golden: escaping of endpoint names, regressions first, details collapsed', () => {
  const md = formatMarkdown(hostile(), { title: 'Load test: api' })
  golden('hostile.md', md)
  assert.ok(!md.includes('<script>'), 'no raw HTML from names')
  assert.ok(md.includes('&lt;script&gt;'))
  assert.ok(!/[^\\]\|b/.test(md), 'pipes in names are escaped')
  assert.ok(!md.includes('@octocat'), 'no @mention')
  assert.ok(md.includes('@\u200boctocat'))
  assert.ok(md.indexOf('❌') < md.indexOf('<details>'))
  assert.match(md, /\*\*Added:\*\* WS new line/)
  assert.match(md, /\*\*Removed:\*\* GET \/gone/)
})

test('escapeMarkdown neutralises tables, code, links, HTML, mentions and issue refs', () => {
  assert.equal(escapeMarkdown('a|b'), 'a\\|b')
  assert.equal(escapeMarkdown('`x`'), '\\`x\\`')
  assert.equal(escapeMarkdown('<img src=x>'), '&lt;img src=x&gt;')
  assert.equal(escapeMarkdown('[a](b)'), '\\[a\\](b)')
  assert.equal(escapeMarkdown('@team'), '@\u200bteam')
  assert.equal(escapeMarkdown('#12'), '#\u200b12')
  assert.equal(escapeMarkdown('a\r\nb'), 'a b')
  assert.equal(escapeMarkdown('a&amp;'), 'a&amp;amp;')
})

test('JSON has the verdict, every row and every finding with its rule', () => {
  const c = hostile()
  const j = JSON.parse(formatJson(c))
  assert.equal(j.formatVersion, 1)
  assert.equal(j.verdict, 'fail')
  assert.equal(j.regressed, true)
  assert.equal(j.rows.length, c.rows.length)
  assert.deepEqual(j.added, ['WS new\nline'])
  const a = j.rows.find((r: { name: string }) => r.name.startsWith('/a|b'))
  assert.equal(a.status, 'fail')
  const p95 = a.findings.find((f: { metric: string }) => f.metric === 'p95')
  assert.deepEqual([p95.base, p95.current, p95.delta, p95.deltaPct, p95.rule], [50, 80, 30, 60, 'fail > +10 %, floor 2 ms'])
  assert.ok(j.rows.every((r: { findings: unknown[] }) => Array.isArray(r.findings)))
})

test('PR comment: marker first, links, and the body under the cap', () => {
  const body = markdownComment(hostile(), { title: 'api', marker: 'api', runUrl: 'https://github.com/o/r/actions/runs/1', reportUrl: 'https://example.com/r.html' })
  assert.ok(body.startsWith('<!-- load-action:api -->\n'))
  assert.match(body, /\[Full report\]\(https:\/\/example\.com\/r\.html\) · \[Workflow run\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/1\)/)
  assert.ok(!markdownComment(hostile(), { marker: 'x --> <b>' }).startsWith('<!-- load-action:x --> <b>'), 'marker cannot close the comment early')
  assert.ok(!markdownComment(hostile(), { marker: 'x', runUrl: 'javascript:alert(1)' }).includes('javascript:'))
})

function many(n: number) {
  const base = [...Array.from({ length: n }, (_, i) => row('GET', `/endpoint/${i}/${'x'.repeat(60)}`, { p95: 50 })), total()]
  const cur = [...Array.from({ length: n }, (_, i) => row('GET', `/endpoint/${i}/${'x'.repeat(60)}`, { p95: 90 })), total()]
  return compare(base, cur)
}

test('PR comment capped at 65,536: details dropped first, with a note', () => {
  const c = many(150)
  assert.ok(formatMarkdown(c).length > 65536)
  const body = markdownComment(c, { marker: 'api' })
  assert.ok(body.length <= 65536, String(body.length))
  assert.ok(!body.includes('<details>'))
  assert.match(body, /Comment shortened to fit GitHub's 65,536-character limit: all-endpoints table left out/)
  assert.equal((body.match(/^\| ❌ \| GET \/endpoint/gm) ?? []).length, 150)
})

test('PR comment capped: regression rows cut when they alone are too long, and counted in the note', () => {
  const c = many(600)
  const body = markdownComment(c, { marker: 'api', reportUrl: 'https://example.com/r' })
  assert.ok(body.length <= 65536, String(body.length))
  // 600 endpoints and the Aggregated row regressed.
  const kept = (body.match(/^\| ❌ \| /gm) ?? []).length
  assert.ok(kept > 100 && kept < 601, String(kept))
  assert.match(body, new RegExp(`${601 - kept} more regression rows and the all-endpoints table left out; see the full report`))
  assert.ok(body.startsWith('<!-- load-action:api -->'))
  assert.ok(markdownComment(c, { marker: 'api', maxChars: 2000 }).length <= 2000)
})

test('no-baseline wording', () => {
  const c = compare(null, [row('GET', '/a'), total()])
  assert.match(formatText(c), /⚠️ WARN: no baseline yet \(1 endpoint\)$/)
  assert.match(formatMarkdown(c), /^### ⚠️ WARN: no baseline yet/)
})
