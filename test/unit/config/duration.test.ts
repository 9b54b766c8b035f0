import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseDuration, tryParseDuration } from '../../../src/config/duration.ts'

test('durations parse to seconds', () => {
  const table: [unknown, number][] = [
    ['30s', 30], ['5m', 300], ['1h', 3600], ['1h30m', 5400], ['1h 30m 10s', 5410], ['2m30s', 150],
    ['90', 90], [' 45 ', 45], ['0.5', 0.5], ['1.5s', 1.5], [10, 10], [0, 0], ['0s', 0], ['10S', 10],
  ]
  for (const [input, seconds] of table) assert.equal(parseDuration(input), seconds, `input ${JSON.stringify(input)}`)
})

test('bad durations are rejected with what was expected', () => {
  for (const bad of ['', '10x', 'm5', '5m1h', '1s1s', '-5', '5 minutes', 'abc', null, [], {}, -1, Infinity, true]) {
    assert.equal(tryParseDuration(bad), undefined, `input ${JSON.stringify(bad)}`)
  }
  assert.throws(() => parseDuration('10x'), { message: `expected a duration like '30s', '5m', '1h30m' or plain seconds, got "10x"` })
})
