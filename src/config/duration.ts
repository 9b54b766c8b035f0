/**
 * Durations as Locust's -t takes them: `30s`, `5m`, `1h30m`, `1h 30m 10s`, or plain seconds (number or
 * numeric string). Returns seconds; pure.
 */

const UNIT: Record<string, number> = { h: 3600, m: 60, s: 1 }
const PART = /(\d+(?:\.\d+)?)\s*([hms])/gy

/** What every duration error says was expected. */
export const DURATION_EXPECTED = "expected a duration like '30s', '5m', '1h30m' or plain seconds"

/** Parses a duration into seconds; throws Error(DURATION_EXPECTED + what was found) when it isn't one. */
export function parseDuration(value: unknown): number {
  const seconds = tryParseDuration(value)
  if (seconds === undefined) throw new Error(`${DURATION_EXPECTED}, got ${describe(value)}`)
  return seconds
}

/** Same as parseDuration but returns undefined instead of throwing (for validators that collect issues). */
export function tryParseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined
  if (typeof value !== 'string') return undefined
  const text = value.trim().toLowerCase()
  if (text === '') return undefined
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text)
  let total = 0
  let units = ''
  PART.lastIndex = 0
  while (PART.lastIndex < text.length) {
    const at = PART.lastIndex
    const m = PART.exec(text)
    if (!m) return undefined
    const unit = m[2] as string
    // Each unit once and in h, m, s order, as Locust's parse_timespan requires.
    if (units.includes(unit) || (units && 'hms'.indexOf(unit) < 'hms'.indexOf(units.at(-1) as string))) return undefined
    units += unit
    total += Number(m[1]) * (UNIT[unit] as number)
    // Allow spaces between parts ('1h 30m').
    while (text[PART.lastIndex] === ' ') PART.lastIndex++
    if (PART.lastIndex === at) return undefined
  }
  return total
}

/** Short, safe description of a bad value for messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return value.length ? 'a list' : 'an empty list'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'function') return 'a function'
  return String(value)
}
