using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace StdKit.Search.Analysis;

/// <summary>A token an analyzer made: its term, position and the characters of the text it came from.</summary>
public readonly record struct AnalyzedToken(string Term, int Position, int Start, int End)
{
    /// <summary>
    /// Runs <paramref name="analyzer"/> over <paramref name="text"/> as field <paramref name="field"/>.
    /// </summary>
    public static List<AnalyzedToken> Read(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }
}
