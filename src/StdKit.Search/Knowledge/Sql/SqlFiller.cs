using System.Text.Json;
using StdKit.Search.Records;

namespace StdKit.Search.Knowledge.Sql;

/// <summary>
/// Fills the knowledge base from the scopes read: in each scope, a standard whose hash is unchanged is skipped, a
/// changed one is replaced, a new one added and one no longer in the scope removed. Scopes not given are left as
/// they are. All of it is one transaction, the generation raised in it: a failure leaves the previous state. The
/// filler decides which rows go and which come, with their ids; the store writes them table by table as suits it.
/// </summary>
internal static class SqlFiller
{
    private sealed record NewStandard(long Id, string Agency, StandardRecord Record);

    private sealed record NewClause(long Id, long StandardId, ClauseRecord Record);

    private static readonly TableShape<NewStandard> Standards = new("standards",
        ("id", s => s.Id), ("agency", s => s.Agency), ("source", s => s.Record.Origin.Source),
        ("number", s => s.Record.Metadata.Number.ToString()), ("number_key", s => s.Record.Metadata.Number.Key),
        ("undated_key", s => s.Record.Metadata.Number.UndatedKey), ("type", s => s.Record.Metadata.Type.ToString()),
        ("code", s => s.Record.Metadata.Code), ("banner", s => s.Record.Metadata.Banner),
        ("title", s => s.Record.Metadata.Title), ("title_en", s => s.Record.Metadata.TitleEn),
        ("body_title", s => s.Record.Metadata.BodyTitle), ("stage", s => s.Record.Metadata.Stage.ToString()),
        ("layer", s => s.Record.Origin.Layer), ("category", s => s.Record.Origin.Category),
        ("replaces", s => Json(s.Record.Metadata.Replaces)), ("adoption", s => s.Record.Metadata.Adoption),
        ("draft_date", s => s.Record.Metadata.DraftDate), ("ics", s => s.Record.Metadata.Ics),
        ("ccs", s => s.Record.Metadata.Ccs), ("filing_number", s => s.Record.Metadata.FilingNumber),
        ("release_date", s => s.Record.Metadata.ReleaseDate),
        ("implementation_date", s => s.Record.Metadata.ImplementationDate),
        ("issuer", s => s.Record.Metadata.Issuer), ("proposer", s => s.Record.Metadata.Proposer),
        ("administrator", s => s.Record.Metadata.Administrator),
        ("drafting_units", s => Json(s.Record.Metadata.DraftingUnits)),
        ("drafters", s => Json(s.Record.Metadata.Drafters)), ("history", s => Json(s.Record.Metadata.History)),
        ("hash", s => s.Record.Hash));

    private static readonly TableShape<NewClause> Clauses = new("clauses",
        ("id", c => c.Id), ("standard_id", c => c.StandardId), ("number", c => c.Record.Number),
        ("title", c => c.Record.Title), ("text", c => c.Record.Text), ("kind", c => c.Record.Kind.Id()),
        ("provision", c => c.Record.Provision.Id()), ("line", c => c.Record.Line),
        ("headings", c => string.Join(IndexedClause.Separator, c.Record.Headings)), ("context", c => c.Record.Context));

    /// <summary>Without ids: the store gives them in the order written, which is the order read back.</summary>
    private static readonly TableShape<(long ClauseId, Reference Record)> References = new("clause_references",
        ("clause_id", r => r.ClauseId), ("kind", r => r.Record.Kind.ToString().ToLowerInvariant()),
        ("document", r => r.Record.Document), ("document_title", r => r.Record.DocumentTitle),
        ("dated_key", r => r.Record.DatedKey), ("undated_key", r => r.Record.UndatedKey),
        ("target", r => r.Record.Target));

    private static readonly TableShape<(long StandardId, TermRecord Record)> Terms = new("terms",
        ("standard_id", t => t.StandardId), ("number", t => t.Record.Number), ("term", t => t.Record.Term),
        ("english", t => t.Record.EnglishTerm), ("definition", t => t.Record.Definition),
        ("source", t => t.Record.Source), ("line", t => t.Record.Line));

    private static readonly TableShape<(string Word, string Alternative)> Synonyms = new("synonyms",
        ("word", p => p.Word), ("alternative", p => p.Alternative));

