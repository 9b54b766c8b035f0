/**
 * Annotations for regressions. The runner shows only 10 errors and 10 warnings per step, so the
 * worst ones go first and the rest are folded into one closing line.
 */
import * as core from '@actions/core'

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  title: string
  message: string
}

/** Shown per level by the runner; one slot is kept for the "and N more" line. */
export const ANNOTATION_LIMIT = 10

/** Orders errors first and folds whatever would not be shown into a last line per level. */
export function limitAnnotations(list: Annotation[], limit = ANNOTATION_LIMIT, reserved: Partial<Record<Annotation['level'], number>> = {}): Annotation[] {
  const out: Annotation[] = []
  for (const level of ['error', 'warning', 'notice'] as const) {
    const mine = list.filter((a) => a.level === level)
    const room = Math.max(1, limit - (reserved[level] ?? 0))
    if (mine.length <= room) out.push(...mine)
    else {
      out.push(...mine.slice(0, room - 1))
      const rest = mine.length - (room - 1)
      out.push({ level, title: `${rest} more`, message: `${rest} more ${level === 'error' ? 'regressions' : 'warnings'}: see the job summary` })
    }
  }
  return out
}

export function emitAnnotations(list: Annotation[]): void {
  for (const a of list) {
    const props = { title: a.title }
    if (a.level === 'error') core.error(a.message, props)
    else if (a.level === 'warning') core.warning(a.message, props)
    else core.notice(a.message, props)
  }
}
