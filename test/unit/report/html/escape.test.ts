import { test } from 'node:test'
import assert from 'node:assert/strict'
import { escapeHtml, html, inlineScript, Raw, scriptJson } from '../../../../src/report/html/escape.ts'
import { reportClient } from '../../../../src/report/html/client.ts'

const HOSTILE = `</script><script>alert(1)</script><img src=x onerror="x()"> & 'q' \u2028\u2029 <!--`

test('html escapes every interpolation, passes Raw through and joins arrays', () => {
  const out = html`<td title="${HOSTILE}">${HOSTILE}</td>${new Raw('<b>ok</b>')}${['<i>', null, false, 1]}`.value
  assert.ok(!out.includes('<script>') && !out.includes('<img'))
  assert.ok(out.includes('&lt;/script&gt;&lt;script&gt;'))
  assert.ok(out.includes('onerror=&quot;x()&quot;'))
  assert.ok(out.includes('&#39;q&#39;'))
  assert.ok(out.endsWith('<b>ok</b>&lt;i&gt;1'))
  assert.equal(escapeHtml(null), '')
})

test('scriptJson cannot close the script element and round-trips exactly', () => {
  const value = { name: HOSTILE, nested: [HOSTILE] }
  const json = scriptJson(value)
  assert.ok(!/<\/script|<!--|<|>|\u2028|\u2029/i.test(json), json)
  assert.deepEqual(JSON.parse(json), value)
})

test('inlineScript refuses code that would end the element; the client script is safe', () => {
  assert.throws(() => inlineScript('const s = "</script>"'), /<\/script/)
  assert.throws(() => inlineScript('x <!-- y'), /<!--/)
  const code = inlineScript(`(${reportClient.toString()})()`).value
  assert.ok(code.includes('sortable'))
})
