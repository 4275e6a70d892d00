using Contradictions.Configuration;
using Contradictions.Packs;
using Contradictions.Rules;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Configuration;

public class ProjectConfigurationTests
{
    private string root = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        root = Path.Combine(Path.GetTempPath(), "contradictions-config-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "a", "b"));
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(root, recursive: true);

    [Test]
    public void TheNearestFileAboveTheWorkingDirectoryIsFound()
    {
        File.WriteAllText(Path.Combine(root, ProjectConfiguration.FileName), "fail-on: warning\n");
        Assert.That(ProjectConfiguration.Find(Path.Combine(root, "a", "b")), Is.EqualTo(Path.Combine(root, ProjectConfiguration.FileName)));
    }

    [Test]
    public void DisabledRulesDoNotRunAndSeveritiesChange()
    {
        var path = Path.Combine(root, ProjectConfiguration.FileName);
        File.WriteAllText(path, "disable: [nmda-action]\nseverity:\n  respiratory-depression: info\nfail-on: warning\n");
        var config = ProjectConfiguration.Read(path);
        var report = config.Apply(new ContradictionCheckerBuilder()).Build().Check(
            SourceDocument.FromText("a.txt", "Ketamine is a selective agonist of the NMDA receptor. Ketamine does not cause respiratory depression."));
        Assert.Multiple(() =>
        {
            Assert.That(config.FailOn, Is.EqualTo(Severity.Warning));
            Assert.That(report.Findings.Select(f => (f.Rule, f.Severity)), Is.EqualTo(new[] { ("respiratory-depression", Severity.Info) }));
        });
    }

    [Test]
    public void ALaterPackOverridesARuleOfAnEarlierOne()
    {
        using var overlay = new PackCopy();
        var layer = Path.Combine(root, "overlay");
        Directory.CreateDirectory(Path.Combine(layer, "conflicts"));
        File.WriteAllText(Path.Combine(layer, "conflicts", "nmda-action.yaml"), "kind: exclusive-values\npredicate: nmda-action\nseverity: info\ncompare: value\n");
        var path = Path.Combine(root, ProjectConfiguration.FileName);
        File.WriteAllText(path, "packs: [default, overlay]\n");
        var checker = ProjectConfiguration.Read(path).Apply(new ContradictionCheckerBuilder()).Build();
        var finding = checker.Check(SourceDocument.FromText("a.txt", "Ketamine is a selective agonist of the NMDA receptor.")).Findings.Single();
        Assert.That((finding.Rule, finding.Severity), Is.EqualTo(("nmda-action", Severity.Info)));
    }

    [Test]
    public void AnUnknownRuleNameIsAClearError()
    {
        var path = Path.Combine(root, ProjectConfiguration.FileName);
        File.WriteAllText(path, "disable: [nmda-acton]\n");
        Assert.That(
            () => ProjectConfiguration.Read(path).Apply(new ContradictionCheckerBuilder()).Build(),
            Throws.InvalidOperationException.With.Message.StartsWith("unknown rule 'nmda-acton'; the pack's rules are: active-ingredient"));
    }

    [Test]
    public void AnUnknownKeyNamesLineAndColumn()
    {
        var path = Path.Combine(root, ProjectConfiguration.FileName);
        File.WriteAllText(path, "fail-on: error\ndisabel: [x]\n");
        var error = Assert.Throws<RulePackException>(() => ProjectConfiguration.Read(path))!;
        Assert.That((error.Diagnostics[0].Code, error.Diagnostics[0].Line, error.Diagnostics[0].Column), Is.EqualTo(("CTR300", 2, 1)));
    }
}
