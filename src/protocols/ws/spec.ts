/**
 * The ws plugin's YAML steps, parsed once before the run:
 *
 *   - ws: { connect: /chat, name: chat, headers: {…}, protocols: [v1], timeout: 10s }
 *   - ws: { send: '{"type":"ping","id":"${id}"}', expect: { json: $.type, equals: pong }, timeout: 5s, name: ping }
 *   - ws: { send: { type: ping }, expect: { contains: pong } }     # objects are sent as JSON
 *   - ws: { receive: true, expect: { json: $.type, equals: tick } } # wait for a pushed message
 *   - ws: { hold: 10s }                                             # keep the connection open
 *   - ws: { close: true }
 */
import { parseJsonPath, type JsonPath } from '../../engine/jsonpath.ts'
import type { StepIssues } from '../../engine/types.ts'

export interface WsExpect {
  /** JSON path into the message (parsed); the value must exist, and equal `equals` when given. */
  json?: JsonPath
  jsonText?: string
  /** Compared as text after rendering templates (`${id}`). */
  equals?: string
  contains?: string
  regex?: RegExp
}

export type WsSpec =
  | { op: 'connect'; path: string; name: string; headers?: Record<string, string>; protocols?: string[]; timeout: number }
  | { op: 'send'; message: string; json: boolean; name: string; expect?: WsExpect; timeout: number }
  | { op: 'receive'; name: string; expect?: WsExpect; timeout: number }
  | { op: 'hold'; seconds: number }
  | { op: 'close'; code: number; reason: string }

/** Default seconds to wait for a handshake or a reply. */
export const DEFAULT_TIMEOUT = 10

