import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startArtifactStandin, fakeRuntimeToken } from '../../helpers/github-standins.ts'
import { uploadFiles, uploadHtml, safeArtifactName } from '../../../src/github/artifact.ts'

async function setup(t: import('node:test').TestContext) {
  const svc = await startArtifactStandin()
  const dir = mkdtempSync(join(tmpdir(), 'la-art-'))
  const saved = { ...process.env }
  Object.assign(process.env, { ACTIONS_RUNTIME_TOKEN: fakeRuntimeToken(), ACTIONS_RESULTS_URL: `${svc.url}/`, GITHUB_WORKSPACE: dir })
  delete process.env.GITHUB_SERVER_URL
  t.after(async () => {
    process.env = saved
    rmSync(dir, { recursive: true, force: true })
    await svc.close()
  })
  return { svc, dir }
}

test('the HTML report is uploaded unzipped, byte for byte, named after its file', async (t) => {
  const { svc, dir } = await setup(t)
  const html = join(dir, 'load-report-checkout.html')
  // Larger than one block would need to be for a real service; here it checks assembly and hashing.
  writeFileSync(html, `<!doctype html><title>r</title>${'<p>row ü</p>'.repeat(50_000)}`)
  const r = await uploadHtml(html)
  assert.equal(r.name, 'load-report-checkout.html')
  const stored = svc.artifacts.find((a) => a.id === r.id)!
  assert.ok(stored.finalized)
  assert.ok(stored.bytes.equals(readFileSync(html)))
  assert.equal(stored.mimeType, 'text/html')
})

test('report files go up as one zip; a taken name gets a suffix', async (t) => {
  const { svc, dir } = await setup(t)
  const a = join(dir, 'r_stats.csv')
  const b = join(dir, 'results.json')
  writeFileSync(a, 'Type,Name\r\n')
  writeFileSync(b, '{}')
  const first = await uploadFiles('load-report-x', [a, b], dir)
  const second = await uploadFiles('load-report-x', [a, b], dir)
  assert.equal(first.name, 'load-report-x')
  assert.equal(second.name, 'load-report-x-2')
  const zip = svc.artifacts.find((x) => x.id === first.id)!.bytes
  assert.equal(zip.subarray(0, 2).toString(), 'PK')

  const html = join(dir, 'r.html')
  writeFileSync(html, '<p>x</p>')
  await uploadHtml(html)
  const again = await uploadHtml(html)
  assert.equal(again.name, 'r-2.html')
  assert.ok(existsSync(join(dir, 'r-2.html')))
})

test('a service error surfaces as a rejection without long retries', async (t) => {
  const { svc, dir } = await setup(t)
  const html = join(dir, 'r.html')
  writeFileSync(html, '<p>x</p>')
  svc.inject({ at: 'CreateArtifact', status: 400 })
  const started = Date.now()
  await assert.rejects(uploadHtml(html), /CreateArtifact|400/)
  assert.ok(Date.now() - started < 5000)
})

test('artifact names lose the characters the service rejects', () => {
  assert.equal(safeArtifactName('load-report-a/b:c'), 'load-report-a-b-c')
  assert.equal(safeArtifactName(''), 'load-report')
})
