namespace StdKit.Tests.Support;

/// <summary>
/// Tests that need a program from outside (LibreOffice, chromium, PostgreSQL) call <see cref="Require"/> first: where
/// the program is missing the test is skipped with the Debian package to install. CI sets
/// <c>STDKIT_REQUIRE_TOOLS=1</c>, which turns every such skip into a failure, so that CI runs everything.
/// </summary>
public static class ExternalTools
{
    public const string RequireVariable = "STDKIT_REQUIRE_TOOLS";

    /// <summary>Skips (or, under CI, fails) unless <paramref name="command"/> is on the PATH.</summary>
    public static void Require(string command, string debianPackage)
    {
        if (OnPath(command)) return;
        var message = $"{command} is not installed (Debian: apt-get install {debianPackage})";
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
            Assert.Fail(message + $"; {RequireVariable}=1 requires it");
        Skip.If(true, message);
    }

    public static bool OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, command)));
}
