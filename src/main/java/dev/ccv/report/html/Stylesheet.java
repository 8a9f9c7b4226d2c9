package dev.ccv.report.html;

/**
 * The HTML report's only style sheet, inlined in the page. It holds no {@code <}, {@code >},
 * {@code &} or quote, so the escaping XML writer passes it through unchanged.
 */
public final class Stylesheet {

    public static final String CSS = """

            :root {
              --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --paper: #ffffff; --wash: #f6f8fa;
              --pass: #1a7f37; --pass-bg: #dafbe1; --fail: #cf222e; --fail-bg: #ffebe9;
              --na: #59636e; --na-bg: #eaeef2; --fixed: #0969da; --fixed-bg: #ddf4ff;
              --gone: #8250df; --gone-bg: #fbefff; --obs: #9a6700; --obs-bg: #fff8c5;
            }
            * { box-sizing: border-box; }
            html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body {
              margin: 0 auto; max-width: 1120px; padding: 24px 32px 48px; color: var(--ink);
              background: var(--paper); font: 14px/1.45 system-ui, -apple-system, Segoe UI, Roboto,
              Helvetica, Arial, sans-serif;
            }
            h1 { font-size: 22px; margin: 0 0 10px; }
            h2 { font-size: 18px; margin: 32px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
            h3 { font-size: 13px; margin: 18px 0 8px; color: var(--muted); text-transform: uppercase;
              letter-spacing: .04em; }
            p { margin: 8px 0; }
            .banner { display: flex; gap: 28px; align-items: stretch; border-radius: 10px; padding: 20px 24px;
              border: 2px solid; }
            .banner.pass { border-color: var(--pass); background: var(--pass-bg); }
            .banner.fail { border-color: var(--fail); background: var(--fail-bg); }
            .verdict { min-width: 170px; display: flex; flex-direction: column; justify-content: center;
              align-items: center; border-radius: 8px; padding: 12px 18px; color: #fff; }
            .pass .verdict { background: var(--pass); }
            .fail .verdict { background: var(--fail); }
            .verdict .word { font-size: 44px; font-weight: 800; letter-spacing: .06em; line-height: 1; }
            .verdict .reason { font-size: 13px; margin-top: 8px; text-align: center; }
            .context { flex: 1; }
            dl { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 6px 24px; margin: 0; }
            dl div { display: flex; gap: 8px; }
            dt { color: var(--muted); min-width: 72px; }
            dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
            .alert { color: var(--fail); font-weight: 600; }
            .notice { color: var(--muted); font-style: italic; }
            .counts { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
            .cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; }
            .card { border: 1px solid var(--line); border-left: 5px solid var(--na); border-radius: 6px;
              padding: 8px 10px; background: var(--wash); }
            .card .number { display: block; font-size: 24px; font-weight: 700; }
            .card .label { display: block; color: var(--muted); font-size: 12px; }
            .card.total { border-left-color: var(--ink); }
            .card.met { border-left-color: var(--pass); }
            .card.unmet { border-left-color: var(--fail); }
            .card.remediated { border-left-color: var(--fixed); }
            .card.unremediable { border-left-color: var(--gone); }
            .card.observation { border-left-color: var(--obs); }
            table { width: 100%; border-collapse: collapse; margin: 8px 0; }
            th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
            thead th { background: var(--wash); font-size: 12px; color: var(--muted); border-bottom: 2px solid var(--line); }
            tbody tr { break-inside: avoid; page-break-inside: avoid; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; width: 56px; }
            .id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-weight: 600;
              white-space: nowrap; }
            th .id, .customer, .tags, .sub { display: block; }
            .customer { font-weight: 600; overflow-wrap: anywhere; }
            .tags, .sub { font-size: 12px; color: var(--muted); font-weight: normal; }
            .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px;
              overflow-wrap: anywhere; }
            .hash { word-break: break-all; }
            .location { overflow-wrap: anywhere; }
            td.blocks { color: var(--fail); font-weight: 700; }
            td.message { min-width: 10em; }
            td.case-study { white-space: nowrap; }
            .bar-cell { width: 55%; }
            .bar { display: flex; height: 22px; border-radius: 4px; overflow: hidden; background: var(--wash);
              border: 1px solid var(--line); }
            .seg { display: flex; align-items: center; justify-content: center; font-size: 11px; font-weight: 600;
              white-space: nowrap; overflow: hidden; color: #fff; min-width: 2.2em; }
            .seg.met { background: var(--pass); }
            .seg.unmet { background: var(--fail); }
            .seg.na { background: #8c959f; }
            .bar .empty { color: var(--muted); font-size: 11px; padding: 2px 8px; }
            .badge { display: inline-block; border-radius: 10px; padding: 1px 8px; font-size: 12px; font-weight: 600;
              border: 1px solid; white-space: nowrap; }
            .badge.met { color: var(--pass); background: var(--pass-bg); }
            .badge.unmet, .badge.critical { color: var(--fail); background: var(--fail-bg); }
            .badge.na, .badge.none { color: var(--na); background: var(--na-bg); }
            .badge.removed { color: var(--na); background: repeating-linear-gradient(135deg, var(--na-bg) 0 4px,
              #fff 4px 8px); border-style: dashed; }
            .badge.remediated { color: var(--fixed); background: var(--fixed-bg); }
            .badge.unremediable { color: var(--gone); background: var(--gone-bg); }
            .badge.observation { color: var(--obs); background: var(--obs-bg); }
            .matrix td, .matrix thead th { text-align: center; }
            .matrix thead th:first-child { text-align: left; vertical-align: bottom; }
            .matrix td .badge + .badge { margin-left: 4px; }
            .matrix thead th.removed-col { background: var(--na-bg); }
            .matrix tbody th { font-weight: normal; width: 34%; }
            .matrix tbody th .id { display: inline; }
            tr.blocking td:first-child { box-shadow: inset 4px 0 0 var(--fail); }
            ul { margin: 8px 0; padding-left: 22px; }
            td.remediation { min-width: 13em; }
            .remediated-on { display: block; font-weight: 600; white-space: nowrap; }
            table.findings { font-size: 13px; }
            .evidence { display: block; margin-top: 2px; }
            .evidence.missing .mono { color: var(--fail); text-decoration: line-through; }
            .partner-items tbody th { font-weight: normal; }
            .partner-items tbody th .id { display: inline; }
            dl.sign-off { margin: 8px 0 12px; }
            table.signatures td.signature-line { width: 30%; height: 2.6em; border-bottom: 1px solid var(--ink); }
            table.inputs { margin-top: 12px; }
            footer { margin-top: 40px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted);
              font-size: 12px; }
            @page { size: A4; margin: 14mm 12mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 11px; }
              h2 { break-after: avoid; page-break-after: avoid; margin-top: 20px; }
              h3 { break-after: avoid; page-break-after: avoid; }
              .banner, .counts, table.sections, #integrity, #notes, #sign-off { break-inside: avoid;
                page-break-inside: avoid; }
              thead { display: table-header-group; }
              .counts { grid-template-columns: 1fr; gap: 4px; }
              .card .number { font-size: 18px; }
              footer { margin-top: 16px; }
            }
            @media screen and (max-width: 760px) {
              .banner { flex-direction: column; }
              .counts, dl { grid-template-columns: 1fr; }
            }
            """;

    private Stylesheet() {
    }
}
