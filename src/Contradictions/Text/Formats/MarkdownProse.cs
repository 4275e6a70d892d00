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

    public static ReadableText Read(string text)
    {
        var builder = new ReadableTextBuilder(text);
        foreach (var block in Markdown.Parse(text, Pipeline))
        {
            ReadBlock(block, builder, text);
        }

        return builder.Build();
    }

    private static void ReadBlock(Block block, ReadableTextBuilder builder, string text)
    {
        switch (block)
        {
            case ListItemBlock item:
                builder.EndLine(item.Span.Start);
                // A bullet, so that list patterns see a list whatever marker the author used.
                builder.Append('\u2022', item.Span.Start);
                builder.Append(' ', item.Span.Start);
                foreach (var child in item)
                {
                    ReadBlock(child, builder, text);
                }

                break;
            case CodeBlock or HtmlBlock or ThematicBreakBlock:
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                if (builder.Last is not ' ')
                {
                    builder.EndLine(leaf.Span.Start);
                }

                ReadInlines(leaf.Inline, builder, text);
                builder.EndLine(Math.Min(leaf.Span.End + 1, text.Length));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    ReadBlock(child, builder, text);
                }

                break;
        }
    }

    private static void ReadInlines(ContainerInline container, ReadableTextBuilder builder, string text)
    {
        foreach (var inline in container)
        {
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
                    ReadInlines(children, builder, text);
                    break;
            }
        }
    }
}
