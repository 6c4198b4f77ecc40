using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Model.Documents;

namespace StdKit.Tests.Support;

/// <summary>A throw-away content tree on disk: settings, one agency, a catalogue and the files a test writes.</summary>
public sealed class TempContent : IDisposable
{
    public const string FrontMatter = "---\ntype: group\nnumber: T/TEST 001—2025\ntitle: 测试标准\n---\n";

    public string Root { get; } = Directory.CreateTempSubdirectory("stdkit-test-").FullName;

    public TempContent()
    {
        Write("stdkit.yaml", "default-agency: sample\n");
        Write("agencies/sample.yaml", "name: 测试服务中心\nshort-code: TEST\nregion: 云南省\n");
        Write("catalogue.yaml", """
            - number: GB/T 19001—2016
              title: 质量管理体系　要求
            - number: GB/T 19001—2008
              title: 质量管理体系　要求
            - number: GB/T 22117—2018
              title: 信用　基本术语
            """);
    }

    public string Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes a standard with the test front matter and the given body, and reads it.</summary>
    public Standard ReadBody(string body, string name = "std.md") => Read(Write(name, FrontMatter + body));

    public Standard Read(string path) => StandardReader.Read(path, ContentProject.Load(Root));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
