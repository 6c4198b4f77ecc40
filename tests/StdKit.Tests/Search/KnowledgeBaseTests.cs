using System.Data.Common;
using Microsoft.Data.Sqlite;
using StdKit.Content.Project;
using StdKit.Model.Diagnostics;
using StdKit.Indexing;
using StdKit.Indexing.Sources;
using StdKit.Search.Knowledge;
using StdKit.Search.Knowledge.Sql;
using StdKit.Search.Records;

namespace StdKit.Tests.Search;

/// <summary>The same behaviour from both stores; what is particular to each in its own class below.</summary>
public abstract class KnowledgeBaseTests(StoreKind store) : SearchContent(store)
{
    protected const string Body = """
        # 规范性引用文件

        下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。

        - [[@GB/T 19001—2016]]

        # 术语和定义

        下列术语和定义适用于本文件。

        ## 服务机构 | service agency

        提供服务的组织。

        [来源：GB/T 22117—2018，3.1]

        # 要求

        ## 记录

        服务记录应符合[[@GB/T 19001—2016]]中7.5的规定。

        注：记录可采用电子形式。
        """;

    [SkippableFact]
    public void Index_records_the_standard_its_clauses_terms_and_references()
    {
        WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Body, "system:\n  layer: 服务实施\n  category: 服务实施流程\n");
        var fill = Index();
        Assert.Equal((1, 0, 0, 0), (fill.Added, fill.Changed, fill.Unchanged, fill.Removed));
        Assert.Equal("T/TEST 001—2025|服务规范|服务实施|服务实施流程|a.md|", Scalar<string>(
            "SELECT number || '|' || title || '|' || layer || '|' || category || '|' || source || '|' || agency FROM standards"));
        Assert.Equal("2.1|服务机构|service agency|提供服务的组织。|GB/T 22117—2018，3.1", Scalar<string>(
            "SELECT number || '|' || term || '|' || english || '|' || definition || '|' || source FROM terms"));
        Assert.Equal("3.1|paragraph|requirement|clause|GB/T 19001—2016|GB/T19001-2016|7.5", Scalar<string>("""
            SELECT c.number || '|' || c.kind || '|' || c.provision || '|' || r.kind || '|' || r.document || '|' || r.dated_key || '|' || r.target
            FROM clause_references r JOIN clauses c ON c.id = r.clause_id WHERE r.target IS NOT NULL
            """));
        Assert.Equal("statement", Scalar<string>("SELECT provision FROM clauses WHERE kind = 'note'"));
    }

    [SkippableFact]
    public void Standard_hashes_tell_a_changed_standard_by_a_new_row_and_its_clauses_are_read_alone()
    {
        WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Body);
        WriteStandard("b.md", "T/TEST 002—2025", "记录规范", "# 范围\n\n本文件规定了记录。\n");
        Index();
        IReadOnlyDictionary<long, string> before;
        using (var kb = Location.Open()) before = kb.StandardHashes();
        WriteStandard("b.md", "T/TEST 002—2025", "记录规范", "# 范围\n\n本文件规定了档案。\n");
        Index();

        using var after = Location.Open();
        var now = after.StandardHashes();
        Assert.Equal(2, now.Count);
        var kept = Assert.Single(now, s => before.GetValueOrDefault(s.Key) == s.Value);
        var came = Assert.Single(now, s => before.GetValueOrDefault(s.Key) != s.Value);
        // Each read to its end before the next: a connection streams one query at a time.
        var all = after.IndexedClauses().ToList();
        Assert.Equal(all.Where(c => c.StandardId == came.Key), after.IndexedClauses([came.Key]).ToList(),
            new ClauseComparer());
        Assert.All(after.IndexedClauses([came.Key]), c => Assert.Equal("T/TEST 002—2025", c.StandardNumber));
        Assert.Contains(after.IndexedClauses([came.Key]), c => c.Text == "本文件规定了档案。");
        Assert.Equal(all.Count, after.IndexedClauses([kept.Key, came.Key]).Count());
        Assert.Empty(after.IndexedClauses([]));
    }

    /// <summary>Records of lists compare by reference: the lists by their items.</summary>
    private sealed class ClauseComparer : IEqualityComparer<IndexedClause>
    {
        public bool Equals(IndexedClause? x, IndexedClause? y) => x is not null && y is not null
            && x with { CitedDocuments = [], Headings = [] } == y with { CitedDocuments = [], Headings = [] }
            && x.CitedDocuments.SequenceEqual(y.CitedDocuments) && x.Headings.SequenceEqual(y.Headings);

        public int GetHashCode(IndexedClause obj) => obj.Id.GetHashCode();
    }

    [SkippableFact]
    public void Unchanged_standards_are_skipped_changed_ones_replaced_and_removed_ones_deleted()
    {
        WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Body);
        var second = WriteStandard("b.md", "T/TEST 002—2025", "记录规范", "# 范围\n\n本文件规定了记录。\n");
        var first = Index();

        var again = Index();
        Assert.Equal((0, 0, 2, 0), (again.Added, again.Changed, again.Unchanged, again.Removed));
        Assert.Equal(first.Generation, again.Generation);

        WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Body.Replace("提供服务的组织", "为企业提供服务的组织"));
        File.Delete(second);
        var changed = Index();
        Assert.Equal((0, 1, 0, 1), (changed.Added, changed.Changed, changed.Unchanged, changed.Removed));
        Assert.Equal(first.Generation + 1, changed.Generation);
        Assert.Equal(1L, Scalar<long>("SELECT count(*) FROM standards"));
        Assert.Equal("为企业提供服务的组织。", Scalar<string>("SELECT definition FROM terms"));
    }

    [SkippableFact]
    public void A_mistake_in_any_file_leaves_the_previous_state()
    {
        WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Body);
        var before = Index();
        var clauses = Scalar<long>("SELECT count(*) FROM clauses");
        WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Body + "\n见[[nowhere]]。\n");
        WriteStandard("c.md", "T/TEST 003—2025", "新规范", "# 范围\n\n新内容。\n");

        var e = Assert.Throws<UserError>(Index);
        Assert.Contains("unknown reference [[nowhere]]", e.Message);
        Assert.Equal(clauses, Scalar<long>("SELECT count(*) FROM clauses"));
        Assert.Equal(1L, Scalar<long>("SELECT count(*) FROM standards"));
        using var kb = Location.Open();
        Assert.Equal(before.Generation, kb.Generation);
        Assert.Contains("2.1", Numbers("服务机构"));
    }

    [SkippableFact]
    public void A_fill_that_fails_halfway_leaves_the_record_as_it_was()
    {
        WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Body);
        WriteStandard("b.md", "T/TEST 002—2025", "记录规范", "# 范围\n\n本文件规定了记录。\n");
        var before = Index();
        const string Counts = "SELECT (SELECT count(*) FROM standards) || '|' || (SELECT count(*) FROM clauses) " +
            "|| '|' || (SELECT count(*) FROM terms) || '|' || (SELECT count(*) FROM clause_references) || '|' " +
            "|| (SELECT min(definition) FROM terms) || '|' || (SELECT value FROM meta WHERE key = 'generation')";
        var counts = Scalar<string>(Counts);
        IReadOnlyDictionary<long, string> hashes;
        using (var kb = Location.Open()) hashes = kb.StandardHashes();

        // a.md changed (its row replaced), c.md new, and a clause of c.md without text, which both stores refuse:
        // the fill fails after it deleted a row and wrote others.
        WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Body.Replace("提供服务的组织", "为企业提供服务的组织"));
        WriteStandard("c.md", "T/TEST 003—2025", "新规范", "# 范围\n\n新内容。\n\n# 要求\n\n应记录。\n");
        var scope = ContentSources.Read(ContentProject.Load(Content.Root), []).Single();
        var bad = scope.Standards.Select(s => s.Origin.Source != "c.md" ? s : new StandardRecord(s.Origin,
            s.Metadata, [.. s.Clauses.SkipLast(1), s.Clauses[^1] with { Text = null! }], s.Terms)).ToList();
        using (var writing = Location.OpenForWriting(Messages.Add))
        {
            Assert.ThrowsAny<DbException>(() => writing.Fill(new FillInput([scope with { Standards = bad }], null,
                [], [])));
            Assert.Equal(counts, Scalar<string>(Counts));
            Assert.Equal(hashes, writing.StandardHashes());

            // The same connection fills again once the content is right.
            var fill = writing.Fill(new FillInput([scope], null, [], []));
            Assert.Equal((1, 1, 1, 0), (fill.Added, fill.Changed, fill.Unchanged, fill.Removed));
            Assert.Equal(before.Generation + 1, fill.Generation);
        }
        Assert.Equal("为企业提供服务的组织。", Scalar<string>("SELECT definition FROM terms"));
    }

    public sealed class Sqlite() : KnowledgeBaseTests(StoreKind.Sqlite)
    {
        [Fact]
        public void A_knowledge_base_of_an_older_schema_is_rebuilt_with_a_message()
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Database)!);
            using (var old = new SqliteConnection($"Data Source={Database};Pooling=False"))
            {
                old.Open();
                using var command = old.CreateCommand();
                command.CommandText = "CREATE TABLE schema_version (version INTEGER); INSERT INTO schema_version VALUES (0); CREATE TABLE clauses (body TEXT);";
                command.ExecuteNonQuery();
            }
            var reading = Assert.Throws<UserError>(() => Location.Open());
            Assert.Equal("run stdkit index to rebuild it from content", reading.Diagnostics[0].Fix);

            WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Body);
            Index();
            Assert.Contains(Messages, m => m.Contains($"schema version 0; this StdKit writes version {KnowledgeBaseSchema.Version}: rebuilding it"));
            Assert.Contains("3.1", Numbers("服务记录"));
        }

        [Theory]
        [InlineData("not sqlite", "is not a knowledge base (not a readable SQLite file)")]
        [InlineData("foreign", "is an SQLite database but not a StdKit knowledge base")]
        [InlineData("newer", "was written by a newer StdKit")]
        public void A_file_that_is_not_this_knowledge_base_is_refused_and_left_untouched(string what, string message)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Database)!);
            if (what == "not sqlite") File.WriteAllText(Database, "just text, not a database");
            else
            {
                using var other = new SqliteConnection($"Data Source={Database};Pooling=False");
                other.Open();
                using var command = other.CreateCommand();
                command.CommandText = what == "foreign"
                    ? "CREATE TABLE invoices (amount REAL)"
                    : $"CREATE TABLE schema_version (version INTEGER); INSERT INTO schema_version VALUES ({KnowledgeBaseSchema.Version + 1})";
                command.ExecuteNonQuery();
            }
            var bytes = File.ReadAllBytes(Database);
            WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Body);

            var e = Assert.Throws<UserError>(Index);
            Assert.Contains(message, e.Message);
            Assert.Equal(bytes, File.ReadAllBytes(Database));
        }
    }

    public sealed class Postgres() : KnowledgeBaseTests(StoreKind.Postgres)
    {
        [SkippableFact]
        public void A_knowledge_base_of_an_older_schema_is_rebuilt_with_a_message()
        {
            Scalar<int>("CREATE TABLE schema_version (version INTEGER); INSERT INTO schema_version VALUES (0); " +
                "CREATE TABLE clauses (body TEXT); SELECT 0");
            var reading = Assert.Throws<UserError>(() => Location.Open());
            Assert.Equal("run stdkit index to rebuild it from content", reading.Diagnostics[0].Fix);

            WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Body);
            Index();
            Assert.Contains(Messages, m => m.Contains(
                $"schema version 0; this StdKit writes version {KnowledgeBaseSchema.Version}: rebuilding it"));
            Assert.Contains("3.1", Numbers("服务记录"));
        }

        [SkippableTheory]
        [InlineData("CREATE TABLE invoices (amount REAL); INSERT INTO invoices VALUES (12.5)",
            "holds tables of something else, not a StdKit knowledge base")]
        [InlineData("CREATE TABLE schema_version (version INTEGER); INSERT INTO schema_version VALUES (99)",
            "was written by a newer StdKit")]
        public void A_database_that_is_not_this_knowledge_base_is_refused_and_left_untouched(string sql, string message)
        {
            Scalar<int>(sql + "; SELECT 0");
            const string Tables = "SELECT string_agg(table_name, ',' ORDER BY table_name) " +
                "FROM information_schema.tables WHERE table_schema = 'public'";
            var before = Scalar<string>(Tables);
            WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Body);

            var e = Assert.Throws<UserError>(Index);
            Assert.Contains(message, e.Message);
            Assert.Equal(before, Scalar<string>(Tables));
            Assert.Throws<UserError>(() => Location.Open());
        }

        [SkippableFact]
        public void A_missing_database_is_the_machines_problem_with_what_to_do()
        {
            var missing = KnowledgeBaseLocation.Parse(Location.Target.Replace("stdkit_test_", "stdkit_none_"));
            WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Body);

            var e = Assert.Throws<UserError>(() => Indexing.ContentIndexer.Index(Content.Root, missing,
                new Indexing.AgencySelection.Default(), Messages.Add));
            Assert.Equal(FailureKind.Environment, e.Kind);
            Assert.Contains("does not exist", e.Message);
            Assert.Contains("Database= in --db", e.Diagnostics[0].Fix);
        }

        [SkippableFact]
        public void Two_fills_at_once_from_two_nodes_are_serialised_by_the_database()
        {
            WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Body);
            WriteStandard("b.md", "T/TEST 002—2025", "记录规范", "# 范围\n\n本文件规定了记录。\n");
            // Two nodes: the same database, each its own index folder (and so no lock file in common).
            var nodes = new[] { "one", "two" }.Select(n => KnowledgeBaseLocation.Parse(Location.Target,
                Path.Combine(Content.Root, "out", n + ".index"))).ToList();
            var fills = new FillResult[2];
            Parallel.For(0, 2, i => fills[i] = Indexing.ContentIndexer.Index(Content.Root, nodes[i],
                new Indexing.AgencySelection.Default(), _ => { }));

            Assert.Equal([2, 0], fills.Select(f => f.Added).Order().Reverse());
            Assert.Equal([0, 2], fills.Select(f => f.Unchanged).Order());
            Assert.Equal([1L, 1L], fills.Select(f => f.Generation));
            Assert.Equal(2L, Scalar<long>("SELECT count(*) FROM standards"));
            Assert.Equal(1L, Scalar<long>("SELECT count(*) FROM schema_version"));
        }

        [SkippableFact]
        public void A_fill_waits_for_the_writer_holding_the_lock_and_then_sees_what_it_committed()
        {
            WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Body);
            Index();
            WriteStandard("b.md", "T/TEST 002—2025", "记录规范", "# 范围\n\n本文件规定了记录。\n");
            using var other = new Npgsql.NpgsqlConnection(Location.Target);
            other.Open();
            using var holding = other.BeginTransaction();
            using (var take = new Npgsql.NpgsqlCommand("SELECT pg_advisory_xact_lock(91759363975540)", other, holding))
                take.ExecuteNonQuery();

            var fill = Task.Run(Index);
            Assert.False(fill.Wait(TimeSpan.FromSeconds(1)));
            holding.Commit();
            Assert.True(fill.Wait(TimeSpan.FromSeconds(30)));
            Assert.Equal((1, 1), (fill.Result.Added, fill.Result.Unchanged));
        }

        [SkippableFact]
        public void A_committed_fill_is_announced_with_its_generation()
        {
            using var listener = new Npgsql.NpgsqlConnection(Location.Target);
            listener.Open();
            var heard = new List<string>();
            listener.Notification += (_, e) => heard.Add($"{e.Channel} {e.Payload}");
            using (var listen = new Npgsql.NpgsqlCommand("LISTEN stdkit_changes", listener)) listen.ExecuteNonQuery();

            WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Body);
            Index();
            Index();
            while (listener.Wait(TimeSpan.FromMilliseconds(500))) { }
            Assert.Equal(["stdkit_changes 1"], heard);
        }
    }
}
