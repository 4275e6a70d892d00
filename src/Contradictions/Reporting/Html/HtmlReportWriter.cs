using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Contradictions.Packs;
using Contradictions.Rules;
using Contradictions.Reporting.Text;
using Humanizer;

namespace Contradictions.Reporting.Html;

/// <summary>
/// The HTML report: one self-contained page (no network, no external assets) with the summary, filters by severity
/// and source, and each conflict's quotes highlighted in their paragraph. All article and pack text is escaped, and a
/// Content-Security-Policy lets only the page's own style and script run, so text that looks like HTML stays text.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src '{Hash(HtmlAssets.Style)}'; script-src '{Hash(HtmlAssets.Script)}'; "
        + "img-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'";

    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        // Only the quotes shown are placed: the files of sources whose texts were let go are read again, once each, first.
        var shown = report.Findings.SelectMany(f => f.Evidence.GroupBy(e => e.Side, StringComparer.Ordinal).SelectMany(side => side.Take(TextReportWriter.QuotesPerSide)));
        var locator = new EvidenceLocator(report, shown, withContext: true);
        var sourceIndex = report.Sources.Select((s, i) => (s.Id, i)).GroupBy(x => x.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>Contradictions report: {E(report.Pack)}</title>\n");
        html.Append("<style>").Append(HtmlAssets.Style).Append("</style>\n</head>\n<body>\n");

        html.Append("<header>\n<h1>Contradictions report</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"summary\">{E(ReportSummary.Sentence(report))}</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"count\">Conflicts: <span id=\"conflict-count\">{report.Findings.Count}</span>; shown: <span id=\"shown-count\">{report.Findings.Count}</span>.</p>\n");
        html.Append("</header>\n");

        AppendFilters(html, report);
        AppendSources(html, report);
        AppendFindings(html, output, report, locator, sourceIndex);
        AppendReliability(html, output, report);
        AppendReferences(html, output, report);
        AppendNotes(html, output, report);
        AppendAgreement(html, output, report);
        AppendTimeline(html, output, report);

        html.Append("<script>").Append(HtmlAssets.Script).Append("</script>\n</body>\n</html>\n");
        output.Write(html);
    }

    /// <summary>The page is written as it is made: what is made so far goes out once it is a chunk, never the whole page at once.</summary>
    private static void Flush(StringBuilder html, TextWriter output)
    {
        if (html.Length >= 1 << 16)
        {
            output.Write(html);
            html.Clear();
        }
    }

    private static void AppendFilters(StringBuilder html, Report report)
    {
        html.Append("<nav id=\"filters\" aria-label=\"Filters\">\n<fieldset>\n<legend>Severity</legend>\n");
        foreach (var severity in Enum.GetValues<Severity>().OrderDescending())
        {
            var word = Word(severity);
            var count = report.Findings.Count(f => f.Severity == severity);
            html.Append(CultureInfo.InvariantCulture, $"<label class=\"severity-{word}\"><input type=\"checkbox\" name=\"severity\" value=\"{word}\" checked> {word} ({count})</label>\n");
        }

        html.Append("</fieldset>\n<fieldset>\n<legend>Source</legend>\n<select id=\"source-filter\">\n<option value=\"\">every source</option>\n");
        for (var i = 0; i < report.Sources.Count; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{i}\">{E(report.Sources[i].Id)}</option>\n");
        }

        html.Append("</select>\n</fieldset>\n</nav>\n");
    }

    private static void AppendSources(StringBuilder html, Report report)
    {
        html.Append("<section id=\"sources\">\n<h2>Sources</h2>\n<table>\n<thead><tr><th>Source</th><th>Title</th><th>Publisher</th><th>Published</th><th>Assertions</th></tr></thead>\n<tbody>\n");
        foreach (var s in report.Sources)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td><code>{E(s.Id)}</code></td><td>{E(s.Title)}</td><td>{E(s.Publisher ?? string.Empty)}</td><td>{s.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</td><td class=\"number\">{s.Assertions}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void AppendFindings(StringBuilder html, TextWriter output, Report report, EvidenceLocator locator, Dictionary<string, int> sourceIndex)
    {
        var sourcesById = report.Sources.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        html.Append("<section id=\"conflicts\">\n<h2>Conflicts</h2>\n");
        if (report.Findings.Count == 0)
        {
            html.Append("<p>No conflicts.</p>\n");
        }

        foreach (var topic in report.Findings.GroupBy(f => f.Topic, StringComparer.Ordinal))
        {
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"topic\">\n<h3>{E(topic.Key.Transform(To.SentenceCase))}</h3>\n");
            foreach (var finding in topic)
            {
                var sources = string.Join(' ', finding.Evidence.Where(e => !e.Reference && sourceIndex.ContainsKey(e.Source)).Select(e => sourceIndex[e.Source]).Distinct().Order());
                var word = Word(finding.Severity);
                html.Append(CultureInfo.InvariantCulture, $"<article class=\"finding severity-{word}\" id=\"{E(finding.Id)}\" data-severity=\"{word}\" data-sources=\"{sources}\">\n");
                html.Append(CultureInfo.InvariantCulture, $"<h4><span class=\"badge\">{word}</span> <code>{E(finding.Rule)}</code> {E(finding.Message)}</h4>\n");
                if (finding.SelfContradicting.Count > 0)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<p class=\"self\">{E(string.Join(", ", finding.SelfContradicting))} {(finding.SelfContradicting.Count == 1 ? "contradicts itself" : "contradict themselves")}.</p>\n");
                }

                AppendVerdict(html, finding);
                html.Append("<div class=\"sides\">\n");
                foreach (var side in finding.Evidence.GroupBy(e => e.Side, StringComparer.Ordinal))
                {
                    // The header says what the side claims; the label alone ("denies", "1997") says too little.
                    var supported = finding.ReferenceSupports == side.Key;
                    var claim = finding.SideClaims.TryGetValue(side.Key, out var words) ? words.Transform(To.SentenceCase) : side.Key;
                    html.Append(CultureInfo.InvariantCulture, $"<div class=\"side{(supported ? " supported" : string.Empty)}\">\n<h5>");
                    if (supported)
                    {
                        html.Append("<span class=\"supported-mark\" title=\"The reference fact supports this side\">\u2714 supported by the reference</span> ");
                    }

                    html.Append(CultureInfo.InvariantCulture, $"<span class=\"claim\">{E(claim)}</span> <span class=\"side-label\">({E(side.Key)})</span></h5>\n");
                    foreach (var evidence in side.Take(TextReportWriter.QuotesPerSide))
                    {
                        AppendQuote(html, evidence, locator, sourcesById);
                    }

                    if (TextReportWriter.Rest(side) is { } rest)
                    {
                        html.Append(CultureInfo.InvariantCulture, $"<p class=\"rest\">{E(rest)}</p>\n");
                    }

                    html.Append("</div>\n");
                }

                html.Append(CultureInfo.InvariantCulture, $"</div>\n<p class=\"id\">{E(finding.Id)}</p>\n</article>\n");
                Flush(html, output);
            }

            html.Append("</section>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>Which side the reference fact supports, naming the fact and its authority; or that none decides it.</summary>
    private static void AppendVerdict(StringBuilder html, Finding finding)
    {
        var reference = finding.ReferenceSupports is { } side
            ? finding.Evidence.FirstOrDefault(e => e.Reference && e.Side == side)
            : null;
        if (reference is null)
        {
            html.Append("<p class=\"verdict undecided\">Verdict: no reference fact decides this conflict; see how far each source can be trusted under Source reliability.</p>\n");
            AppendGradedLower(html, finding);
            return;
        }

        var authority = Uri.TryCreate(reference.Url, UriKind.Absolute, out var uri) ? uri.Host : null;
        var claim = finding.SideClaims.TryGetValue(reference.Side, out var words) ? $": \u201C{E(words)}\u201D" : string.Empty;
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"verdict\">Verdict: the reference <code>{E(reference.Source)}</code>{Kind(reference)}{(authority is null ? string.Empty : $", from {E(authority)},")} supports <strong>{E(reference.Side)}</strong>{claim}. {Link(reference.Url)}</p>\n");
        AppendGradedLower(html, finding);
    }

    private static void AppendGradedLower(StringBuilder html, Finding finding)
    {
        if (finding.GradedLower is { } why)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"graded-lower\">Graded lower: {E(why)}.</p>\n");
        }
    }

    /// <summary>How the quoted claim is made, as a tag after its place, unless it is a plain statement.</summary>
    private static string Modality(Evidence evidence) =>
        ModalityWords.Of(evidence) is { } words ? $" <span class=\"modality\">{E(words)}</span>" : string.Empty;

    /// <summary>The kind of authority a fact cites, as a tag beside its id.</summary>
    private static string Kind(Evidence evidence) =>
        FactKindWords.Of(evidence) is { } kind ? $" <span class=\"fact-kind\">{E(kind)}</span>" : string.Empty;

    private static void AppendReliability(StringBuilder html, TextWriter output, Report report)
    {
        if (report.Reliability.Count == 0)
        {
            return;
        }

        var titles = report.Sources.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);
        html.Append("<section id=\"reliability\">\n<h2>Source reliability</h2>\n");
        html.Append("<p>").Append(E(ReportSummary.TrustExplained)).Append("</p>\n");
        html.Append("<table>\n<thead><tr><th>Source</th><th>Title</th><th>Trust</th><th>Claims</th><th>Claims that moved it (confidence)</th></tr></thead>\n<tbody>\n");
        foreach (var score in report.Reliability)
        {
            var reasons = ReportSummary.Reasons(score, statement => statement);
            html.Append(CultureInfo.InvariantCulture, $"<tr><td><code>{E(score.Source)}</code></td><td>{E(titles.GetValueOrDefault(score.Source) ?? string.Empty)}</td><td class=\"number\">{score.Trust:0.00}</td><td class=\"number\">{score.Claims}</td><td>{E(reasons)}</td></tr>\n");
            Flush(html, output);
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void AppendQuote(StringBuilder html, Evidence evidence, EvidenceLocator locator, Dictionary<string, SourceSummary> sources)
    {
        if (evidence.Reference)
        {
            html.Append(CultureInfo.InvariantCulture, $"<figure class=\"quote reference\">\n<figcaption>reference <code>{E(evidence.Source)}</code>{Kind(evidence)} {Link(evidence.Url)}</figcaption>\n");
            html.Append(CultureInfo.InvariantCulture, $"<blockquote>{E(evidence.Quote)}</blockquote>\n</figure>\n");
            return;
        }

        // The file name, and beside it what an editor knows the article by: its title and address.
        var source = sources.GetValueOrDefault(evidence.Source);
        var title = source is null ? string.Empty : $" <cite>{E(source.Title)}</cite>";
        var address = source?.Url is { } url ? " " + Link(url) : string.Empty;
        html.Append(CultureInfo.InvariantCulture, $"<figure class=\"quote\">\n<figcaption><code>{E(evidence.Place)}</code>{title}{address}, line {evidence.Line}, column {evidence.Column}{Modality(evidence)}</figcaption>\n<blockquote>");
        if (locator.Span(evidence)?.Context is { } context)
        {
            AppendInContext(html, context);
        }
        else
        {
            html.Append("<mark>").Append(E(evidence.Quote)).Append("</mark>");
        }

        html.Append("</blockquote>\n</figure>\n");
    }

    /// <summary>The sentence highlighted within its paragraph (the line it is on), the matched words in bold.</summary>
    private static void AppendInContext(StringBuilder html, EvidenceContext context)
    {
        html.Append("<span class=\"context\">").Append(context.Cut ? "\u2026" : string.Empty).Append(E(context.Before).TrimStart()).Append("</span>");
        html.Append("<mark>").Append(E(context.Lead));
        html.Append("<strong>").Append(E(context.Match)).Append("</strong>");
        html.Append(E(context.Trail)).Append("</mark>");
        html.Append("<span class=\"context\">").Append(E(context.After.TrimEnd())).Append(context.Continues ? "\u2026" : string.Empty).Append("</span>");
    }

    private static void AppendReferences(StringBuilder html, TextWriter output, Report report) =>
        AppendList(html, output, "references", "References", report.References.Select(r => $"<code>{E(r.Id)}</code> <span class=\"fact-kind\">{E(FactKinds.Id(r.Kind))}</span>: {E(r.Statement)} {Link(r.Url)}{string.Concat(r.Also.Select(a => " " + Link(a)))}"));

    private static void AppendNotes(StringBuilder html, TextWriter output, Report report) =>
        AppendList(html, output, "notes", "Inputs not read", report.Notes.Select(note => $"<code>{E(note.Input)}</code>: {E(note.Message)}"));

    private static void AppendAgreement(StringBuilder html, TextWriter output, Report report) =>
        AppendList(html, output, "agreement", "Agreement", report.Corroborations.Select(c =>
        {
            var where = Citations.Short(c.Evidence, columns: false);
            var disputed = c.DisputedBy.Count == 0 ? string.Empty : $" Disputed by {string.Join(", ", c.DisputedBy)}.";
            return $"{E(Supporters.Words(c.Evidence).Transform(To.SentenceCase))} agree: {E(c.Statement)} <span class=\"where\">({E(where)})</span>{E(disputed)}";
        }));

    private static void AppendTimeline(StringBuilder html, TextWriter output, Report report) =>
        AppendList(html, output, "timeline", "Timeline", report.Histories.Select(h =>
            $"{E(h.Subject)} <span class=\"where\">({E(h.Topic)})</span>\n<ol>\n"
            + string.Concat(h.Steps.Select(s => $"<li>{E(s.Holds)}: {E(s.Statement)} <span class=\"where\">({E(Citations.Short(s.Evidence, columns: false))})</span></li>\n"))
            + "</ol>"));

    /// <summary>A section with a heading and one list item per entry (already HTML); nothing when there are no entries.</summary>
    private static void AppendList(StringBuilder html, TextWriter output, string id, string title, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<section id=\"{id}\">\n<h2>{title}</h2>\n<ul>\n");
        foreach (var item in list)
        {
            html.Append("<li>").Append(item).Append("</li>\n");
            Flush(html, output);
        }

        html.Append("</ul>\n</section>\n");
    }

    /// <summary>A link to a reference's address; only web addresses become links, anything else stays text.</summary>
    private static string Link(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return string.Empty;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? $"<a href=\"{E(uri.AbsoluteUri)}\" rel=\"noopener noreferrer\">{E(url)}</a>"
            : $"<span class=\"url\">{E(url)}</span>";
    }

    private static string E(string text) => Encoder.Encode(text);

    private static string Word(Severity severity) => severity.ToString().ToLowerInvariant();

    private static string Hash(string content) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
