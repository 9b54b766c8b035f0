import { test } from 'node:test'
import assert from 'node:assert/strict'
import { escapeLabel, num, openMetricsText } from '../../../src/metrics/openmetrics.ts'
import { parseExposition, sample } from '../../helpers/prom-parse.ts'

test('label values are escaped as the exposition format says', () => {
  assert.equal(escapeLabel('a"b\\c\nd'), 'a\\"b\\\\c\\nd')
  assert.equal(escapeLabel('plain /x?y=[id]'), 'plain /x?y=[id]')
})

test('numbers: integers plain, binary noise dropped, NaN and infinities spelled out', () => {
  assert.equal(num(12), '12')
  assert.equal(num(0.004378999999999999), '0.004379')
  assert.equal(num(NaN), 'NaN')
  assert.equal(num(Infinity), '+Inf')
  assert.equal(num(-Infinity), '-Inf')
})

test('before a run: a valid exposition with the waiting state and no endpoint series', () => {
  for (const openMetrics of [false, true]) {
    const e = parseExposition(openMetricsText({ result: null, state: 'waiting', users: 0, openMetrics }))
    assert.equal(e.eof, openMetrics)
    assert.equal(sample(e, 'load_action_state', { state: 'waiting' }), 1)
    assert.equal(sample(e, 'load_action_state', { state: 'running' }), 0)
    assert.equal(sample(e, 'load_action_users'), 0)
    assert.equal(e.samples.filter((s) => s.name.startsWith('load_action_response_time')).length, 0)
  }
})
