using System.Collections.Concurrent;

namespace StdKit.Search;

/// <summary>
/// Values worked out once per key and kept, shared by searches side by side, forgotten all at once beyond
/// <paramref name="capacity"/> keys. The keys are counted apart: <see cref="ConcurrentDictionary{TKey,TValue}.Count"/>
/// takes every lock of the table, and searches asking it each time queued on those locks.
/// </summary>
internal sealed class BoundedMemo<T>(int capacity)
{
    private readonly ConcurrentDictionary<string, T> _values = new(StringComparer.Ordinal);
    private int _count;

    public T Get(string key, Func<string, T> make)
    {
        if (_values.TryGetValue(key, out var value)) return value;
        value = make(key);
        if (_values.TryAdd(key, value) && Interlocked.Increment(ref _count) > capacity)
        {
            _values.Clear();
            Interlocked.Exchange(ref _count, 0);
        }
        return value;
    }
}
