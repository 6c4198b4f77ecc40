namespace StdKit.Cli.Commands;

/// <summary>
/// Keeps the whole story of an internal error in a file in the temporary folder, so that the terminal shows one
/// line and the maintainers still get the stack trace.
/// </summary>
internal static class CrashReport
{
    public static string Write(Exception e)
    {
        try
        {
            var folder = Path.Combine(Path.GetTempPath(), "stdkit");
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"crash-{DateTime.Now:yyyyMMdd-HHmmss}-{Environment.ProcessId}.log");
            File.WriteAllText(path, $"""
                stdkit {typeof(CrashReport).Assembly.GetName().Version}
                command: {string.Join(' ', Environment.GetCommandLineArgs().Skip(1))}
                folder: {Environment.CurrentDirectory}
                time: {DateTime.Now:O}

                {e}
                """);
            return path;
        }
        catch (Exception)
        {
            return "(no report: the temporary folder cannot be written)";
        }
    }
}
