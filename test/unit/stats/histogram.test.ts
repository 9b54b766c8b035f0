import { test } from 'node:test'
import assert from 'node:assert/strict'
import { addHistogram, decodeHistogram, encodeHistogram, forEachBucketUs, MAX_US, newHistogram, percentileMs, recordMs, sumEncoded } from '../../../src/stats/histogram.ts'

test('records ms as µs with ≤ 0.1 % error; percentiles of a uniform 1..10000 ms distribution', () => {
  const h = newHistogram()
  for (let i = 1; i <= 10000; i++) recordMs(h, i)
  assert.equal(h.totalCount, 10000)
  for (const [p, want] of [[50, 5000], [90, 9000], [99, 9900], [100, 10000]] as const) {
    const got = percentileMs(h, p)!
    assert.ok(Math.abs(got - want) / want <= 0.001, `p${p}: ${got}`)
  }
  assert.equal(percentileMs(newHistogram(), 50), null)
})

test('sub-2 ms values are exact to the microsecond', () => {
  const h = newHistogram()
  recordMs(h, 1.234)
  recordMs(h, 0.001)
  const seen: number[] = []
  forEachBucketUs(h, (low, width) => seen.push(low, width))
  assert.deepEqual(seen, [1, 1, 1234, 1])
})

test('negative, NaN and huge values do not throw: 0 and clamped to one hour', () => {
  const h = newHistogram()
  recordMs(h, -5)
  recordMs(h, NaN)
  recordMs(h, 1e12)
  assert.equal(h.totalCount, 3)
  assert.ok(h.maxValue >= MAX_US * 0.999)
})

test('encode/decode round-trips and add is an exact merge', () => {
  const a = newHistogram()
  const b = newHistogram()
  for (let i = 0; i < 1000; i++) recordMs(i % 2 ? a : b, i * 1.7)
  const whole = newHistogram()
  for (let i = 0; i < 1000; i++) recordMs(whole, i * 1.7)
  const da = decodeHistogram(encodeHistogram(a))
  assert.equal(da.totalCount, 500)
  const merged = addHistogram(da, decodeHistogram(encodeHistogram(b)))
  const buckets = (h: typeof a) => {
    const out: number[] = []
    forEachBucketUs(h, (low, _w, c) => out.push(low, c))
    return out
  }
  assert.deepEqual(buckets(merged), buckets(whole))
  assert.deepEqual(buckets(sumEncoded([encodeHistogram(a), '', encodeHistogram(b)])), buckets(whole))
  assert.equal(encodeHistogram(newHistogram()), '')
  assert.equal(decodeHistogram('').totalCount, 0)
  assert.throws(() => decodeHistogram('not-a-histogram'))
})
