import { test } from 'node:test'
import assert from 'node:assert/strict'
import { arrivalOffsets, rateAt } from '../../../src/engine/arrival-schedule.ts'
import { PROFILE_RUN_TIME, PROFILES, profileStages } from '../../../src/engine/profiles.ts'
import { resolveShape } from '../../../src/engine/shape.ts'
import { stagesDuration } from '../../../src/engine/stages.ts'

const base = { users: 10, spawnRate: 5, runTime: 100 }

test('profiles expand as documented and last the run time', () => {
  assert.deepEqual(profileStages('smoke', base), [{ duration: 100, users: 2, spawnRate: Infinity }])
  assert.deepEqual(profileStages('load', base), [{ duration: 10, users: 10 }, { duration: 90, users: 10 }])
  assert.deepEqual(profileStages('stress', base).map((s) => [s.duration, s.users, s.spawnRate]), [[25, 5, 5], [25, 10, 5], [25, 15, 5], [25, 20, 5]])
  assert.deepEqual(profileStages('spike', base), [
    { duration: 40, users: 10, spawnRate: 5 },
    { duration: 0, users: 50 },
    { duration: 20, users: 50 },
    { duration: 0, users: 10 },
    { duration: 40, users: 10 },
  ])
  // Bursts of ×3 at 20 %, 50 % and 80 % of the run, 5 % long each.
  const burst = profileStages('burst', { ...base, factor: 3 })
  let t = 0
  const starts: number[] = []
  for (const s of burst) {
    if (s.duration === 0 && s.users === 30) starts.push(Math.round(t))
    t += s.duration
  }
  assert.deepEqual(starts, [20, 50, 80])
  assert.deepEqual(profileStages('soak', { ...base, runTime: 3600 }), [{ duration: 60, users: 10 }, { duration: 3540, users: 10 }])
  for (const p of PROFILES) {
    assert.equal(Math.round(stagesDuration(profileStages(p, base))), 100, p)
    assert.equal(Math.round(stagesDuration(profileStages(p, { ...base, runTime: null }))), PROFILE_RUN_TIME[p], p)
  }
})

test('a profile is resolved at run time, so -u / -t overrides scale it', () => {
  const shape = resolveShape({ users: 4, spawnRate: 4, runTime: 10, stopTimeout: 1, profile: { name: 'spike' } })
  assert.equal(shape?.name, 'spike')
  assert.deepEqual(shape?.fn(1), { users: 4, spawnRate: 4 })
  assert.deepEqual(shape?.fn(5), { users: 20, spawnRate: Infinity })
  assert.deepEqual(shape?.fn(7), { users: 4, spawnRate: Infinity })
  assert.equal(shape?.fn(10), null)
})

test('arrival schedule: constant, ramping from zero, jumps; count = area under the rate', () => {
  const c = [...arrivalOffsets([{ rate: 50, duration: 3 }], 50)]
  assert.equal(c.length, 150)
  assert.deepEqual(c.slice(0, 3), [0, 0.02, 0.04])
  const ramp = [...arrivalOffsets([{ rate: 10, duration: 10 }], 0)]
  assert.equal(ramp.length, 49)
  // N(t) = t²/2 → the k-th iteration at √(2k).
  assert.ok(Math.abs((ramp[0] as number) - Math.SQRT2) < 1e-9)
  const jump = [...arrivalOffsets([{ rate: 10, duration: 2 }, { rate: 100, duration: 0 }, { rate: 100, duration: 1 }], 10)]
  assert.equal(jump.length, 120)
  assert.ok(jump.every((x, i) => i === 0 || x > (jump[i - 1] as number)))
  assert.equal(rateAt([{ rate: 10, duration: 10 }], 0, 5), 5)
  assert.equal(rateAt([{ rate: 10, duration: 10 }], 0, 11), 0)
})