const OPS = ['connect', 'send', 'receive', 'hold', 'close'] as const
const KEYS: Record<(typeof OPS)[number], string[]> = {
  connect: ['connect', 'name', 'headers', 'protocols', 'timeout'],
  send: ['send', 'name', 'expect', 'timeout'],
  receive: ['receive', 'name', 'expect', 'timeout'],
  hold: ['hold'],
  close: ['close', 'code', 'reason'],
}
const EXPECT_KEYS = ['json', 'equals', 'contains', 'regex']

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The default Name of a message step: the message as written, cut to 60 characters. */
export function messageName(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

export function parseWsStep(raw: unknown, issues: StepIssues): WsSpec | undefined {
  if (!isObj(raw)) return void issues.expected([], `a mapping with one of ${OPS.join(', ')}`, raw)
  const ops = OPS.filter((k) => raw[k] !== undefined)
  if (ops.length !== 1) return void issues.add([], `expected exactly one of ${OPS.join(', ')}; got ${ops.length ? ops.join(' and ') : 'none'}`)
  const op = ops[0] as (typeof OPS)[number]
  for (const k of Object.keys(raw)) if (!KEYS[op].includes(k)) issues.add([k], `unknown key for a ${op} step; expected one of ${KEYS[op].join(', ')}`)
  const name = raw.name === undefined ? undefined : str(issues, ['name'], raw.name)
  const timeout = raw.timeout === undefined ? DEFAULT_TIMEOUT : issues.duration(['timeout'], raw.timeout) ?? DEFAULT_TIMEOUT
  switch (op) {
    case 'connect': {
      const path = str(issues, ['connect'], raw.connect)
      if (path !== undefined && !/^(\/|wss?:\/\/|https?:\/\/|\$\{)/i.test(path)) issues.add(['connect'], `expected a path starting with '/' or a ws(s):// URL, got '${path}'`)
      const spec: WsSpec = { op, path: path ?? '/', name: name ?? path ?? '/', timeout }
      if (raw.headers !== undefined) {
        if (isObj(raw.headers) && Object.values(raw.headers).every((v) => typeof v === 'string' || typeof v === 'number')) {
          spec.headers = Object.fromEntries(Object.entries(raw.headers).map(([k, v]) => [k, String(v)]))
        } else issues.expected(['headers'], 'a mapping of header names to strings', raw.headers)
      }
      if (raw.protocols !== undefined) {
        const list = Array.isArray(raw.protocols) ? raw.protocols : [raw.protocols]
        if (list.every((p) => typeof p === 'string' && p)) spec.protocols = list as string[]
        else issues.expected(['protocols'], 'a subprotocol name or a list of them', raw.protocols)
      }
      return spec
    }
    case 'send': {
      const json = typeof raw.send !== 'string'
      if (raw.send === null || raw.send === '') issues.expected(['send'], 'a message (text, or a mapping sent as JSON)', raw.send)
      const message = json ? JSON.stringify(raw.send) : (raw.send as string)
      const spec: WsSpec = { op, message, json, name: name ?? messageName(message), timeout }
      const expect = raw.expect === undefined ? undefined : parseExpect(issues, raw.expect)
      if (expect) spec.expect = expect
      return spec
    }
    case 'receive': {
      if (raw.receive !== true) issues.expected(['receive'], 'true', raw.receive)
      const spec: WsSpec = { op, name: name ?? 'receive', timeout }
      const expect = raw.expect === undefined ? undefined : parseExpect(issues, raw.expect)
      if (expect) spec.expect = expect
      return spec
    }
    case 'hold': {
      const seconds = issues.duration(['hold'], raw.hold)
      return { op, seconds: seconds ?? 0 }
    }
    case 'close': {
      if (raw.close !== true) issues.expected(['close'], 'true', raw.close)
      let code = 1000
      if (raw.code !== undefined) {
        if (raw.code === 1000 || (Number.isInteger(raw.code) && (raw.code as number) >= 3000 && (raw.code as number) <= 4999)) code = raw.code as number
        else issues.expected(['code'], 'a close code: 1000 or 3000–4999', raw.code)
      }
      const reason = raw.reason === undefined ? '' : str(issues, ['reason'], raw.reason) ?? ''
      return { op, code, reason }
    }
  }
}

function str(issues: StepIssues, path: string[], v: unknown): string | undefined {
  if (typeof v === 'string' && v !== '') return v
  issues.expected(path, 'a non-empty string', v)
  return undefined
}

function parseExpect(issues: StepIssues, raw: unknown): WsExpect | undefined {
  if (!isObj(raw)) return void issues.expected(['expect'], 'a mapping with json/equals, contains or regex', raw)
  const out: WsExpect = {}
  for (const k of Object.keys(raw)) if (!EXPECT_KEYS.includes(k)) issues.add(['expect', k], `unknown key; expected one of ${EXPECT_KEYS.join(', ')}`)
  if (raw.json !== undefined) {
    const p = str(issues, ['expect', 'json'], raw.json)
    if (p) {
      try {
        out.json = parseJsonPath(p)
        out.jsonText = p
      } catch (e) {
        issues.add(['expect', 'json'], (e as Error).message)
      }
    }
  }
  if (raw.equals !== undefined) {
    if (raw.json === undefined) issues.add(['expect', 'equals'], 'expected json: next to equals (the JSON path whose value is compared)')
    if (['string', 'number', 'boolean'].includes(typeof raw.equals) || raw.equals === null) out.equals = String(raw.equals)
    else issues.expected(['expect', 'equals'], 'a string, number, boolean or null', raw.equals)
  }
  if (raw.contains !== undefined) {
    const s = str(issues, ['expect', 'contains'], raw.contains)
    if (s) out.contains = s
  }
  if (raw.regex !== undefined) {
    const s = str(issues, ['expect', 'regex'], raw.regex)
    if (s) {
      try {
        out.regex = new RegExp(s)
      } catch (e) {
        issues.add(['expect', 'regex'], `expected a regular expression: ${(e as Error).message}`)
      }
    }
  }
  if (!out.json && !out.contains && !out.regex) issues.add(['expect'], 'expected at least one of json, contains or regex')
  return out
}
