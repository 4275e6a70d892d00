namespace Contradictions.Evaluation.Yaml;

#pragma warning disable CA1812, CA2227, CA1002 // Created by the YAML deserializer, which needs settable lists.

/// <summary>A gold file as written: <c>source</c> and <c>claims</c>.</summary>
internal sealed class GoldFileDto
{
    public string? Source { get; set; }

    public List<GoldClaimDto>? Claims { get; set; }
}

/// <summary>One gold claim as written; <see cref="GoldFileReader"/> checks it and makes a <see cref="GoldClaim"/>.</summary>
internal sealed class GoldClaimDto
{
    public int? Line { get; set; }

    public string? Subject { get; set; }

    public bool Inferred { get; set; }

    public string? Predicate { get; set; }

    public string? Value { get; set; }

    public string? Object { get; set; }

    public string? Date { get; set; }

    public string? Polarity { get; set; }

    public string? Modality { get; set; }

    public Dictionary<string, string>? Qualifiers { get; set; }

    public string? Says { get; set; }
}
#pragma warning restore CA1812, CA2227, CA1002
