using System.Text.RegularExpressions;
using StdKit.Model.Diagnostics;

namespace StdKit.Cli.Commands;

/// <summary>
/// The one place where a command's outcome becomes an exit code and what goes wrong becomes lines on standard error:
/// 0 done, 1 findings (lint), 2 a mistake in the input, 3 the machine (missing program, read-only folder, locked or
/// damaged file), 70 a fault of StdKit itself — reported in one line that names the full report, never a stack trace.
/// </summary>
public static partial class CommandRunner
{
    public const int Findings = 1;
    public const int InputError = 2;
    public const int EnvironmentError = 3;
    public const int InternalError = 70;

    public static int Run(Func<int> body) => Run(body, Console.Error);

    public static int Run(Func<int> body, TextWriter error)
    {
        try
        {
            return body();
        }
        catch (UserError e)
        {
            foreach (var diagnostic in e.Diagnostics)
                error.WriteLine(diagnostic.Location is null ? $"stdkit: {diagnostic}" : diagnostic.ToString());
            return e.Kind == FailureKind.Environment ? EnvironmentError : InputError;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            // Files the user named are checked before use; what is left is the machine refusing a read or a write.
            error.WriteLine($"stdkit: {e.Message} — check that the folder is writable and the file not open in "
                + "another program, or give another --out; nothing was changed");
            return EnvironmentError;
        }
        catch (Exception e)
        {
            var report = CrashReport.Write(e);
            error.WriteLine($"stdkit: internal error ({e.GetType().Name}: {FirstLine(e.Message)}) — "
                + $"this is a fault of StdKit, not of your input; the full report is in {report}; "
                + "please send it to the maintainers");
            return InternalError;
        }
    }

    /// <summary>
    /// Mistakes in a command line, one per line in the product's form, instead of the whole help in the parser's
    /// wording.
    /// </summary>
    public static int Usage(IEnumerable<string> errors, string command)
    {
        foreach (var error in errors)
            Console.Error.WriteLine($"stdkit: {Reword(error)} — see stdkit {command} --help".Replace("  ", " "));
        return InputError;
    }

    private static string Reword(string error)
    {
        var value = UnparsedValue().Match(error);
        if (!value.Success) return error.TrimEnd('.');
        var expected = value.Groups["type"].Value switch
        {
            "System.Int32" or "System.Int64" => "a whole number",
            "System.Double" or "System.Decimal" => "a number",
            "System.Boolean" => "true or false",
            var type => $"a {type.Split('.')[^1]}",
        };
        return $"{value.Groups["option"].Value}: '{value.Groups["value"].Value}' is not {expected}";
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].TrimEnd('\r');

    [GeneratedRegex("Cannot parse argument '(?<value>.*)' for (?:option|command) '(?<option>.*)' " +
        "as expected type '(?<type>[^']+)'")]
    private static partial Regex UnparsedValue();
}
