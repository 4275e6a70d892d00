namespace Contradictions.Text;

/// <summary>How a source's text is written, which decides how its readable prose is found.</summary>
public enum SourceFormat
{
    /// <summary>Plain text: every non-blank line is a paragraph, heading or bullet.</summary>
    PlainText,

    /// <summary>Markdown (CommonMark): markup is dropped, paragraphs, headings and list items are kept.</summary>
    Markdown,

    /// <summary>HTML: the readable text of the page; scripts, styles, navigation and boilerplate are dropped.</summary>
    Html,
}
