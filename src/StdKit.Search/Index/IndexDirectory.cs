using Lucene.Net.Store;

namespace StdKit.Search.Index;

/// <summary>
/// <see cref="SimpleFSDirectory"/> (MMapDirectory is slow and crash-prone under Lucene.Net 4.8,
/// apache/lucenenet#1151, #1013) with larger read buffers: every refill of a buffer is a system call, and marking a
/// hit skips through the positions and offsets of its terms, which a 1 KiB buffer refills again and again.
/// </summary>
public sealed class IndexDirectory(string path) : SimpleFSDirectory(new DirectoryInfo(path))
{
    private const int BufferSize = 8192;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        var input = base.OpenInput(name, context);
        if (input is BufferedIndexInput buffered) buffered.SetBufferSize(BufferSize);
        return input;
    }
}
