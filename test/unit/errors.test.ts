import { test } from 'node:test'
import assert from 'node:assert/strict'
import { formatIssue, ValidationError } from '../../src/errors.ts'

test('formatIssue names file, line, column and field', () => {
  assert.equal(formatIssue({ file: 's.yml', line: 3, column: 5, field: 'users[0].weight', message: 'expected a positive number' }), 's.yml:3:5: users[0].weight: expected a positive number')
  assert.equal(formatIssue({ file: 's.yml', message: 'empty' }), 's.yml: empty')
})

test('ValidationError lists every issue with exit code 2', () => {
  const e = new ValidationError([{ file: 'a', message: 'x' }, { file: 'a', line: 2, message: 'y' }])
  assert.equal(e.message, 'a: x\na:2: y')
  assert.equal(e.exitCode, 2)
})
