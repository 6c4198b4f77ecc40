using Microsoft.Extensions.Hosting;
using StdKit.Model.Diagnostics;
using StdKit.Web.Access;
using StdKit.Web.Rendering;

namespace StdKit.Web.Library;

/// <summary>
/// Reads every standard a visitor may open and renders its full reading view once the server has started, and again
/// for each newer generation of the knowledge base: the first reader of a standard then waits for a page, not for its
/// source to be read, checked and rendered (a tenth of a second and more).
/// </summary>
internal sealed class ReadingWarmUp(KnowledgeBaseAccess kb, StandardDocuments documents, ReadingViews views,
    AccessPolicy visitor) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        using var poll = new PeriodicTimer(KnowledgeBaseAccess.Poll);
        var warmed = long.MinValue;
        do
        {
            if (kb.Generation == warmed) continue;
            warmed = kb.Generation;
            foreach (var listed in kb.Standards.Where(visitor.MayRead))
            {
                if (stopping.IsCancellationRequested || kb.Generation != warmed) break;
                try
                {
                    views.Body(kb, documents.Read(listed), ReadingMode.Full, visitor);
                }
                catch (UserError)
                {
                    // A source that no longer reads: its page tells the reader, with file and line, when asked.
                }
            }
        } while (await poll.WaitForNextTickAsync(stopping));
    }
}
