import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadScenario, parseYaml } from '../../../src/config/load.ts'
import { validateScenario } from '../../../src/config/validate.ts'
import type { ValidationError } from '../../../src/errors.ts'

/** Validates YAML text and returns the issue lines (or [] when valid). */
function issues(yaml: string, hostOverride?: string): string[] {
  const { value, locate } = parseYaml('s.yml', yaml)
  try {
    validateScenario(value, { file: 's.yml', locate, ...(hostOverride ? { hostOverride } : {}) })
    return []
  } catch (e) {
    assert.equal((e as ValidationError).exitCode, 2)
    return (e as Error).message.split('\n')
  }
}
const ok = 'host: http://127.0.0.1:1\nusers:\n  - tasks: [{ request: { path: / } }]\n'

test('every issue of a bad file is reported, in file order, with line and field', async () => {
  await assert.rejects(loadScenario('test/fixtures/scenarios/invalid.yml'), (e: ValidationError) => {
    const f = 'test/fixtures/scenarios/invalid.yml'
    assert.equal(e.code, 'CONFIG_INVALID')
    assert.deepEqual(e.message.split('\n'), [
      `${f}:1: host: expected a base URL like http://127.0.0.1:8080 (or pass --host)`,
      `${f}:2: load.stop-timout: unknown key; expected one of users, spawn-rate, run-time, stop-timeout, stages, profile, spike-factor, arrival-rate (did you mean 'stop-timeout'?)`,
      `${f}:2: load.users: expected a whole number of users ≥ 1, got 0`,
      `${f}:2: load.spawn-rate: expected a positive number, got -1`,
      `${f}:2: load.run-time: expected a duration like '30s', '5m', '1h30m' or plain seconds, got "10x"`,
      `${f}:5: users[0].wieght: unknown key; expected one of name, weight, wait, host, tasks, vars, onStart, onStop (did you mean 'weight'?)`,
      `${f}:6: users[0].wait.between: expected min ≤ max, got [3, 1]`,
      `${f}:9: users[0].tasks[0].weight: expected a positive number, got 0`,
      `${f}:10: users[0].tasks[0].request.path: expected a path starting with '/' or an http(s):// URL, got "health"`,
      `${f}:13: users[0].tasks[1].expect.status: expected an HTTP status (100–599) or a list of them, got 999`,
      `${f}:14: users[0].tasks[1].capture.id.json: expected a JSON path like $.data.items[0].id, got '$.[' (empty key at 1)`,
      `${f}:17: users[0].tasks[2].steps[0].think: expected a duration like '30s', '5m', '1h30m' or plain seconds, got "soon"`,
      // Line 18's `websocket:` step is a protocol plugin's step for config; the engine's loadScenario reports
      // the unknown protocol (test/integration/protocols/ws.test.ts), once the registry is known.
      `${f}:20: users[1].weight: expected a positive number, got -3`,
      `${f}:21: users[1].host: unknown protocol 'ftp:'; expected http: or https:`,
      `${f}:22: users[1].tasks: expected a non-empty list of tasks, got an empty list`,
    ])
    return true
  })
})

test('a minimal file is valid; defaults are Locust-like', () => {
  assert.deepEqual(issues(ok), [])
  const { value } = parseYaml('s.yml', ok)
  const s = validateScenario(value, { file: 'dir/my-api.yml' })
  assert.equal(s.name, 'my-api')
  assert.deepEqual(s.load, { users: 1, spawnRate: 1, runTime: null, stopTimeout: 5 })
  assert.deepEqual(s.users[0]?.wait, { kind: 'none' })
  assert.equal(s.users[0]?.name, 'User1')
})