    public static FillResult Fill(SqlKnowledgeBase kb, FillInput input)
    {
        using var transaction = kb.BeginFill();
        var previous = kb.Generation;
        var (result, gone, come) = Compare(kb, input.Scopes);
        kb.DeleteStandards(gone);
        Insert(kb, come);
        foreach (var layer in input.Framework?.Layers ?? [])
            kb.Execute("""
                INSERT INTO layers VALUES (@name, @digit, @level)
                ON CONFLICT (name) DO UPDATE SET digit = excluded.digit, level = excluded.level
                """, ("@name", layer.Name), ("@digit", layer.Digit), ("@level", layer.Level));
        foreach (var (id, name) in input.Agencies)
            kb.Execute("INSERT INTO agencies VALUES (@id, @name) ON CONFLICT (id) DO UPDATE SET name = excluded.name",
                ("@id", id), ("@name", name));
        kb.Execute("DELETE FROM synonyms");
        kb.Insert(Synonyms.Rows(input.Synonyms));
        var changed = result.Added + result.Changed + result.Removed > 0;
        var generation = changed ? previous + 1 : previous;
        kb.Execute("UPDATE meta SET value = @value WHERE key = 'generation'", ("@value", generation.ToString()));
        if (changed) kb.Announce(generation);
        transaction.Commit();
        return result with { PreviousGeneration = previous, Generation = generation };
    }

    /// <summary>
    /// What changes: the row ids of the standards that go, and the standards that come in their place.
    /// </summary>
    private static (FillResult Result, List<long> Gone, List<(string Agency, StandardRecord Record)> Come) Compare(
        SqlKnowledgeBase kb, IEnumerable<IndexScope> scopes)
    {
        int added = 0, changed = 0, unchanged = 0, removed = 0;
        var (gone, come) = (new List<long>(), new List<(string, StandardRecord)>());
        foreach (var scope in scopes)
        {
            var agency = scope.Agency ?? "";
            var existing = kb.Query("SELECT id, source, number, hash FROM standards WHERE agency = @agency",
                    r => (Id: r.GetInt64(0), Key: (r.GetString(1), r.GetString(2)), Hash: r.GetString(3)),
                    ("@agency", agency))
                .ToDictionary(s => s.Key);
            foreach (var standard in scope.Standards)
            {
                if (existing.Remove((standard.Origin.Source, standard.Number.ToString()), out var old))
                {
                    if (old.Hash == standard.Hash)
                    {
                        unchanged++;
                        continue;
                    }
                    gone.Add(old.Id);
                    changed++;
                }
                else added++;
                come.Add((agency, standard));
            }
            gone.AddRange(existing.Values.Select(s => s.Id));
            removed += existing.Count;
        }
        return (new FillResult(added, changed, unchanged, removed, 0, 0), gone, come);
    }

    /// <summary>
    /// Standards, clauses, references, terms: each table whole before the next, whose rows point into it. Standards
    /// and clauses take their ids first, in the order of the content, which is how their rows are read back.
    /// </summary>
    private static void Insert(SqlKnowledgeBase kb, List<(string Agency, StandardRecord Record)> come)
    {
        var standardIds = kb.NewIds(Standards.Table, come.Count);
        var clauseIds = kb.NewIds(Clauses.Table, come.Sum(s => s.Record.Clauses.Count));
        var standards = come.Select((s, i) => new NewStandard(standardIds[i], s.Agency, s.Record)).ToList();
        var clauses = standards.SelectMany(s => s.Record.Clauses.Select(c => (StandardId: s.Id, Record: c)))
            .Select((c, i) => new NewClause(clauseIds[i], c.StandardId, c.Record)).ToList();
        kb.Insert(Standards.Rows(standards));
        kb.Insert(Clauses.Rows(clauses));
        kb.Insert(References.Rows(clauses.SelectMany(c => c.Record.References.Select(r => (c.Id, r)))));
        kb.Insert(Terms.Rows(standards.SelectMany(s => s.Record.Terms.Select(t => (s.Id, t)))));
    }

    private static string Json(IReadOnlyList<string> list) => JsonSerializer.Serialize(list);
}
