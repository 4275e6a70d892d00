using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Contradictions.Text.Formats;

/// <summary>
/// Markdown as extraction reads it: the text of headings, paragraphs, quotes and list items, each on a line of its
/// own (list items start with a bullet), without markup; code, HTML blocks and link targets are dropped.
/// </summary>
internal static class MarkdownProse
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>
    /// Reads the prose of a Markdown text. Markdown that Markdig refuses to parse (it throws for quotes, lists or
    /// brackets nested past its depth limit, "&gt;&gt;&gt;..." or "[[[...") is read as plain text, markup included,
    /// with a <see cref="ReadableText.Warning"/>: article text never stops a run.
    /// </summary>
    public static ReadableText Read(string text)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            var why = e.Message.Contains("too deeply nested", StringComparison.Ordinal)
                ? "its Markdown is nested too deeply to parse (quotes, lists or brackets inside one another)"
                : $"its Markdown cannot be parsed ({e.Message.TrimEnd('.')})";
            return PlainProse.Read(text).WithWarning(why + "; read as plain text, markup included");
        }

        var builder = new ReadableTextBuilder(text);
        ReadBlocks(document, builder, text);
        return builder.Build();
    }

    /// <summary>
    /// Reads the blocks of a document in order. The walks over blocks and inlines keep their own stacks: emphasis can
    /// nest tens of thousands of levels deep ("*****...text...*****"), far deeper than the call stack could follow.
    /// </summary>
    private static void ReadBlocks(MarkdownDocument document, ReadableTextBuilder builder, string text)
    {
        var pending = new Stack<Block>();
        PushChildren(document, pending);
        while (pending.TryPop(out var block))
        {
            switch (block)
            {
                case ListItemBlock item:
                    builder.EndLine(item.Span.Start);
                    // A bullet, so that list patterns see a list whatever marker the author used.
                    builder.Append('\u2022', item.Span.Start);
                    builder.Append(' ', item.Span.Start);
                    PushChildren(item, pending);
                    break;
                case CodeBlock or HtmlBlock or ThematicBreakBlock:
                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    if (builder.Last is not ' ')
                    {
                        builder.EndLine(leaf.Span.Start);
                    }

                    ReadInlines(leaf.Inline, builder);
                    builder.EndLine(Math.Min(leaf.Span.End + 1, text.Length));
                    break;
                case ContainerBlock container:
                    PushChildren(container, pending);
                    break;
            }
        }
    }

    /// <summary>Puts a container's blocks on the stack so that the first comes off first.</summary>
    private static void PushChildren(ContainerBlock container, Stack<Block> pending)
    {
        for (var i = container.Count - 1; i >= 0; i--)
        {
            pending.Push(container[i]);
        }
    }

    private static void ReadInlines(ContainerInline container, ReadableTextBuilder builder)
    {
        // Where to go on once the container being read ends: the next sibling of each container entered.
        var after = new Stack<Inline?>();
        var inline = container.FirstChild;
        while (inline is not null || after.Count > 0)
        {
            if (inline is null)
            {
                inline = after.Pop();
                continue;
            }

            switch (inline)
            {
                case LiteralInline literal:
                    builder.AppendAligned(literal.Content.ToString(), literal.Span.Start, literal.Span.End + 1);
                    break;
                case CodeInline code:
                    builder.AppendAligned(code.Content, code.Span.Start, code.Span.End + 1);
                    break;
                case HtmlEntityInline entity:
                    builder.AppendAligned(entity.Transcoded.ToString(), entity.Span.Start, entity.Span.End + 1);
                    break;
                case AutolinkInline link:
                    builder.AppendAligned(link.Url, link.Span.Start, link.Span.End + 1);
                    break;
                case LineBreakInline lineBreak:
                    if (lineBreak.IsHard)
                    {
                        builder.EndLine(lineBreak.Span.Start);
                    }
                    else
                    {
                        builder.Space(lineBreak.Span.Start);
                    }

                    break;
                case LinkInline { IsImage: true }:
                    break;
                case ContainerInline children:
                    after.Push(children.NextSibling);
                    inline = children.FirstChild;
                    continue;
            }

            inline = inline.NextSibling;
        }
    }
}
