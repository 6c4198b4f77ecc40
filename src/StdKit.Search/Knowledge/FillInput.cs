using StdKit.Model.Systems;

namespace StdKit.Search.Knowledge;

/// <summary>What one fill of the knowledge base writes: the scopes read and what goes with them.</summary>
/// <param name="Framework">Its layers are recorded for --layer; null when the content has none.</param>
/// <param name="Agencies">Id and name of each agency whose system is among the scopes.</param>
/// <param name="Synonyms">Replace the synonyms recorded before; they change no clause, so not the generation.</param>
public sealed record FillInput(IEnumerable<IndexScope> Scopes, Framework? Framework,
    IReadOnlyList<(string Id, string Name)> Agencies, IReadOnlyList<(string Word, string Alternative)> Synonyms);
