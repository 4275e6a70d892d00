namespace Contradictions.Rules;

/// <summary>What a conflict rule of a pack checks, as reports describe it (SARIF's <c>tool.driver.rules</c>, for one).</summary>
/// <param name="Id">The rule id: its file name without extension.</param>
/// <param name="Kind">The rule kind, e.g. <c>exclusive-values</c>, <c>polarity</c> or <c>attribution</c>.</param>
/// <param name="Severity">The severity of its findings.</param>
/// <param name="Predicate">The id of the predicate whose claims it compares.</param>
/// <param name="Topic">The predicate's topic, a few words for grouping findings in reports.</param>
/// <param name="Description">What it checks, from the rule file's <c>description</c>; empty when the file gives none.</param>
public sealed record RuleDescriptor(string Id, string Kind, Severity Severity, string Predicate, string Topic, string Description);
