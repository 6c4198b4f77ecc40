using System.Text.Json;
using Microsoft.Data.Sqlite;
using StdKit.Content.Vocabulary;
using StdKit.Model.Systems;
using StdKit.Search.Records;
using StdKit.Search.Sources;

namespace StdKit.Search.Knowledge;

/// <summary>
/// Fills the knowledge base from the scopes read: in each scope, a standard whose hash is unchanged is skipped, a
/// changed one is replaced, a new one added and one no longer in the scope removed. Scopes not given are left as
/// they are. All of it is one transaction: a failure leaves the previous state.
/// </summary>
public sealed class KnowledgeBaseFiller : IDisposable
{
    private readonly KnowledgeBase _kb;
    private readonly SqliteCommand _standard;
    private readonly SqliteCommand _clause;
    private readonly SqliteCommand _term;
    private readonly SqliteCommand _reference;

    private KnowledgeBaseFiller(KnowledgeBase kb)
    {
        _kb = kb;
        _standard = Prepare("""
            INSERT INTO standards (agency, source, number, number_key, undated_key, type, code, banner, title, title_en, body_title,
                stage, layer, category, replaces, adoption, draft_date, ics, ccs, filing_number, release_date, implementation_date,
                issuer, proposer, administrator, drafting_units, drafters, history, hash)
            VALUES ($agency, $source, $number, $number_key, $undated_key, $type, $code, $banner, $title, $title_en, $body_title,
                $stage, $layer, $category, $replaces, $adoption, $draft_date, $ics, $ccs, $filing_number, $release_date, $implementation_date,
                $issuer, $proposer, $administrator, $drafting_units, $drafters, $history, $hash)
            RETURNING id
            """);
        _clause = Prepare("""
            INSERT INTO clauses (standard_id, number, title, text, kind, provision, line, headings, context)
            VALUES ($standard_id, $number, $title, $text, $kind, $provision, $line, $headings, $context) RETURNING id
            """);
        _term = Prepare("""
            INSERT INTO terms (standard_id, number, term, english, definition, source, line)
            VALUES ($standard_id, $number, $term, $english, $definition, $source, $line)
            """);
        _reference = Prepare("""
            INSERT INTO clause_references (clause_id, kind, document, document_title, dated_key, undated_key, target)
            VALUES ($clause_id, $kind, $document, $document_title, $dated_key, $undated_key, $target)
            """);
    }

    /// <param name="framework">Its layers are recorded for --layer; null when the content has none.</param>
    /// <param name="agencies">Id and name of each agency whose system is among the scopes.</param>
    /// <param name="synonyms">Replace the synonyms recorded before; they change no clause, so not the generation.</param>
    public static FillResult Fill(KnowledgeBase kb, IEnumerable<IndexScope> scopes, Framework? framework,
        IReadOnlyList<(string Id, string Name)> agencies, Synonyms synonyms) =>
        kb.Translate(() => FillAll(kb, scopes, framework, agencies, synonyms));

    private static FillResult FillAll(KnowledgeBase kb, IEnumerable<IndexScope> scopes, Framework? framework,
        IReadOnlyList<(string Id, string Name)> agencies, Synonyms synonyms)
    {
        using var transaction = kb.Connection.BeginTransaction();
        using var filler = new KnowledgeBaseFiller(kb);
        var previous = kb.Generation;
        var result = filler.FillScopes(scopes);
        foreach (var layer in framework?.Layers ?? [])
            filler.Execute("INSERT OR REPLACE INTO layers VALUES ($name, $digit, $level)", ("$name", layer.Name), ("$digit", layer.Digit), ("$level", layer.Level));
        foreach (var (id, name) in agencies)
            filler.Execute("INSERT OR REPLACE INTO agencies VALUES ($id, $name)", ("$id", id), ("$name", name));
        filler.Execute("DELETE FROM synonyms");
        foreach (var (word, alternative) in synonyms.Pairs)
            filler.Execute("INSERT INTO synonyms VALUES ($word, $alternative)", ("$word", word), ("$alternative", alternative));
        var changed = result.Added + result.Changed + result.Removed > 0;
        var generation = changed ? previous + 1 : previous;
        filler.Execute("UPDATE meta SET value = $value WHERE key = 'generation'", ("$value", generation.ToString()));
        transaction.Commit();
        return result with { PreviousGeneration = previous, Generation = generation };
    }

