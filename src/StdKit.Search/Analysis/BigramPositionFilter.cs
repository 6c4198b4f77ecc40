using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace StdKit.Search.Analysis;

/// <summary>
/// Puts the tokens of a bigram-only stream at the positions the unigram+bigram index gives them. Without unigrams,
/// CJKBigramFilter advances one position per bigram although a bigram spans two characters, so every token after a
/// break (space, punctuation, Latin, digits) lands one position early and phrases across the break never match
/// (apache/lucene#15812). A token that starts at or after the end of a preceding bigram moves one position on.
/// </summary>
public sealed class BigramPositionFilter : TokenFilter
{
    private const string Double = "<DOUBLE>";

    private readonly IPositionIncrementAttribute _position;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private bool _afterBigram;
    private int _previousEnd;

    public BigramPositionFilter(TokenStream input) : base(input)
    {
        _position = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (_afterBigram && _offset.StartOffset >= _previousEnd)
            _position.PositionIncrement += 1;
        _afterBigram = _type.Type == Double;
        _previousEnd = _offset.EndOffset;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _afterBigram = false;
        _previousEnd = 0;
    }
}
