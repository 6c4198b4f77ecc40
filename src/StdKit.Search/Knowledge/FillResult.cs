namespace StdKit.Search.Knowledge;

/// <summary>What one fill of the knowledge base changed, standard by standard.</summary>
/// <param name="RemovedIds">Rows deleted: standards gone from content, and the old rows of changed ones.</param>
/// <param name="AddedIds">Rows inserted: new standards, and the new rows of changed ones.</param>
public sealed record FillResult(int Added, int Changed, int Unchanged, int Removed, IReadOnlyList<long> RemovedIds,
    IReadOnlyList<long> AddedIds, long PreviousGeneration, long Generation)
{
    public bool ChangedAnything => Generation != PreviousGeneration;
}
