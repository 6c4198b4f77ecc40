using System.Security.Claims;
using StdKit.Model.Metadata;
using StdKit.Search;
using StdKit.Search.Knowledge;

namespace StdKit.Web.Access;

/// <summary>
/// What the one asking may see — the one rule every route applies. Published standards and drafts from 征求意见稿 on
/// are public; a draft below it, an agency's evaluation facts and reports are its members' only. The content tree's
/// own drafts belong to the tree's default agency (stdkit.yaml), which keeps the tree. Without accounts the
/// workbench serves one user on this computer, who sees everything.
/// </summary>
public sealed class AccessPolicy
{
    /// <summary>The claim that carries a membership, "agency:role".</summary>
    public const string MembershipClaim = "stdkit:membership";

    private readonly SearchScope? _scope;
    private readonly string? _treeOwner;

    private AccessPolicy(string? user, IReadOnlyList<Membership> memberships, SearchScope? scope, string? treeOwner)
    {
        User = user;
        Memberships = memberships;
        _scope = scope;
        _treeOwner = treeOwner;
    }

    /// <summary>No accounts: the single local user, who sees everything.</summary>
    public static AccessPolicy Local { get; } = new(null, [], null, null);

    /// <summary>The policy of someone who has not signed in: the local user where there are no accounts, the public
    /// where there are.</summary>
    public static AccessPolicy Visitor(bool accounts, string? treeOwner) =>
        accounts ? For(new ClaimsPrincipal(new ClaimsIdentity()), treeOwner) : Local;

    /// <summary>The policy of a request's user (the public where not signed in).</summary>
    public static AccessPolicy For(ClaimsPrincipal principal, string? treeOwner)
    {
        var signedIn = principal.Identity?.IsAuthenticated == true ? principal.Identity.Name : null;
        var memberships = signedIn is null ? []
            : principal.FindAll(MembershipClaim).Select(c => Membership.TryParse(c.Value)).OfType<Membership>()
                .ToList();
        var agencies = memberships.Select(m => m.Agency).Distinct().Order(StringComparer.Ordinal).ToList();
        return new AccessPolicy(signedIn, memberships,
            new SearchScope(agencies, treeOwner is not null && agencies.Contains(treeOwner)), treeOwner);
    }

    /// <summary>Whether sign-in applies (accounts are configured).</summary>
    public bool HasAccounts => _scope is not null;

    /// <summary>The signed-in user; null for the public and for the local user.</summary>
    public string? User { get; }

    public IReadOnlyList<Membership> Memberships { get; }

    /// <summary>What a search may find for this user; null: everything.</summary>
    public SearchScope? Scope => _scope;

    /// <summary>One value per set of things visible: pages kept for one set are never sent to another.</summary>
    public string Key => _scope is null ? "all"
        : $"{string.Join(",", _scope.Agencies)}{(_scope.TreeDrafts ? ";tree" : "")}";

    public bool MayRead(ListedStandard standard) => MayRead(standard.Agency, standard.Stage);

    public bool MayRead(string? agency, DraftStage stage) => _scope?.MaySee(agency, stage) ?? true;

    /// <summary>An agency's evaluation facts and its 自评 reports: its members only.</summary>
    public bool MaySeeEvaluation(string agency) => IsMemberOf(agency);

    /// <summary>An agency's drafts below 征求意见稿, also as rows of its 明细表: its members only.</summary>
    public bool MaySeeDraftsOf(string agency) => IsMemberOf(agency);

    /// <summary>
    /// The comments on an agency's drafts with who sent them and how to reach them: its members only.
    /// </summary>
    public bool MaySeeCommentsOf(string agency) => IsMemberOf(agency);

    /// <summary>处理意见 on comments: the agency's drafters and administrators; a reader reads them.</summary>
    public bool MayDecideCommentsOf(string agency) =>
        Memberships.Any(m => m.Agency == agency && m.Role is Role.Drafter or Role.Administrator);

    /// <summary>The agency a standard belongs to: its system's, or for the content tree's own the tree's
    /// keeper.</summary>
    public string? OwnerOf(ListedStandard standard) => standard.Agency ?? _treeOwner;

    private bool IsMemberOf(string agency) => _scope is null || _scope.Agencies.Contains(agency);
}
