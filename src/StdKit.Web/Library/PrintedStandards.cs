using System.Collections.Concurrent;
using StdKit.Generator;
using StdKit.Generator.Pdf;
using StdKit.Web.Routes;

namespace StdKit.Web.Library;

/// <summary>
/// The PDF of each standard as <c>stdkit render --pdf</c> prints it, made when first asked for and kept for the
/// knowledge base's generation: LibreOffice takes seconds per standard, so a second reader gets the same file at
/// once. One standard is printed at a time, so that readers asking for many do not stall the pages.
/// </summary>
public sealed class PrintedStandards(KnowledgeBaseAccess kb)
{
    private readonly ConcurrentDictionary<(long Generation, string Number), Lazy<byte[]>> _pdfs = new();
    private readonly SemaphoreSlim _printer = new(1);

    /// <summary>Whether LibreOffice is installed: without it the reading view offers the .docx only.</summary>
    public bool Available { get; } = PdfConverter.IsAvailable;

    public byte[] Get(ReadStandard read)
    {
        var key = (kb.Generation, read.Listed.Number);
        var pdf = _pdfs.GetOrAdd(key, _ => new Lazy<byte[]>(() => Print(read)));
        try
        {
            return pdf.Value;
        }
        catch
        {
            // A failed print is not kept: the next request tries again.
            _pdfs.TryRemove(KeyValuePair.Create(key, pdf));
            throw;
        }
    }

    private byte[] Print(ReadStandard read)
    {
        _printer.Wait();
        try
        {
            return StandardRoutes.Temporary(path =>
                StandardPublisher.Publish(read.Standard, Path.ChangeExtension(path, ".docx"), path), ".pdf");
        }
        finally
        {
            _printer.Release();
        }
    }
}
