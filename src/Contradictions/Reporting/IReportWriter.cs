namespace Contradictions.Reporting;

/// <summary>Renders a report in one format.</summary>
public interface IReportWriter
{
    /// <summary>Writes the report; the same report always gives the same text.</summary>
    void Write(Report report, TextWriter output);
}
