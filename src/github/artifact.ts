/**
 * Report upload with @actions/artifact: the HTML report alone and unzipped (`skipArchive`, so the
 * link opens it in the browser; the service then names the artifact after the file), and every
 * report file (CSVs, results JSON, HTML) as one zip. Artifact names are immutable per run, so a
 * name already taken (another matrix leg) gets a numbered suffix instead of failing the upload.
 */
import { copyFileSync, existsSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import { DefaultArtifactClient } from '@actions/artifact'

export interface UploadedArtifact {
  name: string
  id: number
  size: number
  /** Download page of the artifact in the run. */
  url: string
}

/** Replaces what artifact names may not contain (`"` `:` `<` `>` `|` `*` `?` `\` `/`, line ends). */
export function safeArtifactName(name: string): string {
  return name.replace(/[":<>|*?\\/\r\n]+/g, '-').replace(/\s+/g, '-') || 'load-report'
}

export function artifactUrl(serverUrl: string, repo: string, runId: string, id: number): string {
  return `${serverUrl}/${repo}/actions/runs/${runId}/artifacts/${id}`
}

const taken = (e: unknown) => /\(409\)|already exists/i.test(e instanceof Error ? e.message : String(e))

type Upload = (name: string, files: string[], root: string, skipArchive: boolean) => Promise<{ id?: number; size?: number }>

const defaultUpload: Upload = (name, files, root, skipArchive) =>
  new DefaultArtifactClient().uploadArtifact(name, files, root, skipArchive ? { skipArchive: true } : {})

/**
 * Uploads `files` (all under `root`) as a zip named `name`, retrying with `-2`, `-3`… when the
 * name is already used in this run.
 */
export async function uploadFiles(name: string, files: string[], root: string, upload: Upload = defaultUpload, tries = 5) {
  for (let k = 1; ; k++) {
    const n = k === 1 ? name : `${name}-${k}`
    try {
      const r = await upload(n, files, root, false)
      return { name: n, id: r.id ?? 0, size: r.size ?? 0 }
    } catch (e) {
      if (!taken(e) || k >= tries) throw e
    }
  }
}

/**
 * Uploads one HTML file unzipped. Its artifact name is its file name; when taken, a copy named
 * `<name>-k.html` is uploaded instead.
 */
export async function uploadHtml(html: string, upload: Upload = defaultUpload, tries = 5) {
  const ext = extname(html)
  const stem = basename(html, ext)
  for (let k = 1; ; k++) {
    let file = html
    if (k > 1) {
      file = join(dirname(html), `${stem}-${k}${ext}`)
      if (!existsSync(file)) copyFileSync(html, file)
    }
    try {
      const r = await upload(basename(file), [file], dirname(file), true)
      return { name: basename(file), id: r.id ?? 0, size: r.size ?? 0, file }
    } catch (e) {
      if (!taken(e) || k >= tries) throw e
    }
  }
}
