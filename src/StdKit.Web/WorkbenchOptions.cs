using StdKit.Search.Knowledge;
using StdKit.Web.Access;

namespace StdKit.Web;

/// <summary>What the workbench serves: the knowledge base and the content tree its standards are read from.</summary>
/// <param name="Database">The knowledge base (an SQLite file or PostgreSQL) and the folder of its search index.</param>
/// <param name="Content">The content tree (the folder holding stdkit.yaml).</param>
public sealed record WorkbenchOptions(KnowledgeBaseLocation Database, string Content)
{
    /// <summary>The account store (an SQLite file or a PostgreSQL connection string); null: one local user who sees
    /// everything, on the loopback address only.</summary>
    public string? Accounts { get; init; }

    /// <summary>Sign-in through an identity provider besides passwords; needs <see cref="Accounts"/> for the audit
    /// log.</summary>
    public OidcSettings? Oidc { get; init; }

    /// <summary>A session ends after this long without a request.</summary>
    public TimeSpan Session { get; init; } = TimeSpan.FromHours(8);

    public SignInLimits SignInLimits { get; init; } = SignInLimits.Default;

    /// <summary>The reverse proxies whose forwarded headers name the browser.</summary>
    public TrustedProxies Proxies { get; init; } = TrustedProxies.None;
}
