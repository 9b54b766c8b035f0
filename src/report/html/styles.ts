/**
 * Inline CSS. System fonts only (no network); colors as variables so `prefers-color-scheme: dark`
 * swaps the palette, including the SVG strokes. Chart colors are chosen to differ in both schemes.
 */
export const CSS = `
:root{color-scheme:light dark;--bg:#f6f7f9;--panel:#fff;--fg:#1d2433;--muted:#5d6778;--line:#dde1e8;--grid:#e9ecf1;
--head:#f0f2f6;--hover:#f3f6fb;--pass:#1a7f37;--warn:#9a6700;--fail:#cf222e;--none:#57606a;--pass-bg:#dafbe1;--warn-bg:#fff8c5;
--fail-bg:#ffebe9;--none-bg:#eaeef2;--c1:#2f6fdb;--c2:#d1242f;--c3:#1f9d6b;--c4:#8250df;--c5:#c2610c;--c6:#6e7781}
@media (prefers-color-scheme:dark){:root{--bg:#0f131a;--panel:#171c25;--fg:#e3e8ef;--muted:#9aa5b5;--line:#2c3442;--grid:#242b37;
--head:#1e2430;--hover:#1f2633;--pass:#3fb950;--warn:#d29922;--fail:#f85149;--none:#8b949e;--pass-bg:#12361e;--warn-bg:#3a2d0b;
--fail-bg:#43161a;--none-bg:#262c36;--c1:#6ea8fe;--c2:#ff7b72;--c3:#56d364;--c4:#c297ff;--c5:#f0a35e;--c6:#a2aab6}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans","DejaVu Sans",sans-serif}
main{max-width:1400px;margin:0 auto;padding:20px 24px 48px}
h1{font-size:22px;margin:0 0 4px;overflow-wrap:anywhere}h2{font-size:17px;margin:28px 0 10px}
header{display:flex;gap:16px;align-items:flex-start;justify-content:space-between;flex-wrap:wrap}
.sub{color:var(--muted);margin:0}
.badge{display:inline-block;padding:6px 14px;border-radius:999px;font-weight:700;letter-spacing:.04em;font-size:15px;border:1px solid}
.badge.pass{color:var(--pass);background:var(--pass-bg)}.badge.warn{color:var(--warn);background:var(--warn-bg)}
.badge.fail{color:var(--fail);background:var(--fail-bg)}.badge.none{color:var(--none);background:var(--none-bg)}
.verdict{text-align:right;max-width:520px}.verdict p{margin:6px 0 0;color:var(--muted);font-size:13px}
.panel{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:14px 16px}
dl.meta{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:8px 20px;margin:16px 0 0}
dl.meta div{min-width:0}dl.meta dt{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
dl.meta dd{margin:0;font-weight:600;overflow-wrap:anywhere}
.kpis{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:10px;margin-top:14px}
.kpi{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:10px 12px}
.kpi span{display:block;color:var(--muted);font-size:12px}.kpi b{font-size:20px}
.assess{display:grid;grid-template-columns:minmax(240px,1fr) 2fr;gap:14px}.assess .wide{grid-column:1/-1}
h3{font-size:15px;margin:0 0 8px;display:flex;gap:10px;align-items:center}h3 .badge{font-size:12px;padding:2px 10px}
@media (max-width:900px){.assess{grid-template-columns:1fr}}
.class{font-size:20px;font-weight:700;text-transform:capitalize}
.class.excellent,.class.good{color:var(--pass)}.class.acceptable{color:var(--warn)}.class.poor{color:var(--fail)}
ul.findings{list-style:none;margin:0;padding:0}ul.findings li{border-left:4px solid var(--line);padding:6px 10px;margin:0 0 8px;background:var(--hover);border-radius:0 6px 6px 0}
ul.findings li.warn{border-color:var(--warn)}ul.findings li.fail{border-color:var(--fail)}ul.findings li.info{border-color:var(--c1)}
ul.findings p{margin:2px 0;overflow-wrap:anywhere}ul.findings .advice{color:var(--muted)}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:14px}
@media (max-width:600px){.charts{grid-template-columns:1fr}}
figure.chart{margin:0;background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:10px 12px;position:relative}
figcaption{display:flex;justify-content:space-between;gap:8px;flex-wrap:wrap;margin-bottom:4px}
.legend{display:flex;gap:12px;flex-wrap:wrap;color:var(--muted);font-size:12px}
.key i{display:inline-block;width:16px;height:0;border-top:2px solid currentColor;vertical-align:middle;margin-right:5px}
.key.dashed i{border-top-style:dashed}
svg{width:100%;height:auto;display:block;overflow:visible}
svg .grid{stroke:var(--grid);stroke-width:1}svg .tick{fill:var(--muted);font-size:11px}
svg .empty{fill:var(--muted);font-size:14px}
svg .line{fill:none;stroke-width:1.8;stroke-linejoin:round;stroke-linecap:round;vector-effect:non-scaling-stroke}
svg .line.dashed{stroke-dasharray:6 4;stroke-width:1.5;opacity:.85}
svg .band{stroke:none;opacity:.18}svg .cursor{stroke:var(--muted);stroke-width:1;stroke-dasharray:2 3}
.c1{color:var(--c1);stroke:var(--c1);fill:var(--c1)}.c2{color:var(--c2);stroke:var(--c2);fill:var(--c2)}
.c3{color:var(--c3);stroke:var(--c3);fill:var(--c3)}.c4{color:var(--c4);stroke:var(--c4);fill:var(--c4)}
.c5{color:var(--c5);stroke:var(--c5);fill:var(--c5)}.c6{color:var(--c6);stroke:var(--c6);fill:var(--c6)}
svg .line.c1,svg .line.c2,svg .line.c3,svg .line.c4,svg .line.c5,svg .line.c6{fill:none}
.legend .key{stroke:none;fill:none}
.tip{position:absolute;top:34px;z-index:2;background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:6px 9px;
font-size:12px;box-shadow:0 4px 14px rgba(0,0,0,.18);pointer-events:none;white-space:nowrap}
.scroll{overflow:auto;max-height:70vh;border:1px solid var(--line);border-radius:8px;background:var(--panel)}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{padding:5px 9px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{background:var(--head);position:sticky;top:0;z-index:1;cursor:pointer;user-select:none;white-space:nowrap;font-weight:600}
th:hover{color:var(--c1)}th[aria-sort=ascending]::after{content:" ▲";font-size:10px}th[aria-sort=descending]::after{content:" ▼";font-size:10px}
tbody tr:hover{background:var(--hover)}tfoot td{font-weight:700;background:var(--head);position:sticky;bottom:0}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.name{overflow-wrap:anywhere;min-width:160px;max-width:420px}td.err{overflow-wrap:anywhere;max-width:560px}
td pre{margin:0;white-space:pre-wrap;overflow-wrap:anywhere;max-width:560px;font-size:12px}
td small{display:block;color:var(--muted);font-size:11px}
td.warn{color:var(--warn);background:var(--warn-bg)}td.fail{color:var(--fail);background:var(--fail-bg)}
td.warn small,td.fail small{color:inherit;font-weight:600}
td.mark{white-space:nowrap}td.mark small{display:inline;margin-left:4px;font-weight:700;font-size:11px}tr.st-fail td.mark small{color:var(--fail)}tr.st-warn td.mark small{color:var(--warn)}tr.st-pass td.mark small{color:var(--pass)}td.why{color:var(--muted);overflow-wrap:anywhere;max-width:380px}
tr.has-fail td:nth-child(4){color:var(--fail)}
.tag{font-size:11px;padding:1px 6px;border-radius:999px;background:var(--none-bg);color:var(--none)}
.checks td.pass{color:var(--pass)}.checks td.fail{color:var(--fail)}
.toolbar{display:flex;justify-content:space-between;align-items:center;gap:12px;margin:28px 0 10px}.toolbar h2{margin:0}
input[type=search]{font:inherit;padding:5px 9px;border:1px solid var(--line);border-radius:6px;background:var(--panel);color:var(--fg);min-width:240px}
.none{color:var(--muted)}footer{color:var(--muted);font-size:12px;margin-top:32px}
`
