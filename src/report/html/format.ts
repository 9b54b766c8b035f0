/** Number and time formatting shared by the report's text, tables and charts. Plain strings, not escaped. */

/** Milliseconds with precision that fits the size: 0.42 ms, 12.3 ms, 1,234 ms. */
export function fmtMs(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return 'N/A'
  if (v < 1) return `${v.toFixed(2)} ms`
  if (v < 100) return `${v.toFixed(1)} ms`
  return `${Math.round(v).toLocaleString('en-US')} ms`
}

/** A plain number: integers grouped, others with `digits` decimals. */
export function fmtNum(v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return 'N/A'
  return Number.isInteger(v) ? v.toLocaleString('en-US') : v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

export function fmtPct(v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return 'N/A'
  return `${v.toFixed(digits)} %`
}

/** Signed relative change: +12.3 %, −4.0 %. */
export function fmtDeltaPct(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return ''
  return `${v > 0 ? '+' : v < 0 ? '−' : '±'}${Math.abs(v).toFixed(1)} %`
}

/** Seconds as 45s, 5m 03s, 1h 30m 00s. */
export function fmtDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return 'N/A'
  const s = Math.round(seconds)
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const r = String(s % 60).padStart(2, '0')
  if (h) return `${h}h ${String(m).padStart(2, '0')}m ${r}s`
  return m ? `${m}m ${r}s` : `${s}s`
}

/** Epoch seconds as an ISO-like UTC date: 2025-01-31 14:05:09 UTC. */
export function fmtDate(epochSeconds: number): string {
  if (!Number.isFinite(epochSeconds)) return 'N/A'
  return `${new Date(epochSeconds * 1000).toISOString().slice(0, 19).replace('T', ' ')} UTC`
}

/** Error rate of a row in percent (0 when there were no requests). */
export function errorRate(requests: number, failures: number): number {
  return requests ? (failures / requests) * 100 : 0
}
