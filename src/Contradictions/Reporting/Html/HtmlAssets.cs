namespace Contradictions.Reporting.Html;

/// <summary>
/// The page's only style and script, inlined so that the report needs nothing beside it. The Content-Security-Policy
/// admits exactly these two by hash: any other script or style, however it got into the page, does not run.
/// </summary>
internal static class HtmlAssets
{
    public const string Style = """

        :root { color-scheme: light dark; --error: #c62828; --warning: #b26a00; --info: #1565c0; --mark: #fff3a0; --muted: #666; }
        body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 3rem; }
        h1 { margin-bottom: .25rem; }
        .summary { font-size: 1.1rem; margin-top: 0; }
        nav#filters { display: flex; flex-wrap: wrap; gap: 1rem; position: sticky; top: 0; padding: .5rem 0; background: Canvas; border-bottom: 1px solid #ccc; z-index: 1; }
        fieldset { border: 1px solid #ccc; border-radius: 4px; }
        label { margin-right: .75rem; white-space: nowrap; }
        table { border-collapse: collapse; }
        th, td { border: 1px solid #ccc; padding: .25rem .5rem; text-align: left; vertical-align: top; }
        td.number { text-align: right; }
        article.finding { border-left: 6px solid var(--muted); margin: 1rem 0; padding: .25rem 1rem; background: color-mix(in srgb, Canvas 94%, CanvasText); }
        article.severity-error { border-color: var(--error); }
        article.severity-warning { border-color: var(--warning); }
        article.severity-info { border-color: var(--info); }
        .badge { color: #fff; border-radius: 3px; padding: 0 .4rem; font-size: .85rem; text-transform: uppercase; background: var(--muted); }
        .severity-error .badge, label.severity-error { background: var(--error); }
        .severity-warning .badge, label.severity-warning { background: var(--warning); }
        .severity-info .badge, label.severity-info { background: var(--info); }
        label[class^="severity-"] { color: #fff; border-radius: 3px; padding: 0 .4rem; }
        .sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
        .side h5 { margin: .5rem 0; font-size: 1rem; }
        .side.supported { outline: 2px solid #2e7d32; outline-offset: 4px; border-radius: 2px; }
        .supported-mark { color: #fff; background: #2e7d32; border-radius: 3px; padding: 0 .4rem; font-size: .85rem; white-space: nowrap; }
        .side-label { color: var(--muted); font-weight: normal; }
        .verdict { font-weight: 600; }
        .verdict.undecided { font-weight: normal; color: var(--muted); }
        .fact-kind, .modality { border: 1px solid var(--muted); border-radius: 3px; padding: 0 .3rem; font-size: .8rem; font-weight: normal; color: var(--muted); }
        .modality { font-style: italic; }
        .graded-lower { color: var(--muted); }
        figcaption cite { font-style: normal; color: CanvasText; }
        figure.quote { margin: 0 0 .75rem; }
        figcaption { font-size: .85rem; color: var(--muted); }
        blockquote { margin: .25rem 0 0; padding-left: .75rem; border-left: 3px solid #ccc; }
        mark { background: var(--mark); color: #000; }
        .context { color: var(--muted); }
        .reference blockquote { font-style: italic; }
        .id, .where { color: var(--muted); font-size: .85rem; }
        [hidden] { display: none !important; }

        """;

    public const string Script = """

        (function () {
          'use strict';
          var findings = Array.prototype.slice.call(document.querySelectorAll('article.finding'));
          var topics = Array.prototype.slice.call(document.querySelectorAll('section.topic'));
          var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name="severity"]'));
          var source = document.getElementById('source-filter');
          var shown = document.getElementById('shown-count');
          function apply() {
            var severities = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
            var wanted = source.value;
            var count = 0;
            findings.forEach(function (finding) {
              var sources = finding.getAttribute('data-sources').split(' ');
              var visible = severities.indexOf(finding.getAttribute('data-severity')) >= 0 && (wanted === '' || sources.indexOf(wanted) >= 0);
              finding.hidden = !visible;
              if (visible) { count++; }
            });
            topics.forEach(function (topic) { topic.hidden = topic.querySelector('article.finding:not([hidden])') === null; });
            shown.textContent = String(count);
          }
          boxes.forEach(function (box) { box.addEventListener('change', apply); });
          source.addEventListener('change', apply);
          apply();
        }());

        """;
}