test('table of single mistakes and their messages', () => {
  const table: [string, string][] = [
    ['hots: http://x\n' + ok, "s.yml:1: hots: unknown key; expected one of name, host, load, users, thresholds, vars, hooks, shape, protocols, reporters, events (did you mean 'host'?)"],
    ['name: a b\n' + ok, `s.yml:1: name: expected letters, digits, '.', '_' or '-' only (it names files and artifacts), got "a b"`],
    ['host: not a url\nusers:\n  - tasks: [{ request: { path: / } }]\n', 's.yml:1: host: expected a base URL like http://127.0.0.1:8080, got "not a url"'],
    ['host: http://u:secret@\nusers:\n  - tasks: [{ request: { path: / } }]\n', 's.yml:1: host: expected a base URL like http://127.0.0.1:8080, got "http://***@"'],
    ['host: http://x\nusers: {}\n', 's.yml:2: users: expected a non-empty list of user classes (each with name, weight, tasks), got a mapping'],
    ['host: http://x\nusers:\n  - weight: two\n    tasks: [{ request: { path: / } }]\n', 's.yml:3: users[0].weight: expected a positive number, got "two"'],
    ['host: http://x\nload: { users: 2.5 }\n' + ok.slice(ok.indexOf('users:')), 's.yml:2: load.users: expected a whole number of users ≥ 1, got 2.5'],
    ['host: http://x\nload: { run-time: 0 }\n' + ok.slice(ok.indexOf('users:')), "s.yml:2: load.run-time: expected a duration like '30s', '5m', '1h30m' or plain seconds greater than zero, got 0"],
    ['host: http://x\nload: 5\n' + ok.slice(ok.indexOf('users:')), 's.yml:2: load: expected a mapping, got 5'],
    ['host: http://x\nusers:\n  - wait: { constant: 1, pacing: 2 }\n    tasks: [{ request: { path: / } }]\n', 's.yml:3: users[0].wait: expected exactly one of between: [min, max], constant: seconds, pacing: seconds; got constant and pacing'],
    ['host: http://x\nusers:\n  - wait: { between: 1 }\n    tasks: [{ request: { path: / } }]\n', 's.yml:3: users[0].wait.between: expected a list [min, max] of seconds, got 1'],
    ['host: http://x\nusers:\n  - onStart: hello\n    tasks: [{ request: { path: / } }]\n', 's.yml:3: users[0].onStart: expected a function (only in .ts/.js scenarios), got "hello"'],
    ['host: http://x\nusers:\n  - tasks:\n      - name: t\n', 's.yml:4: users[0].tasks[0]: expected exactly one of request, steps or fn; got none'],
    ['host: http://x\nusers:\n  - tasks:\n      - request: { path: /, json: {}, body: x }\n', 's.yml:4: users[0].tasks[0].request: expected either json or body, not both'],
    ['host: http://x\nusers:\n  - tasks:\n      - request: { path: /, method: 7 }\n', 's.yml:4: users[0].tasks[0].request.method: expected an HTTP method like GET or POST, got 7'],
    ['host: http://x\nusers:\n  - tasks:\n      - request: { path: /, headers: { a: [1] } }\n', 's.yml:4: users[0].tasks[0].request.headers.a: expected a string, number or boolean, got a list'],
    ['host: http://x\nusers:\n  - tasks:\n      - request: { path: /, timeout: -2 }\n', `s.yml:4: users[0].tasks[0].request.timeout: expected a duration like '30s', '5m', '1h30m' or plain seconds, got -2`],
    ['host: http://x\nusers:\n  - tasks:\n      - request: { path: / }\n        capture: { id: { header: a, regex: b } }\n', 's.yml:5: users[0].tasks[0].capture.id: expected exactly one capture source: json, header or regex; got header and regex'],
    ['host: http://x\nusers:\n  - tasks:\n      - request: { path: / }\n        capture: [{ as: 1x, regex: "a(b)" }]\n', 's.yml:5: users[0].tasks[0].capture[0]: expected a variable name (letters, digits, _), got "1x"'],
    ['host: http://x\nusers:\n  - tasks:\n      - steps: [{ think: 1, request: { path: / } }]\n', 's.yml:4: users[0].tasks[0].steps[0]: expected either request or think in one step, not both'],
    ['host: http://x\nusers:\n  - name: A\n    tasks: [{ request: { path: / } }]\n  - name: A\n    tasks: [{ request: { path: / } }]\n', "s.yml:5: users[1].name: expected a unique user class name, 'A' is used twice"],
  ]
  for (const [yaml, message] of table) assert.deepEqual(issues(yaml), [message], yaml)
})

test('a bad regex capture names the regex problem', () => {
  const got = issues('host: http://x\nusers:\n  - tasks:\n      - request: { path: / }\n        capture: [{ as: id, regex: "(" }]\n')
  assert.equal(got.length, 1)
  assert.match(got[0] as string, /^s\.yml:5: users\[0\]\.tasks\[0\]\.capture\[0\]\.regex: expected a regular expression: /)
})

test('host may come from --host or from every user class', () => {
  const noHost = 'users:\n  - tasks: [{ request: { path: / } }]\n'
  assert.equal(issues(noHost).length, 1)
  assert.deepEqual(issues(noHost, 'http://127.0.0.1:1'), [])
  assert.deepEqual(issues('users:\n  - host: http://a\n    tasks: [{ request: { path: / } }]\n'), [])
})
