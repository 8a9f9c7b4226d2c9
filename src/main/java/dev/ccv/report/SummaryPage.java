package dev.ccv.report;

/**
 * The HTML summary's style sheet and its one script, which sorts the table of bundles by the
 * column whose heading is clicked (or chosen with Enter), numbers as numbers, again to reverse.
 * Neither holds {@code <}, {@code >} or {@code &}, so the escaping XML writer passes them through
 * unchanged and an HTML parser reads them as written.
 */
final class SummaryPage {

    static final String CSS = """

            :root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --wash: #f6f8fa;
              --pass: #1a7f37; --pass-bg: #dafbe1; --fail: #cf222e; --fail-bg: #ffebe9; }
            body { margin: 0 auto; max-width: 1280px; padding: 24px 32px 48px; color: var(--ink);
              font: 14px/1.45 system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif; }
            h1 { font-size: 22px; margin: 0 0 10px; }
            h2 { font-size: 18px; margin: 32px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
            h3 { font-size: 14px; margin: 16px 0 6px; font-family: ui-monospace, Menlo, Consolas, monospace; }
            .totals { padding: 12px 16px; border-radius: 8px; border: 2px solid; font-weight: 600; }
            .totals.pass { border-color: var(--pass); background: var(--pass-bg); }
            .totals.fail { border-color: var(--fail); background: var(--fail-bg); }
            table { border-collapse: collapse; width: 100%; margin-top: 16px; }
            th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
            th { background: var(--wash); cursor: pointer; user-select: none; white-space: nowrap; position: sticky; top: 0; }
            th[aria-sort=ascending]::after { content: ' \\25B2'; }
            th[aria-sort=descending]::after { content: ' \\25BC'; }
            td.number { text-align: right; font-variant-numeric: tabular-nums; }
            td.path { font-family: ui-monospace, Menlo, Consolas, monospace; word-break: break-all; }
            .badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-weight: 600; color: #fff;
              background: var(--fail); }
            .badge.pass { background: var(--pass); }
            li { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; word-break: break-word; }
            footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
            @media print { th { position: static; } a { color: inherit; text-decoration: none; } }
            """;

    static final String SORT_SCRIPT = """

            document.querySelectorAll('table.sortable th').forEach(function (heading, column) {
              heading.tabIndex = 0;
              heading.addEventListener('click', function () { sortBy(heading, column); });
              heading.addEventListener('keydown', function (event) {
                if (event.key === 'Enter') { sortBy(heading, column); }
              });
            });
            function sortBy(heading, column) {
              var table = heading.closest('table');
              var body = table.tBodies[0];
              var ascending = heading.getAttribute('aria-sort') !== 'ascending';
              table.querySelectorAll('th').forEach(function (other) { other.removeAttribute('aria-sort'); });
              heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
              var numeric = heading.dataset.type === 'number';
              var rows = Array.from(body.rows);
              rows.sort(function (a, b) {
                var x = a.cells[column].dataset.sort || a.cells[column].textContent;
                var y = b.cells[column].dataset.sort || b.cells[column].textContent;
                var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
                return ascending ? order : -order;
              });
              rows.forEach(function (row) { body.appendChild(row); });
            }
            """;

    private SummaryPage() {
    }
}
