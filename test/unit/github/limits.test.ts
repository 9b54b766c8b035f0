import { test } from 'node:test'
import assert from 'node:assert/strict'
import { capBody, commentMarker, MAX_COMMENT_CHARS } from '../../../src/github/comment.ts'
import { fitSummary, MAX_SUMMARY_BYTES } from '../../../src/github/summary.ts'
import { limitAnnotations } from '../../../src/github/annotations.ts'

test('the comment marker survives odd scenario names and stays an HTML comment', () => {
  const m = commentMarker('a--b>c')
  assert.equal(m, '<!-- load-action:a-bc -->')
  assert.equal(capBody('hi', m), `${m}\nhi`)
  const cut = capBody('line\n'.repeat(20_000), m)
  assert.ok(cut.length <= MAX_COMMENT_CHARS && cut.startsWith(m) && /cut to 65,536/.test(cut))
})

test('the summary fits in 1 MiB counting what the step already wrote, cut on a line', () => {
  assert.equal(fitSummary('small'), 'small')
  const big = '| ü | row |\n'.repeat(100_000)
  const out = fitSummary(big, 200_000)
  assert.ok(Buffer.byteLength(out) + 200_000 <= MAX_SUMMARY_BYTES)
  assert.match(out, /\| ü \| row \|\n\n> \[!NOTE\]/)
})

test('annotations: errors first, at most 10 per level, the rest folded into one line', () => {
  const list = [
    ...Array.from({ length: 14 }, (_, i) => ({ level: 'error' as const, title: `e${i}`, message: 'm' })),
    { level: 'warning' as const, title: 'w', message: 'm' },
  ]
  const out = limitAnnotations(list)
  assert.equal(out.filter((a) => a.level === 'error').length, 10)
  assert.equal(out[9]!.title, '5 more')
  assert.equal(out.at(-1)!.title, 'w')
  assert.equal(limitAnnotations(list, 10, { warning: 2 }).length, 11)
})
