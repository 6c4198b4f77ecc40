namespace StdKit.Search.Knowledge;

/// <summary>What one fill of the knowledge base changed, standard by standard.</summary>
public sealed record FillResult(
    int Added, int Changed, int Unchanged, int Removed, long PreviousGeneration, long Generation)
{
    public bool ChangedAnything => Generation != PreviousGeneration;
}
