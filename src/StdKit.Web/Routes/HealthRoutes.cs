using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using StdKit.Web.Library;

namespace StdKit.Web.Routes;

/// <summary>
/// <c>/health</c>, for a reverse proxy's checks and for scripts that wait for a node: it answers once the node's index
/// is current with the record, with the generation served, and costs no search.
/// </summary>
public static class HealthRoutes
{
    public static void Map(WebApplication app) =>
        app.MapGet("/health", (KnowledgeBaseAccess kb) => Results.Text($"ok {kb.Generation}\n")).Allow();
}
