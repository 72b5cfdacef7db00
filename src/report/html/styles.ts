/**
 * The report's stylesheet: screen and A4 print. Colours meet WCAG AA contrast; warnings and
 * caveats carry a text label, so colour never carries meaning alone.
 */
export const REPORT_CSS = `
:root { color-scheme: light; --text: #1c1c1c; --muted: #4a4a4a; --accent: #0b4f71; --rule: #b8c4cc; --warning-bg: #fff4d6; --warning-border: #8a5a00; --caveat-bg: #eaf2f7; --caveat-border: #0b4f71; }
*, *::before, *::after { box-sizing: border-box; }
html { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 100%; line-height: 1.5; color: var(--text); background: #fff; }
body { margin: 0; }
.report { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
.skip-link { position: absolute; left: 0.5rem; top: -4rem; padding: 0.5rem 1rem; background: #fff; color: var(--accent); border: 2px solid var(--accent); z-index: 10; }
.skip-link:focus { top: 0.5rem; }
a { color: var(--accent); }
a:focus-visible, .skip-link:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; color: var(--accent); margin: 1.6em 0 0.5em; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 2.25rem; margin-top: 0.25em; }
h2 { font-size: 1.75rem; border-bottom: 2px solid var(--rule); padding-bottom: 0.2em; }
h3 { font-size: 1.35rem; }
h4 { font-size: 1.1rem; }
h5, h6 { font-size: 1rem; }
.number { margin-right: 0.5em; }
.cover { padding: 2rem 0 1.5rem; border-bottom: 4px solid var(--accent); margin-bottom: 1.5rem; }
.cover .series { font-size: 1.25rem; font-weight: bold; letter-spacing: 0.05em; text-transform: uppercase; color: var(--muted); margin: 0; }
.cover .municipality { font-size: 1.5rem; margin: 0.5rem 0 1rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 1rem 0; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
.toc ol { list-style: none; padding-left: 0; }
.toc ol ol { padding-left: 1.5rem; }
.toc li { margin: 0.2rem 0; }
.toc-page:empty { display: none; }
p, li { max-width: 70ch; }
.score { font-size: 1.15rem; }
.notice { border-left: 6px solid; padding: 0.6rem 0.9rem; margin: 1rem 0; }
.notice-warning { background: var(--warning-bg); border-color: var(--warning-border); }
.notice-caveat { background: var(--caveat-bg); border-color: var(--caveat-border); }
table { border-collapse: collapse; width: 100%; margin: 1rem 0 1.5rem; font-size: 0.95rem; }
caption { text-align: left; font-weight: bold; padding: 0 0 0.4rem; caption-side: top; }
th, td { border-bottom: 1px solid var(--rule); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--accent); }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total th, tr.total td { font-weight: bold; border-top: 2px solid var(--accent); }
table:has(+ .table-note) { margin-bottom: 0.4rem; }
.table-note { font-size: 0.85rem; color: var(--muted); margin: 0 0 1.5rem; }
figure.chart { margin: 1.5rem 0; }
figure.chart figcaption { font-weight: bold; margin-bottom: 0.5rem; }
.chart-image svg { max-width: 100%; height: auto; }
.chart-alt { color: var(--muted); }
.chart-alt .label { font-weight: bold; color: var(--text); }
@page { size: A4; margin: 20mm 18mm 22mm 18mm; }
@media print {
  html { font-size: 10.5pt; }
  .report { max-width: none; padding: 0; }
  .skip-link { display: none; }
  a { color: inherit; text-decoration: none; }
  .page-break { break-before: page; page-break-before: always; }
  .cover { min-height: 60vh; }
  /* The drawing stays whole and with its caption; its text alternative and table may follow on the next page. */
  .chart-image, table, tr, .notice, .score, dl.facts, .table-note { break-inside: avoid; page-break-inside: avoid; }
  figure.chart figcaption { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  h2, h3, h4 { break-after: avoid; }
  /* Printed with page numbers (the PDF): each entry's number right-aligned after a dotted leader, in a
     box of fixed width that is there before the numbers are, so writing them in moves nothing. */
  [data-page-numbers] .toc li { max-width: none; }
  [data-page-numbers] .toc a { display: flex; align-items: flex-end; }
  [data-page-numbers] .toc a::after { content: ""; order: 1; flex: 1 0 1.5em; margin: 0 0.3em 0.3em; border-bottom: 1px dotted var(--muted); }
  [data-page-numbers] .toc-page, [data-page-numbers] .toc-page:empty { display: block; order: 2; flex: 0 0 2.2em; text-align: right; font-variant-numeric: tabular-nums; }
  p, li { orphans: 3; widows: 3; }
}
`;
