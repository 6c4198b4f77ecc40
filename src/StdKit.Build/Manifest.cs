using System.Text.Encodings.Web;
using System.Text.Json;

namespace StdKit.Build;

/// <summary>manifest.json of a built system: its standards (number, title, layer, category, file, hash) and
/// documents.</summary>
public sealed record Manifest(string Agency, IReadOnlyList<ManifestStandard> Standards,
    IReadOnlyDictionary<string, string> Documents)
{
    public const string FileName = "manifest.json";

    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The hash of each file of a previous build, or nothing when there was none (or it is
    /// unreadable).</summary>
    public static IReadOnlyDictionary<string, string> PreviousHashes(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return new Dictionary<string, string>();
        try
        {
            var previous = JsonSerializer.Deserialize<Manifest>(File.ReadAllText(path), Json);
            return previous is null ? new Dictionary<string, string>()
                : previous.Standards.ToDictionary(s => s.File, s => s.Hash).Concat(previous.Documents).ToDictionary();
        }
        catch (JsonException)
        {
            return new Dictionary<string, string>();
        }
    }
}
