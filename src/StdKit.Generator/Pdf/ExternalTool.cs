using System.Diagnostics;
using StdKit.Model.Diagnostics;

namespace StdKit.Generator.Pdf;

/// <summary>A program StdKit calls but does not ship (LibreOffice, pdftotext): found on PATH or reported
/// clearly.</summary>
public sealed class ExternalTool(string path)
{
    public string Path { get; } = path;

    /// <summary>The first of <paramref name="names"/> on PATH, or an error that says which package to
    /// install.</summary>
    public static ExternalTool Find(string package, params string[] names) =>
        Locate(names) is { } path ? new ExternalTool(path)
            : throw new UserError(new SourceLocation(names[0], 1),
                $"{names[0]} is not installed, so no PDF can be made",
                $"install it (Debian: apt-get install {package}); the .docx was written all the same");

    /// <summary>Whether one of <paramref name="names"/> is on PATH: for offering what needs it only where it
    /// runs.</summary>
    public static bool IsInstalled(params string[] names) => Locate(names) is not null;

    private static string? Locate(string[] names) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator)
            .SelectMany(dir => names.Select(name => System.IO.Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs the tool to completion; returns its standard output, or throws with its error output.</summary>
    public string Run(IEnumerable<string> arguments, IDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path} did not finish in time");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path} failed ({process.ExitCode}): {error.Result.Trim()}");
        return output.Result;
    }
}
