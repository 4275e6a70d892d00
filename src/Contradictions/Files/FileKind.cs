using System.Runtime.InteropServices;

namespace Contradictions.Files;

/// <summary>
/// What a path is, after following links: a regular file, a folder, a pipe, a device or a socket; and, for trust
/// checks, who owns it. On Linux this asks the kernel (<c>statx</c>), whose answer has one layout on every
/// architecture; elsewhere every existing file counts as regular and owned by the user.
/// </summary>
internal static class FileKind
{
    /// <summary>What the path is, in words for a message ("a named pipe"), or null for a regular file (or a path that does not exist).</summary>
    public static string? NotRegular(string path) => Stat(path) is { } stat ? Describe(stat.Mode) : null;

    /// <summary>The owner's user id and the permission bits, or null when the system cannot say.</summary>
    public static (uint Owner, uint Mode)? Owner(string path) => Stat(path) is { } stat ? (stat.Uid, stat.Mode) : null;

    /// <summary>The effective user id of this process, or null off Linux.</summary>
    public static uint? CurrentUser()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            return GetEffectiveUserId();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static string? Describe(uint mode) => (mode & 0xF000) switch
    {
        0x8000 => null,
        0x4000 => "a folder",
        0x1000 => "a named pipe (FIFO)",
        0x2000 => "a character device",
        0x6000 => "a block device",
        0xC000 => "a socket",
        _ => "not a regular file",
    };

    private static (uint Mode, uint Uid)? Stat(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[256];
        try
        {
            // statx(AT_FDCWD, path, follow links, STATX_TYPE | STATX_MODE | STATX_UID): stx_uid at 20, stx_mode at 28.
            if (StatX(-100, [.. System.Text.Encoding.UTF8.GetBytes(path), 0], 0, 0x1 | 0x2 | 0x8, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        return (BitConverter.ToUInt16(buffer, 28), BitConverter.ToUInt32(buffer, 20));
    }

    [DllImport("libc", EntryPoint = "statx")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int StatX(int directory, byte[] path, int flags, uint mask, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "geteuid")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern uint GetEffectiveUserId();
}
