namespace Contradictions.Text;

/// <summary>Turns character offsets into line and column numbers; built once per text.</summary>
internal sealed class LineIndex
{
    private readonly List<int> lineStarts = [0];

    public LineIndex(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }
    }

    public SourceLocation Locate(int offset, int length)
    {
        var index = lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return new SourceLocation(line + 1, offset - lineStarts[line] + 1, offset, length);
    }
}
