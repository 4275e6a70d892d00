using System.Runtime.CompilerServices;
using Contradictions.Testing;
using Contradictions.Tests.Support;
using PublicApiGenerator;

namespace Contradictions.Tests;

/// <summary>
/// The public API of the packages, as PublicApiGenerator prints it, against a committed snapshot, as Serilog's
/// ApiApprovalTests do: a change to a public type or member shows up in review as a diff of these files.
/// </summary>
public class PublicApiTests
{
    private static readonly ApiGeneratorOptions Options = new()
    {
        // Attributes of the build, not of the API.
        ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
    };

    [Test]
    public void TheContradictionsLibrarysPublicApiIsTheApprovedOne() =>
        VerifyApi(typeof(ContradictionChecker).Assembly.GeneratePublicApi(Options));

    [Test]
    public void TheContradictionsTestingPackagesPublicApiIsTheApprovedOne() =>
        VerifyApi(typeof(ContradictionSnapshot).Assembly.GeneratePublicApi(Options));

    private static void VerifyApi(string api, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        if (SnapshotFile.Check(Snapshot.Scrub(api, Repository.Root), parameters: null, sourceFile, method) is { } message)
        {
            Assert.Fail(
                "The public API changed. If the change is meant (a new or changed public type or member), accept it with\n"
                + $"  {SnapshotFile.AcceptVariable}=1 dotnet test --filter FullyQualifiedName~PublicApiTests\n"
                + "and commit the .verified.txt file with the change; if it is not, make the type or member internal.\n\n"
                + message);
        }
    }
}
