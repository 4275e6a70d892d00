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

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
