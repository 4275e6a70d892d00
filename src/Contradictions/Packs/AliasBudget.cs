using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Contradictions.Packs;

/// <summary>
/// Guards against YAML aliases that multiply a small file into a huge one ("billion laughs"): it counts the nodes
/// that aliases would copy in, before anything is built from the file. It also stops at lists and mappings nested
/// deeper than <see cref="MaxDepth"/>: the YAML reader's time grows with the square of the depth (a megabyte of
/// <c>[</c> would take minutes), and no pack, test or gold file needs more than a few levels.
/// </summary>
internal static class AliasBudget
{
    /// <summary>How many nodes the aliases of one file may copy in, all together.</summary>
    public const int MaxCopiedNodes = 100_000;

    /// <summary>How deep lists and mappings may be nested in one file.</summary>
    public const int MaxDepth = 64;

    /// <summary>The message for YAML nested too deeply.</summary>
    public static readonly string TooDeep = $"lists and mappings are nested more than {MaxDepth} deep here";

    /// <summary>
    /// Where the aliases of <paramref name="text"/> first exceed the budget; where its nesting first passes
    /// <see cref="MaxDepth"/> (with <see cref="Stop.Problem"/> saying so); or, when the YAML reader itself fails rather
    /// than reporting a syntax error, the last place it read; otherwise <see langword="null"/>.
    /// </summary>
    public static Stop? FindOverflow(string text)
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
                        if (open.Count == MaxDepth)
                        {
                            return new Stop(parser.Current.Start, false, TooDeep);
                        }

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
                            return new Stop(alias.Start, true);
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
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // Some malformed input (an unclosed flow list, for one) fails inside the YAML reader instead.
            return new Stop(read, false);
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

/// <summary>Where reading a YAML text stops: <paramref name="Overflow"/> for aliases over the budget, <paramref name="Problem"/> for other limits.</summary>
/// <param name="At">The place.</param>
/// <param name="Overflow">True when aliases copy in more than <see cref="AliasBudget.MaxCopiedNodes"/> nodes.</param>
/// <param name="Problem">What is wrong, when it is neither the aliases nor the YAML reader itself.</param>
internal sealed record Stop(Mark At, bool Overflow, string? Problem = null);
