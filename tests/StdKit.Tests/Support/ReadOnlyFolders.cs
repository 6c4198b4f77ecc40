using System.Diagnostics;

namespace StdKit.Tests.Support;

/// <summary>
/// Folders that no process may write while this object lives, and writable again after. Permissions do not stop the
/// super-user, so as root the folders are made immutable with chattr instead of taking their write bits away.
/// </summary>
public sealed class ReadOnlyFolders : IDisposable
{
    private const UnixFileMode Writable = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    private readonly List<(string Folder, UnixFileMode Mode)> _locked = [];

    /// <summary>Makes <paramref name="folder"/> and every folder in it read-only;
    /// skips where that cannot be done.</summary>
    public ReadOnlyFolders(string folder)
    {
        if (OperatingSystem.IsWindows())
            throw new SkipException("read-only folders are made with Unix modes or chattr");
        if (Environment.IsPrivilegedProcess) ExternalTools.Require("chattr", "e2fsprogs");
        foreach (var each in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Prepend(folder))
        {
            var mode = File.GetUnixFileMode(each);
            if (Environment.IsPrivilegedProcess)
                Skip.IfNot(Chattr("+i", each), $"chattr +i does not work on the file system of {each}");
            else
                File.SetUnixFileMode(each, mode & ~Writable);
            _locked.Add((each, mode));
        }
    }

    private static bool Chattr(string flag, string folder)
    {
        var start = new ProcessStartInfo("chattr") { RedirectStandardError = true };
        start.ArgumentList.Add(flag);
        start.ArgumentList.Add(folder);
        using var process = Process.Start(start)!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    public void Dispose()
    {
        if (OperatingSystem.IsWindows()) return;
        foreach (var (folder, mode) in _locked)
        {
            if (Environment.IsPrivilegedProcess) Chattr("-i", folder);
            else File.SetUnixFileMode(folder, mode);
        }
    }
}
