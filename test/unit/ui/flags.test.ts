import { test } from 'node:test'
import assert from 'node:assert/strict'
import { liveFlags } from '../../../src/ui/cli.ts'

test('live flags: parsed, and the UI-only ones refused without --ui (exit 2)', () => {
  assert.deepEqual(liveFlags({}), { ui: false, autostart: false })
  assert.deepEqual(liveFlags({ ui: true, 'ui-port': '0', autostart: true, autoquit: '5', 'metrics-port': '9464' }), { ui: true, autostart: true, uiPort: 0, autoquit: 5, metricsPort: 9464 })
  assert.throws(() => liveFlags({ 'ui-port': '8089' }), (e: Error & { exitCode?: number }) => /--ui-port: only with --ui/.test(e.message) && e.exitCode === 2)
  assert.throws(() => liveFlags({ autostart: true }), /--autostart: only with --ui/)
  assert.throws(() => liveFlags({ ui: true, 'ui-port': 'x' }), /--ui-port: expected an integer ≥ 0, got "x"/)
  assert.throws(() => liveFlags({ 'metrics-port': '-1' }), /--metrics-port: expected an integer ≥ 0/)
  assert.throws(() => liveFlags({ ui: true, iterations: '3' }), /--iterations is not supported/)
})
