import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseYaml } from '../../../src/config/load.ts'
import { validateScenario } from '../../../src/config/validate.ts'
import type { ValidationError } from '../../../src/errors.ts'
import type { Scenario } from '../../../src/engine/types.ts'

const tail = 'users:\n  - tasks: [{ request: { path: / } }]\n'
/** Validates a scenario whose `load:` block is given; returns the scenario or the issue lines. */
function check(load: string): Scenario | string[] {
  const { value, locate } = parseYaml('s.yml', `host: http://127.0.0.1:1\nload:\n${load}\n${tail}`)
  try {
    return validateScenario(value, { file: 's.yml', locate })
  } catch (e) {
    assert.equal((e as ValidationError).exitCode, 2)
    return (e as Error).message.split('\n')
  }
}
function load(text: string): Scenario['load'] {
  const s = check(text)
  assert.ok(!Array.isArray(s), `unexpected issues: ${JSON.stringify(s)}`)
  return s.load
}

test('stages become a shape; ramps are linear unless a spawn rate is given', () => {
  const l = load('  stages:\n    - { duration: 10s, users: 20 }\n    - { duration: 1m, users: 20, spawn-rate: 5 }\n    - { duration: 0, users: 60 }\n    - { duration: 5s, users: 0 }')
  assert.equal(l.shape?.name, 'stages')
  const fn = l.shape?.fn
  assert.ok(fn)
  assert.deepEqual(fn(0), { users: 20, spawnRate: 2 })
  assert.deepEqual(fn(30), { users: 20, spawnRate: 5 })
  // The zero-length stage is a jump: the next stage starts from 60 users.
  assert.deepEqual(fn(71), { users: 0, spawnRate: 12 })
  assert.equal(fn(75), null)
})

test('stage mistakes: bad durations, negative users, missing fields, all zero-length', () => {
  assert.deepEqual(check('  stages:\n    - { duration: 10x, users: 5 }\n    - { duration: 5s, users: -3 }\n    - { users: 2, spawn-rate: 0 }'), [
    `s.yml:4: load.stages[0].duration: expected a duration like '30s', '5m', '1h30m' or plain seconds, got "10x"`,
    's.yml:5: load.stages[1].users: expected a whole number of users ≥ 0, got -3',
    's.yml:6: load.stages[2]: expected a duration (e.g. duration: 30s)',
    's.yml:6: load.stages[2].spawn-rate: expected a positive number, got 0',
  ])
  assert.deepEqual(check('  stages: [{ duration: 0, users: 5 }]'), ['s.yml:3: load.stages: expected at least one stage with a duration greater than zero'])
  assert.deepEqual(check('  stages: []'), ['s.yml:3: load.stages: expected a non-empty list of stages like { duration: 30s, users: 50 }, got an empty list'])
  assert.deepEqual(check('  stages: [{ duration: 5s, users: 2, rampup: 1 }]'), ['s.yml:3: load.stages[0].rampup: unknown key; expected one of duration, users, spawn-rate'])
})

test('profiles: known names accepted (with spike-factor), unknown ones list the known', () => {
  assert.deepEqual(load('  users: 10\n  run-time: 2m\n  profile: spike\n  spike-factor: 3').profile, { name: 'spike', factor: 3 })
  assert.deepEqual(check('  profile: huge'), ['s.yml:3: load.profile: unknown profile "huge"; expected one of smoke, load, stress, spike, burst, soak'])
  assert.deepEqual(check('  spike-factor: 0.5'), [
    's.yml:3: load.spike-factor: expected a number > 1 (the multiple of users in a spike or burst), got 0.5',
    's.yml:3: load.spike-factor: only used with profile: spike or burst',
  ])
})

test('arrival rate: constant and ramping forms, pool defaults', () => {
  assert.deepEqual(load('  arrival-rate: { rate: 50, duration: 1m }').arrivalRate, {
    kind: 'constant', stages: [{ rate: 50, duration: 60 }], startRate: 50, maxUsers: 100, preAllocated: 50,
  })
  // users: bounds the pool when max-users is not given; run-time stands in for duration.
  assert.deepEqual(load('  users: 20\n  run-time: 30s\n  arrival-rate: { rate: 5 }').arrivalRate, {
    kind: 'constant', stages: [{ rate: 5, duration: 30 }], startRate: 5, maxUsers: 20, preAllocated: 5,
  })
  assert.deepEqual(load('  arrival-rate:\n    stages: [{ rate: 10, duration: 30s }, { rate: 100, duration: 1m }]\n    max-users: 200\n    pre-allocated: 10').arrivalRate, {
    kind: 'ramping', stages: [{ rate: 10, duration: 30 }, { rate: 100, duration: 60 }], startRate: 0, maxUsers: 200, preAllocated: 10,
  })
})

test('arrival rate mistakes, and only one shape per scenario', () => {
  assert.deepEqual(check('  arrival-rate: { rate: 10, duration: 0, max-users: 0 }'), [
    `s.yml:3: load.arrival-rate.duration: expected a duration like '30s', '5m', '1h30m' or plain seconds greater than zero, got 0`,
    's.yml:3: load.arrival-rate.max-users: expected a whole number of users ≥ 1, got 0',
  ])
  assert.deepEqual(check('  arrival-rate: { rate: 10 }'), ['s.yml:3: load.arrival-rate: expected duration (how long to hold the rate, e.g. duration: 1m) or load.run-time'])
  assert.deepEqual(check('  arrival-rate: { rate: 10, duration: 5s, max-users: 5, pre-allocated: 9 }'), [
    's.yml:3: load.arrival-rate.pre-allocated: expected a whole number of users from 0 to max-users (5), got 9',
  ])
  assert.deepEqual(check('  arrival-rate:\n    stages: [{ rate: -1, duration: 5s }, { duration: 5s }]'), [
    's.yml:4: load.arrival-rate.stages[0].rate: expected a number ≥ 0, got -1',
    's.yml:4: load.arrival-rate.stages[1]: expected rate (iterations/s at the end of the stage)',
  ])
  assert.deepEqual(check('  profile: load\n  arrival-rate: { rate: 10, duration: 5s }'), [
    's.yml:4: load.arrival-rate: expected only one of stages, profile, arrival-rate; profile is given too',
  ])
})
