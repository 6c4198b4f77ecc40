using StdKit.Model.Diagnostics;

namespace StdKit.Cli.Commands;

/// <summary>Runs a command body; a user mistake becomes "file:line: what — fix" lines and exit code 2.</summary>
public static class CommandRunner
{
    public const int UserError = 2;

    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (ContentException e)
        {
            foreach (var diagnostic in e.Diagnostics) Console.Error.WriteLine(diagnostic);
            return UserError;
        }
    }
}
