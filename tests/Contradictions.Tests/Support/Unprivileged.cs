using System.Runtime.InteropServices;

namespace Contradictions.Tests.Support;

/// <summary>
/// Runs code with the file permissions of an ordinary user, so that tests of unreadable files mean something when
/// the tests run as root (as in many CI containers). On Linux, only the calling thread's file-system identity changes.
/// </summary>
internal static class Unprivileged
{
    private const uint Nobody = 65534;

    public static T Run<T>(Func<T> action)
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            return action();
        }

        var previous = SetFileSystemUser(Nobody);
        try
        {
            // Asking for an impossible id changes nothing and tells the current one.
            if (SetFileSystemUser(uint.MaxValue) != Nobody)
            {
                Assert.Ignore("this process cannot take an ordinary user's file permissions (no CAP_SETUID)");
            }

            return action();
        }
        finally
        {
            _ = SetFileSystemUser((uint)previous);
        }
    }

    [DllImport("libc", EntryPoint = "setfsuid")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetFileSystemUser(uint uid);
}
