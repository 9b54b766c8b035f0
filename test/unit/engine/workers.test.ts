/** Workers: the shard split per worker, the `auto` choice, progress summing, script and option parsing. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { workerShard } from '../../../src/engine/workers/split.ts'
import { chooseWorkers, isLoopback } from '../../../src/engine/workers/auto.ts'
import { combineProgress } from '../../../src/engine/workers/progress.ts'
import { workerScript } from '../../../src/engine/workers/parallel.ts'
import { parseWorkers } from '../../../src/engine/workers/resolve.ts'
import { shardLoad } from '../../../src/engine/runner.ts'
import type { Scenario } from '../../../src/engine/types.ts'

function scenario(users: number, host = 'http://10.0.0.5:8080', extra: Partial<Scenario['load']> = {}): Scenario {
  return {
    file: 's.yml',
    name: 's',
    host,
    load: { users, spawnRate: 10, runTime: 1, stopTimeout: 5, ...extra },
    users: [{ name: 'U', weight: 1, wait: { kind: 'none' }, tasks: [] }],
  }
}

/** User indices a shard spawns (runner: spawned·total + index), for the first `users` of its share. */
function indices(shard: { index: number; total: number }, users: number): number[] {
  const n = shardLoad(scenario(users), shard).users
  return Array.from({ length: n }, (_, k) => k * shard.total + shard.index)
}

test('workers of a shard own exactly the users of that shard (counts, indices, spawn rate)', () => {
  for (let users = 1; users <= 23; users++) {
    for (const total of [1, 2, 3, 4]) {
      for (let index = 0; index < total; index++) {
        const outer = { index, total }
        const alone = indices(outer, users).sort((a, b) => a - b)
        for (const count of [1, 2, 3, 5]) {
          const parts = Array.from({ length: count }, (_, w) => workerShard(total === 1 ? undefined : outer, w, count))
          const together = parts.flatMap((p) => indices(p, users)).sort((a, b) => a - b)
          assert.deepEqual(together, alone, `users ${users}, shard ${index + 1}/${total}, ${count} workers`)
          const rate = parts.reduce((s, p) => s + shardLoad(scenario(users), p).spawnRate, 0)
          assert.ok(Math.abs(rate - shardLoad(scenario(users), outer).spawnRate) < 1e-9)
        }
      }
    }
  }
})

test('workers split users fairly: shares differ by at most one', () => {
  const shares = Array.from({ length: 4 }, (_, w) => shardLoad(scenario(10), workerShard(undefined, w, 4)).users)
  assert.deepEqual(shares, [3, 3, 2, 2])
})

test('auto: all cores for a remote target, half for loopback (1 on 2 cores), capped by users', () => {
  const ctx = { cores: 4, fromFile: true }
  assert.equal(chooseWorkers('auto', scenario(100), ctx).workers, 4)
  assert.equal(chooseWorkers('auto', scenario(100, 'http://127.0.0.1:8080'), ctx).workers, 2)
  assert.equal(chooseWorkers('auto', scenario(100, 'http://localhost'), { cores: 2, fromFile: true }).workers, 1)
  assert.match(chooseWorkers('auto', scenario(100, 'http://localhost'), { cores: 2, fromFile: true }).reason, /on this machine/)
  assert.equal(chooseWorkers('auto', scenario(3), { cores: 8, fromFile: true }).workers, 3)
  assert.equal(chooseWorkers(6, scenario(2), ctx).workers, 2)
  assert.equal(chooseWorkers(6, scenario(2, undefined, { arrivalRate: { kind: 'constant', stages: [], maxUsers: 1 } } as never), ctx).workers, 6)
  assert.equal(chooseWorkers('auto', scenario(100), { cores: 4, fromFile: false }).workers, 1)
  assert.equal(chooseWorkers('auto', scenario(100), { cores: 4, fromFile: true, live: true }).workers, 1)
  // A user class on this machine counts too.
  const s = scenario(100)
  s.users[0]!.host = 'http://[::1]:9000'
  assert.equal(chooseWorkers('auto', s, ctx).workers, 2)
  assert.equal(isLoopback('not a url'), false)
})

test('progress: counts and rates add up, p95 is the highest', () => {
  const p = combineProgress(
    [
      { elapsed: 3, users: 2, rps: 10, fps: 1, requests: 30, failures: 3, p95: 12 },
      { elapsed: 3.2, users: 3, rps: 5, fps: 0, requests: 15, failures: 0, p95: null },
    ],
    3.1,
  )
  assert.deepEqual(p, { elapsed: 3.1, users: 5, rps: 15, fps: 1, requests: 45, failures: 3, p95: 12 })
})

test('worker script: thread-main.ts from source, the bundle itself when bundled', () => {
  assert.equal(workerScript('file:///r/src/engine/workers/parallel.ts').href, 'file:///r/src/engine/workers/thread-main.ts')
  assert.equal(workerScript('file:///r/dist/cli/index.js').href, 'file:///r/dist/cli/index.js')
})

test('--workers values', () => {
  assert.equal(parseWorkers(undefined, '--workers'), 'auto')
  assert.equal(parseWorkers(' auto ', '--workers'), 'auto')
  assert.equal(parseWorkers('3', '--workers'), 3)
  assert.throws(() => parseWorkers('0', '--workers'), /--workers: expected a whole number ≥ 1 or "auto", got "0"/)
  assert.throws(() => parseWorkers('two', 'input "workers"'), /input "workers"/)
})
