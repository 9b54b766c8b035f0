/**
 * `load-action compare BASELINE CURRENT`: the file I/O around the pure compare module. Either side
 * may be a Locust `_stats.csv` or a results JSON. A missing BASELINE is "no baseline yet" (a warning
 * and exit 0, or the SLO verdict), never an error. Exit: 0 pass/warn, 1 fail, 2 error.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { LoadActionError } from '../errors.ts'
import { compare, formatJson, formatMarkdown, formatText, parseThresholds, readStats } from '../compare/index.ts'
import { prepareOutputs, readText } from '../pipeline/files.ts'
import { parse } from './args.ts'

const USAGE = 'usage: load-action compare BASELINE CURRENT [--thresholds FILE] [--format text|markdown|json] [--out FILE] [--title TEXT]'
const OPTIONS = {
  thresholds: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  title: { type: 'string' },
} as const
const FORMATS = ['text', 'markdown', 'json'] as const

export async function compareCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS, USAGE)
  const v = values as { thresholds?: string; format?: string; out?: string; title?: string }
  if (positionals.length !== 2) throw new LoadActionError('USAGE', `compare: expected BASELINE and CURRENT, got ${positionals.length} file(s)\n${USAGE}`)
  const [basePath, currentPath] = positionals as [string, string]
  const format = (v.format ?? 'text') as (typeof FORMATS)[number]
  if (!FORMATS.includes(format)) throw new LoadActionError('USAGE', `--format: expected one of ${FORMATS.join(', ')}, got "${v.format}"`)
  prepareOutputs({ '--out': v.out }, [basePath, currentPath, v.thresholds])
  const thresholds = v.thresholds ? parseThresholds(readText(v.thresholds, 'thresholds'), v.thresholds) : undefined
  const current = readStats(readText(currentPath, 'current results'), currentPath)
  let base = null
  if (existsSync(basePath)) base = readStats(readText(basePath, 'baseline'), basePath)
  else console.error(`load-action: warning: baseline ${basePath} not found: no baseline yet${thresholds?.slo.length ? ', checking SLOs only' : ''}`)
  const comparison = compare(base, current, thresholds, { baseLabel: base ? basePath : undefined, currentLabel: currentPath })
  const text = format === 'json' ? formatJson(comparison) : format === 'markdown' ? formatMarkdown(comparison, { title: v.title }) : formatText(comparison) + '\n'
  if (v.out) writeFileSync(v.out, text)
  else process.stdout.write(text)
  return comparison.verdict === 'fail' ? 1 : 0
}
