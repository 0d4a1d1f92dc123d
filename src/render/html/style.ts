// The report's stylesheet. Kinds use the Okabe-Ito palette, which stays distinguishable under the common
// forms of colour blindness, and each kind also has its own shape (band, stripe, line, overline, weight),
// so no kind is told apart by colour alone. Dark mode swaps the variables; print keeps the marks.
export const STYLE = `
:root {
  --bg: #ffffff; --fg: #1d1d1f; --muted: #5f6368; --line: #d9d9de; --panel: #f6f6f8; --focus: #000000;
  --country: #56b4e9; --country-bg: #d5ecfa; --official: #e69f00; --official-bg: #fbe5b3;
  --agreement: #009e73; --commitment: #d55e00; --meeting: #0072b2; --quote: #cc79a7; --article: #5f6368; --active-bg: #fff0a0;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #16171a; --fg: #e8e8ea; --muted: #a3a6ad; --line: #34363c; --panel: #1f2125; --focus: #ffffff;
    --country-bg: #1d4a63; --official-bg: #5c4210; --agreement: #2fc79a; --commitment: #ff7a33; --meeting: #4aa3e0; --quote: #e39ac4; --active-bg: #5b4f00;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
a { color: var(--meeting); }
button.link { background: none; border: 0; padding: 0; color: var(--meeting); text-decoration: underline; cursor: pointer; font: inherit; text-align: left; }
header.top { padding: 12px 20px; border-bottom: 1px solid var(--line); background: var(--panel); }
header.top h1 { margin: 0 0 4px; font-size: 1.35rem; line-height: 1.3; }
.meta { color: var(--muted); font-size: .9rem; display: flex; flex-wrap: wrap; gap: 4px 14px; }
.crumbs { font-size: .9rem; margin-bottom: 6px; }
.toolbar { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; padding: 8px 20px; border-bottom: 1px solid var(--line); font-size: .9rem; }
.toolbar label { display: inline-flex; gap: 6px; align-items: center; cursor: pointer; }
.swatch { display: inline-block; width: 2.2em; height: 1.1em; border-radius: 2px; vertical-align: middle; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(300px, 2fr); gap: 0; }
.text { padding: 16px 24px 48px; white-space: pre-wrap; overflow-wrap: anywhere; line-height: 2.1; font-size: 1rem; border-right: 1px solid var(--line); }
.records { padding: 12px 16px 48px; position: sticky; top: 0; max-height: 100vh; overflow: auto; }
.records h2 { font-size: 1rem; margin: 16px 0 6px; display: flex; align-items: center; gap: 8px; }
.rec { border: 1px solid var(--line); border-left: 4px solid var(--article); border-radius: 4px; padding: 6px 8px; margin: 6px 0; cursor: pointer; background: var(--bg); font-size: .9rem; line-height: 1.4; }
.rec:hover, .rec.hover { background: var(--panel); }
.rec:focus-visible, .rec.active { outline: 2px solid var(--focus); outline-offset: 1px; }
.rec .what { font-weight: 600; }
.rec .sub { color: var(--muted); }
.rec.k-country { border-left-color: var(--country); } .rec.k-official { border-left-color: var(--official); }
.rec.k-agreement { border-left-color: var(--agreement); } .rec.k-commitment { border-left-color: var(--commitment); }
.rec.k-meeting { border-left-color: var(--meeting); } .rec.k-quote { border-left-color: var(--quote); }
.neg { font-weight: 700; color: var(--commitment); }
/* marks in the text: entities are bands, events are lines under the text that stack when they overlap */
.hl { border-radius: 2px; padding: 2px 0; cursor: help; }
.hl.zero { display: inline-block; width: 2px; height: 1em; background: var(--muted); vertical-align: middle; }
.hl.k-article { font-weight: 650; }
.hl.k-quote { text-decoration: overline dotted var(--quote) 2px; }
.hl.k-country { background: var(--country-bg); }
.hl.k-official { background: var(--official-bg); }
.hl.k-official.ref { text-decoration: underline dotted 2px var(--official); }
.hl.k-official.k-country { background: linear-gradient(to bottom, var(--official) 0 3px, var(--country-bg) 3px); }
.hl.ev-a { box-shadow: 0 3px 0 var(--agreement); }
.hl.ev-c { box-shadow: 0 3px 0 var(--commitment); }
.hl.ev-m { box-shadow: 0 3px 0 var(--meeting); }
.hl.ev-ac { box-shadow: 0 3px 0 var(--agreement), 0 6px 0 var(--commitment); }
.hl.ev-am { box-shadow: 0 3px 0 var(--agreement), 0 6px 0 var(--meeting); }
.hl.ev-cm { box-shadow: 0 3px 0 var(--commitment), 0 6px 0 var(--meeting); }
.hl.ev-acm { box-shadow: 0 3px 0 var(--agreement), 0 6px 0 var(--commitment), 0 9px 0 var(--meeting); }
.hl.active { background: var(--active-bg); }
.hl.active.k-country, .hl.active.k-official { text-decoration: underline 2px var(--focus); }
.sw-country { background: var(--country-bg); } .sw-official { background: var(--official-bg); }
.sw-agreement { box-shadow: inset 0 -3px 0 var(--agreement); } .sw-commitment { box-shadow: inset 0 -3px 0 var(--commitment); }
.sw-meeting { box-shadow: inset 0 -3px 0 var(--meeting); } .sw-quote { border-top: 2px dotted var(--quote); }
.sw-article { font-weight: 650; width: auto; height: auto; }
#tip { position: fixed; z-index: 10; max-width: 420px; background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; box-shadow: 0 4px 16px rgba(0,0,0,.25); font-size: .85rem; pointer-events: none; }
#tip .rec { margin: 4px 0; cursor: default; }
main.overview { padding: 16px 20px 48px; max-width: 1200px; }
main.overview h2 { font-size: 1.1rem; margin: 24px 0 8px; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 110px; background: var(--panel); }
.card .n { font-size: 1.5rem; font-weight: 700; display: block; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--panel); position: sticky; top: 0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.scroll { max-height: 420px; overflow: auto; border: 1px solid var(--line); }
.matrix td, .matrix th { text-align: center; min-width: 2.6em; }
.matrix td button { font: inherit; border: 0; background: none; color: inherit; cursor: pointer; width: 100%; padding: 2px; }
.matrix td.hot { background: var(--country-bg); }
.matrix td.hot.h2 { background: color-mix(in srgb, var(--meeting) 35%, var(--bg)); }
.matrix td.hot.h3 { background: color-mix(in srgb, var(--meeting) 60%, var(--bg)); }
.bars { display: flex; align-items: flex-end; gap: 3px; height: 160px; border-bottom: 1px solid var(--line); overflow-x: auto; }
.bar { display: flex; flex-direction: column-reverse; min-width: 18px; flex: 0 0 auto; cursor: pointer; border: 0; padding: 0; background: none; }
.bar span { display: block; width: 100%; }
.bar .b-agreement { background: var(--agreement); } .bar .b-commitment { background: var(--commitment); } .bar .b-meeting { background: var(--meeting); }
.bar-labels { display: flex; gap: 3px; font-size: .7rem; color: var(--muted); overflow-x: auto; }
.bar-labels span { min-width: 18px; flex: 0 0 auto; writing-mode: vertical-rl; transform: rotate(180deg); }
.events li { margin: 6px 0; }
.events q { color: var(--muted); }
.filter { margin: 4px 0 8px; padding: 4px 8px; font: inherit; width: min(360px, 100%); background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 4px; }
.empty { color: var(--muted); font-style: italic; }
.error { color: var(--commitment); }
@media (max-width: 800px) { .layout { grid-template-columns: 1fr; } .records { position: static; max-height: none; } .text { border-right: 0; } }
@media print {
  :root { --bg: #fff; --fg: #000; --panel: #fff; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  #tip, .crumbs, .filter, .toolbar input { display: none !important; }
  .layout { display: block; } .records { position: static; max-height: none; overflow: visible; }
  .text { border-right: 0; } .rec { break-inside: avoid; } .scroll { max-height: none; overflow: visible; }
}
`;
