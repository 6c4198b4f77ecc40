using StdKit.Cli.Commands;
using StdKit.Model.Diagnostics;
using StdKit.Tests.Support;

namespace StdKit.Tests.Cli;

/// <summary>0 done, 1 findings, 2 a mistake in the input, 3 the machine, 70 a fault of StdKit: one line each.</summary>
public sealed class ExitCodeTests : ContentTest
{
    [Fact]
    public void An_internal_error_is_one_line_naming_a_report_that_holds_the_stack_trace()
    {
        var error = new StringWriter();
        var code = CommandRunner.Run(() => throw new InvalidOperationException("a state no input can cause"), error);
        Assert.Equal(CommandRunner.InternalError, code);
        var line = Assert.Single(error.ToString().TrimEnd().Split('\n'));
        Assert.StartsWith("stdkit: internal error (InvalidOperationException: a state no input can cause)", line);
        var report = System.Text.RegularExpressions.Regex.Match(line, @"the full report is in (\S+);").Groups[1].Value;
        Assert.Contains("   at ", File.ReadAllText(report));
        File.Delete(report);
    }

    [Fact]
    public void The_machine_refusing_a_write_is_exit_code_3()
    {
        var error = new StringWriter();
        Assert.Equal(CommandRunner.EnvironmentError,
            CommandRunner.Run(
                () => throw new UnauthorizedAccessException("Access to the path 'out/a.docx' is denied."), error));
        Assert.StartsWith("stdkit: Access to the path 'out/a.docx' is denied. — check that the folder is writable",
            error.ToString());
        Assert.Equal(CommandRunner.EnvironmentError, CommandRunner.Run(() =>
            throw new UserError("soffice is not installed", "install it", FailureKind.Environment),
            new StringWriter()));
        Assert.Equal(CommandRunner.InputError, CommandRunner.Run(() =>
            throw new UserError("the query is empty", "give words"), new StringWriter()));
    }

    [Theory]
    [InlineData(new[] { "search", "服务", "--top", "abc" },
        "stdkit: --top: 'abc' is not a whole number — see stdkit search --help")]
    [InlineData(new[] { "build", "--all", "--agency", "qujing-training" },
        "stdkit: --all and --agency exclude each other")]
    [InlineData(new[] { "outline" }, "stdkit: Required argument missing for command: 'outline'")]
    [InlineData(new[] { "nonsense" }, "stdkit: Unrecognized command or argument 'nonsense'")]
    public void A_usage_mistake_is_one_line_per_mistake_and_exit_code_2(string[] args, string expected)
    {
        var result = StdKitProcess.Run(Repository.Root, args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error);
        Assert.All(result.Error.TrimEnd().Split('\n'), line => Assert.StartsWith("stdkit: ", line));
        Assert.DoesNotContain("Usage:", result.Out + result.Error);
        Assert.DoesNotContain("System.", result.Error);
    }
}
