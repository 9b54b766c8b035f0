/** A run whose names and texts try to inject markup and script, for the escaping tests. */
import type { RunResult } from '../../../../src/stats/types.ts'
import { makeResult } from './fixture.ts'

export const HOSTILE_NAME = `/x<img src=x onerror="window.__xss=1">'&"\u2028`
export const HOSTILE_SCRIPT = `</script><script>window.__xss=2</script>`
export const HOSTILE_ERROR = `HTTPError('500') "><svg onload=window.__xss=3> <!-- </script><script>window.__xss=4</script>`
export const HOSTILE_SCENARIO = `</title><script>window.__xss=5</script>`

export function hostileResult(): RunResult {
  const r = makeResult({
    scenario: HOSTILE_SCENARIO,
    endpoints: [
      { type: 'GET', name: HOSTILE_NAME, ms: 20, failRate: 0.05, error: HOSTILE_ERROR },
      { type: 'POST', name: HOSTILE_SCRIPT, ms: 40 },
      { type: 'GET', name: '/ok', ms: 5 },
    ],
  })
  r.meta.host = `http://127.0.0.1:1/"><script>window.__xss=6</script>`
  r.exceptions = [{ count: 2, msg: HOSTILE_ERROR, traceback: `Traceback\n${HOSTILE_SCRIPT}`, nodes: 'local' }]
  return r
}
