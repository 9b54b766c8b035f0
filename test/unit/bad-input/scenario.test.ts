/**
 * Bad scenario files, one kind per case: YAML and JSON syntax, unknown keys, wrong types, negative
 * users, zero weights, bad durations and URLs, missing files, TS modules that throw or do not parse.
 */
import { test } from 'node:test'
import { loadScenario } from '../../../src/config/load.ts'
import { assertBad, tempFile, type BadCase } from './kit.ts'

const HEAD = 'name: x\nhost: http://127.0.0.1:1\n'
const TASKS = 'users:\n  - tasks: [ { request: { path: /a } } ]\n'

interface ScenarioCase extends BadCase {
  file: string
  text: string
  overrides?: Parameters<typeof loadScenario>[1]
}

const cases: ScenarioCase[] = [
  // A syntax error reports the first parser error only, not the cascade after it.
  { name: 'YAML: unclosed flow map', file: 's.yml', text: `${HEAD}users:\n  - name: A\n    tasks: [ { request: { path: /a }\n  - name: B\n`, says: [/s\.yml:\d+: /, 'invalid YAML: ', 'end with a }'] },
  { name: 'YAML: unclosed quote', file: 's.yml', text: 'name: x\nhost: "http://a\nusers: []\n', says: ['s.yml:4: ', 'invalid YAML: Missing closing "quote'] },
  { name: 'YAML: tab indentation', file: 's.yml', text: `${HEAD}\tusers: []\n`, says: ['s.yml:3: ', 'invalid YAML: Tabs are not allowed as indentation'] },
  { name: 'YAML: duplicate key', file: 's.yml', text: `${HEAD}name: y\n${TASKS}`, says: ['s.yml:3: ', 'invalid YAML: Map keys must be unique'] },
  { name: 'JSON: trailing comma', file: 's.json', text: '{ "name": "x",\n  "host": "http://a",\n}', says: ['s.json:3: ', 'invalid JSON: '] },
  { name: 'empty file', file: 's.yml', text: '', says: ['s.yml: ', 'expected a mapping, got null'] },
  { name: 'a list, not a mapping', file: 's.yml', text: '- a\n- b\n', says: ['s.yml:1: ', 'expected a mapping, got a list'] },
  { name: 'unknown key (typo) with a suggestion', file: 's.yml', text: `${HEAD}laod: { users: 2 }\n${TASKS}`, says: ['s.yml:3: laod: unknown key; expected one of ', "did you mean 'load'?"] },
  { name: 'unknown key inside a task', file: 's.yml', text: `${HEAD}users:\n  - tasks: [ { request: { path: /a }, wieght: 2 } ]\n`, says: ['s.yml:4: users[0].tasks[0].wieght: unknown key', "did you mean 'weight'?"] },
  { name: 'wrong type: users is text', file: 's.yml', text: `${HEAD}load: { users: many }\n${TASKS}`, says: ['s.yml:3: load.users: expected a whole number of users ≥ 1, got "many"'] },
  { name: 'negative users', file: 's.yml', text: `${HEAD}load: { users: -3 }\n${TASKS}`, says: ['s.yml:3: load.users: expected a whole number of users ≥ 1, got -3'] },
  { name: 'zero task weight', file: 's.yml', text: `${HEAD}users:\n  - tasks:\n      - { weight: 0, request: { path: /a } }\n`, says: ['s.yml:5: users[0].tasks[0].weight: expected a positive number, got 0'] },
  { name: 'zero user-class weight', file: 's.yml', text: `${HEAD}users:\n  - weight: 0\n    tasks: [ { request: { path: /a } } ]\n`, says: ['s.yml:4: users[0].weight: expected a positive number, got 0'] },
  { name: 'bad duration', file: 's.yml', text: `${HEAD}load: { run-time: 10x }\n${TASKS}`, says: ['s.yml:3: load.run-time: expected a duration like ', '"10x"'] },
  { name: 'bad host URL', file: 's.yml', text: `name: x\nhost: not a url\n${TASKS}`, says: ['s.yml:2: host: expected a base URL like http://127.0.0.1:8080, got "not a url"'] },
  { name: 'host with another scheme', file: 's.yml', text: `name: x\nhost: ftp://example.com\n${TASKS}`, says: ['s.yml:2: host: ', "'ftp:'", 'expected http: or https:'] },
  { name: 'bad --host override', file: 's.yml', text: HEAD + TASKS, overrides: { host: 'localhost:8080' }, says: ['s.yml: --host: ', "unknown protocol 'localhost:'; expected http: or https:"] },
  { name: 'bad --host override (no scheme)', file: 's.yml', text: HEAD + TASKS, overrides: { host: 'not a url' }, says: ['s.yml: --host: expected a base URL like http://127.0.0.1:8080, got "not a url"'] },
  { name: 'empty users list', file: 's.yml', text: `${HEAD}users: []\n`, says: ['s.yml:3: users: expected a non-empty list of user classes'] },
  { name: 'expect.status out of range', file: 's.yml', text: `${HEAD}users:\n  - tasks:\n      - request: { path: /a }\n        expect: { status: 999 }\n`, says: ['s.yml:6: users[0].tasks[0].expect.status: expected an HTTP status (100–599)', 'got 999'] },
  { name: 'method of the wrong type', file: 's.yml', text: `${HEAD}users:\n  - tasks: [ { request: { path: /a, method: 42 } } ]\n`, says: ['s.yml:4: users[0].tasks[0].request.method: expected an HTTP method', 'got 42'] },
  { name: 'wait between reversed', file: 's.yml', text: `${HEAD}users:\n  - wait: { between: [3, 1] }\n    tasks: [ { request: { path: /a } } ]\n`, says: ['s.yml:4: users[0].wait.between: expected min ≤ max, got [3, 1]'] },
  { name: 'TS module that throws', file: 's.ts', text: 'const n = 1\nthrow new Error("no config for " + n)\nexport default {}\n', says: ['s.ts:2: cannot load the scenario module: no config for 1'] },
  { name: 'TS module with a syntax error', file: 's.ts', text: 'export default { name:\n', says: [/s\.ts:\d: cannot load the scenario module: SyntaxError: /] },
  { name: 'TS module importing a missing file', file: 's.ts', text: 'import x from "./nope.ts"\nexport default x\n', says: ['s.ts: cannot load the scenario module: ', 'nope.ts'] },
  { name: 'TS module without a default export', file: 's.ts', text: 'export const scenario = {}\n', says: ['s.ts: expected a default export with the scenario object'] },
]

for (const c of cases) {
  test(`scenario: ${c.name}`, () => assertBad(c, () => loadScenario(tempFile(c.file, c.text), c.overrides)))
}

test('scenario: missing file (YAML and TS)', async () => {
  await assertBad({ name: 'missing yml', says: ['/nowhere/s.yml: cannot read the scenario file (ENOENT)'] }, () => loadScenario('/nowhere/s.yml'))
  await assertBad({ name: 'missing ts', says: ['/nowhere/s.ts: cannot read the scenario file (ENOENT)'] }, () => loadScenario('/nowhere/s.ts'))
})

test('scenario: several problems in one file are all listed, one per line, in file order', () =>
  assertBad(
    { name: 'many', lines: 3, says: ['s.yml:3: load.users: expected a whole number', '\n', 's.yml:3: load.run-time: expected a duration', '\n', 's.yml:5: users[0].tasks[0].weight: expected a positive number'] },
    () => loadScenario(tempFile('s.yml', `${HEAD}load: { users: 0, run-time: soon }\nusers:\n  - tasks: [ { weight: -1, request: { path: /a } } ]\n`)),
  ))
