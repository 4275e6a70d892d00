using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Contradictions.Text.Formats;

/// <summary>
/// A saved web page as extraction reads it: the readable text of the page (its <c>main</c> or <c>article</c> when it
/// has one), with scripts, styles, forms, navigation, headers, footers and hidden parts dropped. Block elements
/// (paragraphs, headings, list items, table cells) become lines of their own; list items start with a bullet.
/// </summary>
internal static class HtmlProse
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside", "form", "button",
        "select", "option", "textarea", "svg", "canvas", "iframe", "object", "embed", "video", "audio", "picture",
        "img", "figure", "dialog", "menu",
    };

    /// <summary>Elements whose text is not in tags the parser can skip: the end of the element is searched for.</summary>
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "noscript", "template" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote",
        "pre", "tr", "td", "th", "table", "ul", "ol", "dl", "br", "hr", "address", "caption", "figcaption", "details", "summary",
    };

    /// <summary>Roles and class or id words that mark page furniture rather than the article.</summary>
    private static readonly string[] Furniture =
    [
        "navigation", "navbar", "menu", "breadcrumb", "cookie", "banner", "sidebar", "footer", "header", "share",
        "social", "newsletter", "subscribe", "advert", "promo", "related", "comments", "skip-link", "popup", "modal",
    ];

    public static ReadableText Read(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(html);
        var builder = new ReadableTextBuilder(html);
        var root = (IElement?)document.QuerySelector("main") ?? document.QuerySelector("article") ?? document.Body;
        if (root is not null)
        {
            var cursor = Position(root, html) ?? 0;
            Read(root, builder, html, ref cursor);
        }

        var prose = builder.Build();
        return TitleOf(document, html) is { } title ? prose.WithTitle(title) : prose;
    }

    /// <summary>The head's <c>title</c> element, each character placed in the page; null when there is none, or it is empty.</summary>
    private static Headline? TitleOf(IDocument document, string html)
    {
        if (document.Head?.QuerySelector("title") is not { } element || Position(element, html) is not { } at || string.IsNullOrWhiteSpace(element.TextContent))
        {
            return null;
        }

        var end = html.IndexOf("</title", at, StringComparison.OrdinalIgnoreCase);
        var words = new ReadableTextBuilder(html);
        words.AppendAligned(element.TextContent, at, end < 0 ? html.Length : end);
        return new Headline(words.Build(), null, null);
    }

    /// <summary>The page title: its <c>title</c> element, or <see langword="null"/>.</summary>
    public static string? Title(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var title = document.Title?.Trim();
        return string.IsNullOrEmpty(title) ? null : title;
    }

    /// <summary>
    /// Reads the text below <paramref name="root"/> in document order. The walk keeps its own stack of the elements it
    /// is inside: pages can nest tens of thousands of elements deep, far deeper than the call stack could follow.
    /// </summary>
    private static void Read(INode root, ReadableTextBuilder builder, string html, ref int cursor)
    {
        var open = new Stack<(IElement Element, bool Block)>();
        var node = root.FirstChild;
        while (true)
        {
            if (node is null)
            {
                if (open.Count == 0)
                {
                    return;
                }

                var (element, block) = open.Pop();
                if (block)
                {
                    builder.EndLine(Math.Min(cursor, html.Length));
                }

                node = element.NextSibling;
                continue;
            }

            switch (node)
            {
                case IText text:
                    cursor = builder.AppendAligned(text.Data, cursor, html.Length);
                    break;
                case IElement element when IsDropped(element):
                    cursor = After(element, html, cursor);
                    break;
                case IElement element:
                    var start = Position(element, html) ?? cursor;
                    cursor = Math.Max(cursor, start);
                    var block = Blocks.Contains(element.LocalName);
                    if (block)
                    {
                        builder.EndLine(start);
                    }

                    if (element.LocalName.Equals("li", StringComparison.OrdinalIgnoreCase))
                    {
                        // A bullet, so that list patterns see a list.
                        builder.Append('\u2022', start);
                        builder.Append(' ', start);
                    }

                    open.Push((element, block));
                    node = element.FirstChild;
                    continue;
            }

            node = node.NextSibling;
        }
    }

    private static bool IsDropped(IElement element)
    {
        if (Dropped.Contains(element.LocalName) || element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var role = element.GetAttribute("role") ?? string.Empty;
        if (role is "navigation" or "banner" or "contentinfo" or "complementary" or "search" or "dialog")
        {
            return true;
        }

        var names = $"{element.ClassName} {element.Id}".ToLowerInvariant();
        return names.Trim().Length > 0 && Furniture.Any(word => names.Split(' ', '-', '_').Contains(word));
    }

    /// <summary>Where an element's tag starts in the original text.</summary>
    private static int? Position(IElement element, string html)
    {
        var position = element.SourceReference?.Position.Position;
        return position is { } p && p >= 0 && p <= html.Length ? Start(p, html) : null;
    }

    /// <summary>The parser reports the position just inside the tag; step back to its '&lt;'.</summary>
    private static int Start(int position, string html)
    {
        var at = Math.Min(position, html.Length - 1);
        while (at > 0 && html[at] != '<')
        {
            at--;
        }

        return at;
    }

    /// <summary>Where a dropped element ends, as far as can be told: past its raw text, or at its last descendant.</summary>
    private static int After(IElement element, string html, int cursor)
    {
        var start = Position(element, html) ?? cursor;
        if (RawText.Contains(element.LocalName))
        {
            var end = html.IndexOf("</" + element.LocalName, start, StringComparison.OrdinalIgnoreCase);
            return end < 0 ? Math.Max(cursor, start) : Math.Max(cursor, end);
        }

        var last = element.QuerySelectorAll("*").Select(e => Position(e, html) ?? start).DefaultIfEmpty(start).Max();
        return Math.Max(cursor, last);
    }
}
