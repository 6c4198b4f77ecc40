using StdKit.Indexing;
using StdKit.Search;
using StdKit.Search.Knowledge;
using StdKit.Tests.Support;
using StdKit.Web.Access;

namespace StdKit.Tests.Web.Access;

/// <summary>
/// The sample content with two agencies' systems indexed, where one model standard of both (环境与能源管理规范) is
/// back at 工作组讨论稿 — so each agency has a draft of its own the other may not see — and accounts: ana, a reader of
/// the 云南省中小企业服务中心, and ben, a drafter of the 昆明 guarantee company. Another (资产管理规范) is out for
/// comment (征求意见稿) in both systems, and dai drafts for the 云南省中小企业服务中心.
/// </summary>
public sealed class AccessWorkbench : IAsyncLifetime
{
    public const string AgencyA = "yunnan-sme-centre";
    public const string AgencyB = "kunming-guarantee";
    public const string Password = "correct-horse-1";
    public const string DraftTitle = "环境与能源管理规范";
    public const string ConsultationTitle = "资产管理规范";

    /// <summary>A term only the draft defines.</summary>
    public const string DraftTerm = "综合能耗";

    private readonly string _folder = Directory.CreateTempSubdirectory("stdkit-access-").FullName;

    public Workbench Workbench { get; private set; } = null!;
    public string Accounts => Path.Combine(_folder, AccountStores.FileName);

    /// <summary>The draft's number in each agency's system.</summary>
    public string DraftOfA { get; private set; } = "";
    public string DraftOfB { get; private set; } = "";

    /// <summary>The 征求意见稿 in each agency's system.</summary>
    public string ConsultationOfA { get; private set; } = "";
    public string ConsultationOfB { get; private set; } = "";

    /// <summary>The content tree's own 工作组讨论稿 (DB53), which belongs to the tree's default agency, A.</summary>
    public string TreeDraft { get; private set; } = "";

    public Task InitializeAsync()
    {
        // The content tree and the templates beside it, which its settings name by relative path.
        var content = Path.Combine(_folder, "content");
        Copy(Repository.Content, content);
        Copy(Path.Combine(Repository.Root, "templates"), Path.Combine(_folder, "templates"));
        var draft = Path.Combine(content, "library", "support", "environment.md");
        File.WriteAllText(draft, File.ReadAllText(draft).Replace("stage: 发布", "stage: 工作组讨论稿"));
        var consultation = Path.Combine(content, "library", "support", "assets.md");
        File.WriteAllText(consultation, File.ReadAllText(consultation).Replace("stage: 发布", "stage: 征求意见稿"));
        using (var store = AccountStores.Open(Accounts))
        {
            var audit = new AuditEntry(DateTimeOffset.UtcNow, "test", "account-add", null, "tests");
            store.Save("ana", Passwords.Hash("ana", Password), new Membership(AgencyA, Role.Reader), audit);
            store.Save("ben", Passwords.Hash("ben", Password), new Membership(AgencyB, Role.Drafter), audit);
            store.Save("dai", Passwords.Hash("dai", Password), new Membership(AgencyA, Role.Drafter), audit);
        }
        // Many tests sign in from the one address of the server in memory: the limits have tests of their own.
        Workbench = new Workbench(content, new AgencySelection.Named([AgencyA, AgencyB]), options => options with
        {
            Accounts = Accounts,
            SignInLimits = new SignInLimits(10_000, 10_000, TimeSpan.FromMinutes(1)),
        });
        using var kb = Workbench.Database.Open();
        var standards = kb.Standards();
        DraftOfA = standards.Single(s => s.Agency == AgencyA && s.Title == DraftTitle).Number;
        DraftOfB = standards.Single(s => s.Agency == AgencyB && s.Title == DraftTitle).Number;
        ConsultationOfA = standards.Single(s => s.Agency == AgencyA && s.Title == ConsultationTitle).Number;
        ConsultationOfB = standards.Single(s => s.Agency == AgencyB && s.Title == ConsultationTitle).Number;
        TreeDraft = standards.Single(s => s.Agency is null && s.Stage == Model.Metadata.DraftStage.WorkingDraft).Number;
        return Task.CompletedTask;
    }

    /// <summary>A number as the workbench's links carry it.</summary>
    public static string InAddress(string number) => Uri.EscapeDataString(number).Replace("%2F", "/");

    /// <summary>A visitor of the shared server, signed in as <paramref name="user"/> (null: the public).</summary>
    public async Task<Visitor> As(string? user)
    {
        var visitor = new Visitor(Workbench.Server);
        return user is null ? visitor : await visitor.SignedIn(user, Password);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public async Task DisposeAsync()
    {
        await Workbench.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class AccessWorkbenchCollection : ICollectionFixture<AccessWorkbench>
{
    public const string Name = "access workbench";
}
