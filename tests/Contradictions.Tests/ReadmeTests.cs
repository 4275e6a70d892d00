using System.Text.RegularExpressions;
using Contradictions.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Contradictions.Tests;

/// <summary>The README's C# example compiles against the library as it is.</summary>
public partial class ReadmeTests
{
    // What a new console project's ImplicitUsings brings in, as a reader pasting the example would have.
    private const string ImplicitUsings = "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";

    private static readonly CSharpParseOptions Options = new(LanguageVersion.Latest);

    [Test]
    public void TheCSharpExampleCompiles()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var snippet = CSharpBlock().Match(readme);
        Assert.That(snippet.Success, Is.True, "README.md has a ```csharp block");

        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Append(typeof(ContradictionChecker).Assembly.Location)
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "ReadmeExample",
            [CSharpSyntaxTree.ParseText(ImplicitUsings, Options), CSharpSyntaxTree.ParseText(snippet.Groups[1].Value, Options)],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var output = new MemoryStream();
        var result = compilation.Emit(output);
        Assert.That(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()), Is.Empty);
    }

    [TestCase("README.md")]
    [TestCase("src/Contradictions.Testing/README.md")]
    public void TheSnapshotExampleCompilesInAProjectMadeByDotnetNewNunit(string readmePath)
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, readmePath));
        var snippets = CSharpBlock().Matches(readme).Select(m => Dedent(m.Groups[1].Value)).Where(s => s.Contains("ContradictionSnapshot", StringComparison.Ordinal)).ToList();
        Assert.That(snippets, Is.Not.Empty, $"{readmePath} shows ContradictionSnapshot in a ```csharp block");

        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Append(typeof(ContradictionChecker).Assembly.Location)
            .Append(typeof(Contradictions.Testing.ContradictionSnapshot).Assembly.Location)
            .Append(typeof(Assert).Assembly.Location)
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));

        // The template's project file adds <Using Include="NUnit.Framework" /> to the implicit usings.
        var trees = snippets.Select(s => CSharpSyntaxTree.ParseText(s, Options)).Prepend(CSharpSyntaxTree.ParseText(ImplicitUsings + " global using NUnit.Framework;", Options));
        var compilation = CSharpCompilation.Create(
            "SnapshotExample",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var output = new MemoryStream();
        var result = compilation.Emit(output);
        Assert.That(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()), Is.Empty);
    }

    // A block inside a list item is indented with it.
    private static string Dedent(string block)
    {
        var lines = block.Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    [GeneratedRegex("```csharp\\n(.*?)^ *```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CSharpBlock();
}
