using StdKit.Model.Diagnostics;

namespace StdKit.Search.Knowledge;

/// <summary>
/// One writer at a time for a knowledge base and its search index, across processes on this machine: a lock file (<see
/// cref="KnowledgeBaseLocation.LockFile"/>), held open exclusively (an advisory lock on Linux, a sharing lock on
/// Windows) while a process fills the knowledge base or builds the index. The system releases it when the process ends,
/// however it ends, so a killed build never blocks the next one. Readers do not take it: they read a finished
/// generation.
/// </summary>
public sealed class WriterLock : IDisposable
{
    /// <summary>Longer than any build: a process that held the lock this long is stuck, not slow.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(15);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _file;

    private WriterLock(FileStream file) => _file = file;

    /// <summary>Takes the lock of <paramref name="location"/>, waiting for another process that holds it.</summary>
    public static WriterLock Acquire(KnowledgeBaseLocation location, Action<string> notify)
    {
        var path = location.LockFile;
        var knowledgeBasePath = location.Display;
        var started = DateTime.UtcNow;
        var told = false;
        while (true)
        {
            try
            {
                System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
                return new WriterLock(
                    new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (UnauthorizedAccessException)
            {
                throw NotWritable(path);
            }
            catch (IOException e) when (e is not (DirectoryNotFoundException or PathTooLongException))
            {
                // Held by another process (or the folder is read-only, which a retry will not change).
                if (IsReadOnly(e)) throw NotWritable(path);
                if (DateTime.UtcNow - started > Patience)
                    throw new UserError(
                        $"another stdkit has been filling {knowledgeBasePath} "
                        + $"for over {Patience.TotalMinutes:0} minutes",
                        "wait for it to finish or end it, then run the command again", FailureKind.Environment);
                if (!told)
                    notify("another stdkit is filling the knowledge base or building its search index: waiting for it");
                told = true;
                Thread.Sleep(Poll);
            }
        }
    }

    /// <summary>
    /// The refusal when the folder of the knowledge base (or, for PostgreSQL, of its index) cannot be written.
    /// </summary>
    public static UserError NotWritable(string path) => new(
        $"cannot write in {FolderOf(path)}, the folder of the knowledge base",
        "make the folder writable, or give a knowledge base in a writable folder with --db; nothing was changed",
        FailureKind.Environment);

    private static string FolderOf(string path) =>
        System.IO.Path.GetDirectoryName(path) is { Length: > 0 } folder ? folder : ".";

    /// <summary>
    /// EROFS (a read-only file system) comes as a plain IOException; EACCES as UnauthorizedAccessException.
    /// </summary>
    private static bool IsReadOnly(IOException e) =>
        e.HResult == 30 || e.Message.Contains("Read-only file system", StringComparison.Ordinal);

    public void Dispose() => _file.Dispose();
}
