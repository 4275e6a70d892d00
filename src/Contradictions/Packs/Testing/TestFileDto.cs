namespace Contradictions.Packs.Testing;

#pragma warning disable CA2227, CA1002 // Deserialization targets need settable List<T> properties.

/// <summary>A test file as written: a rule's cases (<c>rule</c>) or a claim family's reading cases (<c>family</c>).</summary>
internal sealed class TestFileDto
{
    public string? Rule { get; set; }

    public string? Family { get; set; }

    public List<TestCaseDto>? Cases { get; set; }
}

/// <summary>One case: articles, and what a rule must do with them or which assertions must (not) be read from them.</summary>
internal sealed class TestCaseDto
{
    public string? Name { get; set; }

    public string? Rule { get; set; }

    public List<string>? Articles { get; set; }

    public string? Expect { get; set; }

    public List<string>? Sides { get; set; }

    public List<ExpectedAssertion>? Assertions { get; set; }

    public List<ExpectedAssertion>? Absent { get; set; }
}
#pragma warning restore CA2227, CA1002
