using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace StdKit.Search.Index;

/// <summary>A <see cref="BoundedMemo{T}"/> for each index reader, kept for as long as the reader is: nothing a reader
/// holds ever changes.</summary>
internal sealed class ReaderMemo<T>(int capacity)
{
    private readonly ConditionalWeakTable<IndexReader, BoundedMemo<T>> _memos = new();

    public BoundedMemo<T> Of(IndexReader reader) => _memos.GetValue(reader, _ => new BoundedMemo<T>(capacity));
}
