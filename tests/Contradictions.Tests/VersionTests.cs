using System.Reflection;
using System.Text.RegularExpressions;
using Contradictions.Tests.Support;

namespace Contradictions.Tests;

/// <summary>The packages' version comes from git through MinVer, never from a number typed by hand.</summary>
public class VersionTests
{
    [Test]
    public void TheVersionIsMinVersFromGitNotATypedNumber()
    {
        var props = File.ReadAllText(Path.Combine(Repository.Root, "Directory.Build.props"));
        var version = typeof(ContradictionChecker).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Multiple(() =>
        {
            Assert.That(props, Does.Not.Contain("<Version>").And.Contain("<PackageReference Include=\"MinVer\""));

            // A tag (v1.2.3) gives 1.2.3; without one above the commit, 0.1.0-alpha.0 and the commits since the root.
            Assert.That(version, Does.Match(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?(\+[0-9A-Za-z.]+)?$"));
            Assert.That(version, Is.Not.EqualTo("1.0.0"), "MinVer ran");
        });
    }
}
