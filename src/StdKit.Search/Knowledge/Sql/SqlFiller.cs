using System.Data.Common;
using System.Text.Json;
using StdKit.Search.Records;

namespace StdKit.Search.Knowledge.Sql;

/// <summary>
/// Fills the knowledge base from the scopes read: in each scope, a standard whose hash is unchanged is skipped, a
/// changed one is replaced, a new one added and one no longer in the scope removed. Scopes not given are left as
/// they are. All of it is one transaction, the generation raised in it: a failure leaves the previous state.
/// </summary>
internal sealed class SqlFiller : IDisposable
{
    private readonly SqlKnowledgeBase _kb;
    private readonly DbCommand _standard;
    private readonly DbCommand _clause;
    private readonly DbCommand _term;
    private readonly DbCommand _reference;

    private SqlFiller(SqlKnowledgeBase kb)
    {
        _kb = kb;
        _standard = kb.Command("""
            INSERT INTO standards (agency, source, number, number_key, undated_key, type, code, banner, title, title_en,
                body_title, stage, layer, category, replaces, adoption, draft_date, ics, ccs, filing_number,
                release_date, implementation_date, issuer, proposer, administrator, drafting_units, drafters, history,
                hash)
            VALUES (@agency, @source, @number, @number_key, @undated_key, @type, @code, @banner, @title, @title_en,
                @body_title, @stage, @layer, @category, @replaces, @adoption, @draft_date, @ics, @ccs, @filing_number,
                @release_date, @implementation_date, @issuer, @proposer, @administrator, @drafting_units, @drafters,
                @history, @hash)
            RETURNING id
            """);
        _clause = kb.Command("""
            INSERT INTO clauses (standard_id, number, title, text, kind, provision, line, headings, context)
            VALUES (@standard_id, @number, @title, @text, @kind, @provision, @line, @headings, @context) RETURNING id
            """);
        _term = kb.Command("""
            INSERT INTO terms (standard_id, number, term, english, definition, source, line)
            VALUES (@standard_id, @number, @term, @english, @definition, @source, @line)
            """);
        _reference = kb.Command("""
            INSERT INTO clause_references (clause_id, kind, document, document_title, dated_key, undated_key, target)
            VALUES (@clause_id, @kind, @document, @document_title, @dated_key, @undated_key, @target)
            """);
    }

    public static FillResult Fill(SqlKnowledgeBase kb, FillInput input)
    {
        using var transaction = kb.BeginFill();
        using var filler = new SqlFiller(kb);
        var previous = kb.Generation;
        var result = filler.FillScopes(input.Scopes);
        foreach (var layer in input.Framework?.Layers ?? [])
            kb.Execute("""
                INSERT INTO layers VALUES (@name, @digit, @level)
                ON CONFLICT (name) DO UPDATE SET digit = excluded.digit, level = excluded.level
                """, ("@name", layer.Name), ("@digit", layer.Digit), ("@level", layer.Level));
        foreach (var (id, name) in input.Agencies)
            kb.Execute("INSERT INTO agencies VALUES (@id, @name) ON CONFLICT (id) DO UPDATE SET name = excluded.name",
                ("@id", id), ("@name", name));
        kb.Execute("DELETE FROM synonyms");
        foreach (var (word, alternative) in input.Synonyms)
            kb.Execute("INSERT INTO synonyms VALUES (@word, @alternative)", ("@word", word),
                ("@alternative", alternative));
        var changed = result.Added + result.Changed + result.Removed > 0;
        var generation = changed ? previous + 1 : previous;
        kb.Execute("UPDATE meta SET value = @value WHERE key = 'generation'", ("@value", generation.ToString()));
        if (changed) kb.Announce(generation);
        transaction.Commit();
        return result with { PreviousGeneration = previous, Generation = generation };
    }

    private FillResult FillScopes(IEnumerable<IndexScope> scopes)
    {
        int added = 0, changed = 0, unchanged = 0, removed = 0;
        foreach (var scope in scopes)
        {
            var agency = scope.Agency ?? "";
            var existing = _kb.Query("SELECT id, source, number, hash FROM standards WHERE agency = @agency",
                    r => (Id: r.GetInt64(0), Key: (r.GetString(1), r.GetString(2)), Hash: r.GetString(3)),
                    ("@agency", agency))
                .ToDictionary(s => s.Key);
            foreach (var standard in scope.Standards)
            {
                var key = (standard.Origin.Source, standard.Number.ToString());
                if (existing.Remove(key, out var old))
                {
                    if (old.Hash == standard.Hash)
                    {
                        unchanged++;
                        continue;
                    }
                    Delete(old.Id);
                    changed++;
                }
                else added++;
                Insert(agency, standard);
            }
            foreach (var gone in existing.Values)
            {
                Delete(gone.Id);
                removed++;
            }
        }
        return new FillResult(added, changed, unchanged, removed, 0, 0);
    }

    private void Delete(long standardId) => _kb.Execute("DELETE FROM standards WHERE id = @id", ("@id", standardId));

    private void Insert(string agency, StandardRecord standard)
    {
        var m = standard.Metadata;
        var standardId = (long)Run(_standard,
            ("@agency", agency), ("@source", standard.Origin.Source), ("@number", m.Number.ToString()),
            ("@number_key", m.Number.Key), ("@undated_key", m.Number.UndatedKey), ("@type", m.Type.ToString()),
            ("@code", m.Code), ("@banner", m.Banner), ("@title", m.Title), ("@title_en", m.TitleEn),
            ("@body_title", m.BodyTitle), ("@stage", m.Stage.ToString()), ("@layer", standard.Origin.Layer),
            ("@category", standard.Origin.Category), ("@replaces", Json(m.Replaces)), ("@adoption", m.Adoption),
            ("@draft_date", m.DraftDate), ("@ics", m.Ics), ("@ccs", m.Ccs), ("@filing_number", m.FilingNumber),
            ("@release_date", m.ReleaseDate), ("@implementation_date", m.ImplementationDate), ("@issuer", m.Issuer),
            ("@proposer", m.Proposer), ("@administrator", m.Administrator), ("@drafting_units", Json(m.DraftingUnits)),
            ("@drafters", Json(m.Drafters)), ("@history", Json(m.History)), ("@hash", standard.Hash))!;
        foreach (var clause in standard.Clauses)
        {
            var clauseId = (long)Run(_clause, ("@standard_id", standardId), ("@number", clause.Number),
                ("@title", clause.Title), ("@text", clause.Text), ("@kind", clause.Kind.Id()),
                ("@provision", clause.Provision.Id()), ("@line", clause.Line),
                ("@headings", string.Join(IndexedClause.Separator, clause.Headings)), ("@context", clause.Context))!;
            foreach (var r in clause.References)
                Run(_reference, ("@clause_id", clauseId), ("@kind", r.Kind.ToString().ToLowerInvariant()),
                    ("@document", r.Document), ("@document_title", r.DocumentTitle), ("@dated_key", r.DatedKey),
                    ("@undated_key", r.UndatedKey), ("@target", r.Target));
        }
        foreach (var term in standard.Terms)
            Run(_term, ("@standard_id", standardId), ("@number", term.Number), ("@term", term.Term),
                ("@english", term.EnglishTerm), ("@definition", term.Definition), ("@source", term.Source),
                ("@line", term.Line));
    }

    private static string Json(IReadOnlyList<string> list) => JsonSerializer.Serialize(list);

    private static object? Run(DbCommand command, params (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters) SqlKnowledgeBase.Bind(command, name, value);
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        foreach (var command in new[] { _standard, _clause, _term, _reference }) command.Dispose();
    }
}