    private FillResult FillScopes(IEnumerable<IndexScope> scopes)
    {
        int added = 0, changed = 0, unchanged = 0, removed = 0;
        foreach (var scope in scopes)
        {
            var agency = scope.Agency ?? "";
            var existing = _kb.Query("SELECT id, source, number, hash FROM standards WHERE agency = $agency",
                    r => (Id: r.GetInt64(0), Key: (r.GetString(1), r.GetString(2)), Hash: r.GetString(3)), ("$agency", agency))
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

    private void Delete(long standardId) => Execute("DELETE FROM standards WHERE id = $id", ("$id", standardId));

    private void Insert(string agency, StandardRecord standard)
    {
        var m = standard.Metadata;
        var standardId = (long)Run(_standard,
            ("$agency", agency), ("$source", standard.Origin.Source), ("$number", m.Number.ToString()), ("$number_key", m.Number.Key),
            ("$undated_key", m.Number.UndatedKey), ("$type", m.Type.ToString()), ("$code", m.Code), ("$banner", m.Banner), ("$title", m.Title),
            ("$title_en", m.TitleEn), ("$body_title", m.BodyTitle), ("$stage", m.Stage.ToString()), ("$layer", standard.Origin.Layer),
            ("$category", standard.Origin.Category), ("$replaces", Json(m.Replaces)), ("$adoption", m.Adoption), ("$draft_date", m.DraftDate),
            ("$ics", m.Ics), ("$ccs", m.Ccs), ("$filing_number", m.FilingNumber), ("$release_date", m.ReleaseDate),
            ("$implementation_date", m.ImplementationDate), ("$issuer", m.Issuer), ("$proposer", m.Proposer), ("$administrator", m.Administrator),
            ("$drafting_units", Json(m.DraftingUnits)), ("$drafters", Json(m.Drafters)), ("$history", Json(m.History)), ("$hash", standard.Hash))!;
        foreach (var clause in standard.Clauses)
        {
            var clauseId = (long)Run(_clause, ("$standard_id", standardId), ("$number", clause.Number), ("$title", clause.Title),
                ("$text", clause.Text), ("$kind", clause.Kind.Id()), ("$provision", clause.Provision.Id()), ("$line", clause.Line),
                ("$headings", string.Join(IndexedClauses.Separator, clause.Headings)), ("$context", clause.Context))!;
            foreach (var r in clause.References)
                Run(_reference, ("$clause_id", clauseId), ("$kind", r.Kind.ToString().ToLowerInvariant()), ("$document", r.Document),
                    ("$document_title", r.DocumentTitle), ("$dated_key", r.DatedKey), ("$undated_key", r.UndatedKey), ("$target", r.Target));
        }
        foreach (var term in standard.Terms)
            Run(_term, ("$standard_id", standardId), ("$number", term.Number), ("$term", term.Term), ("$english", term.EnglishTerm),
                ("$definition", term.Definition), ("$source", term.Source), ("$line", term.Line));
    }

    private static string Json(IReadOnlyList<string> list) => JsonSerializer.Serialize(list);

    private SqliteCommand Prepare(string sql)
    {
        var command = _kb.Connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static object? Run(SqliteCommand command, params (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            if (command.Parameters.Contains(name)) command.Parameters[name].Value = value ?? DBNull.Value;
            else command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        foreach (var command in new[] { _standard, _clause, _term, _reference }) command.Dispose();
    }

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = _kb.Command(sql, parameters);
        command.ExecuteNonQuery();
    }
}
