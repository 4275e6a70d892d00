using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Contradictions.Packs;

/// <summary>
/// Guards against YAML aliases that multiply a small file into a huge one ("billion laughs"): it counts the nodes
/// that aliases would copy in, before anything is built from the file.
/// </summary>
internal static class AliasBudget
{
    /// <summary>How many nodes the aliases of one file may copy in, all together.</summary>
    public const int MaxCopiedNodes = 100_000;

    /// <summary>
    /// Where the aliases of <paramref name="text"/> first exceed the budget; or, when the YAML reader itself fails
    /// rather than reporting a syntax error, the last place it read; otherwise <see langword="null"/>.
    /// </summary>
    public static (Mark At, bool Overflow)? FindOverflow(string text)
    {
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(AnchorName Anchor, long Nodes)>();
        long copied = 0;
        var parser = new Parser(new StringReader(text));
        var read = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                read = parser.Current!.End;
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart:
                        open.Push((((NodeEvent)parser.Current).Anchor, 1));
                        break;
                    case Scalar scalar:
                        Close(scalar.Anchor, 1);
                        break;
                    case AnchorAlias alias:
                        var size = sizes.GetValueOrDefault(alias.Value.Value, 1);
                        copied += size;
                        if (copied > MaxCopiedNodes)
                        {
                            return (alias.Start, true);
                        }

                        Close(AnchorName.Empty, size);
                        break;
                    case MappingEnd or SequenceEnd when open.Count > 0:
                        var (anchor, nodes) = open.Pop();
                        Close(anchor, nodes);
                        break;
                }
            }
        }
        catch (YamlException)
        {
            // Bad syntax is for the deserializer to report, with its own position.
        }
        catch (InvalidOperationException)
        {
            // Some malformed input (an unclosed flow list, for one) fails inside the YAML reader instead.
            return (read, false);
        }

        return null;

        void Close(AnchorName anchor, long nodes)
        {
            if (!anchor.IsEmpty)
            {
                sizes[anchor.Value] = nodes;
            }

            if (open.Count > 0)
            {
                var (parentAnchor, parentNodes) = open.Pop();
                open.Push((parentAnchor, parentNodes + nodes));
            }
        }
    }
}
