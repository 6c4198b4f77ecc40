using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using StdKit.Model.Documents;
using StdKit.Search.Records;

namespace StdKit.Search.Analysis;

/// <summary>
/// A document number as one keyword, normalised by <see cref="DocumentNumber.Key"/>: width, case, spacing and dash
/// variants fold away, so "GB/T 19001-2016", "GB/T19001—2016" and "ｇｂ／ｔ　19001－2016" are the same term. The index
/// side also keeps the year-less key of a dated number, so that "GB/T 19001" finds every edition.
/// </summary>
public sealed class DocumentNumberAnalyzer : Analyzer
{
    private readonly bool _forIndex;

    private DocumentNumberAnalyzer(bool forIndex) => _forIndex = forIndex;

    /// <summary>The dated and the undated key of each number.</summary>
    public static DocumentNumberAnalyzer Index { get; } = new(forIndex: true);

    /// <summary>Exactly the key of the number typed: dated finds that edition, undated every edition.</summary>
    public static DocumentNumberAnalyzer Query { get; } = new(forIndex: false);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new KeywordTokenizer(reader);
        return new TokenStreamComponents(source, new DocumentNumberFilter(source, _forIndex));
    }

    private sealed class DocumentNumberFilter : TokenFilter
    {
        private readonly bool _withUndated;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _position;
        private string? _pending;

        public DocumentNumberFilter(TokenStream input, bool withUndated) : base(input)
        {
            _withUndated = withUndated;
            _term = AddAttribute<ICharTermAttribute>();
            _position = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_pending is not null)
            {
                _term.SetEmpty().Append(_pending);
                _position.PositionIncrement = 0;
                _pending = null;
                return true;
            }
            if (!m_input.IncrementToken()) return false;
            var typed = _term.ToString();
            var parsed = DocumentNumber.TryParse(typed, out var number);
            _term.SetEmpty().Append(parsed ? number.Key : DocumentKey.Of(typed));
            if (_withUndated && parsed && number.IsDated) _pending = number.UndatedKey;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _pending = null;
        }
    }
}
