using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;

namespace StdKit.Search.Index;

/// <summary>
/// An index folder whose files are read from memory maps: a read is a copy out of the operating system's page cache
/// at an offset, without a system call, a buffer or a lock. Lucene.Net's own readers take a lock around every read of
/// a file (<see cref="SimpleFSDirectory"/>; searches side by side spin on it) or go through a slow emulation of Java's
/// byte buffers (its MMapDirectory, apache/lucenenet#1151). Writing is <see cref="FSDirectory"/>'s: Lucene writes a
/// file once and never changes it, so a file is mapped only to be read.
/// </summary>
internal sealed class MappedDirectory(string folder) : FSDirectory(new DirectoryInfo(folder), null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var mapping = Mapping.Of(Path.Combine(Directory.FullName, name));
        return new MappedInput($"{nameof(MappedInput)}(path=\"{name}\")", mapping, 0, mapping.Length);
    }

    /// <summary>Slices of a compound file are views of its one mapping.</summary>
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(name, Mapping.Of(Path.Combine(Directory.FullName, name)));
    }

    private sealed class Slicer(string name, Mapping mapping) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
        {
            if (offset < 0 || length < 0 || offset + length > mapping.Length)
                throw new EndOfStreamException($"slice {offset}+{length} is beyond {mapping.Length} bytes of {name}");
            return new MappedInput($"{nameof(MappedInput)}(path=\"{name}\" slice={sliceDescription})", mapping,
                offset, length);
        }

        [Obsolete("Lucene's own API: a full slice is a slice from 0")]
        public override IndexInput OpenFullSlice() => OpenSlice("full", 0, mapping.Length);

        protected override void Dispose(bool disposing)
        {
        }
    }

    /// <summary>
    /// One file's map. It is released when no input of the file can be reached any more, not when the first input is
    /// closed: Lucene reads through clones that it never closes, and a read from a released map would end the
    /// process rather than throw.
    /// </summary>
    private sealed unsafe class Mapping
    {
        private readonly MemoryMappedViewAccessor? _view;

        private Mapping(MemoryMappedViewAccessor? view, byte* start, long length)
        {
            _view = view;
            Start = start;
            Length = length;
        }

        public byte* Start { get; }

        public long Length { get; }

        public static Mapping Of(string path)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read,
                FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length == 0) return new Mapping(null, null, 0);
            // The map outlives the file's handle and its name: Lucene deletes files of merged segments while they are
            // still read.
            using var file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read,
                HandleInheritability.None, leaveOpen: false);
            var view = file.CreateViewAccessor(0, stream.Length, MemoryMappedFileAccess.Read);
            byte* start = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
            return new Mapping(view, start + view.PointerOffset, stream.Length);
        }

        ~Mapping()
        {
            if (_view is null) return;
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
        }
    }

    /// <summary>
    /// A file or a slice of it: a window of a <see cref="Mapping"/> and a position in it. Lucene's numbers are
    /// big-endian.
    /// </summary>
    private sealed unsafe class MappedInput(string description, Mapping mapping, long offset, long length)
        : IndexInput(description)
    {
        private readonly byte* _start = mapping.Start + offset;
        private readonly Mapping _mapping = mapping;
        private long _position;

        public override long Length => length;

        public override long Position => _position;

        public override void Seek(long pos)
        {
            if (pos < 0 || pos > length) throw new EndOfStreamException($"seek to {pos} beyond {length} bytes: {this}");
            _position = pos;
        }

        // Each read ends with the map kept alive: the last use of an input must not let it go before the copy.
        public override byte ReadByte()
        {
            if (_position >= length) throw new EndOfStreamException($"read past the end: {this}");
            var value = _start[_position++];
            GC.KeepAlive(_mapping);
            return value;
        }

        public override void ReadBytes(byte[] b, int offset, int len)
        {
            Take(len).CopyTo(b.AsSpan(offset, len));
            GC.KeepAlive(_mapping);
        }

        public override short ReadInt16()
        {
            var value = BinaryPrimitives.ReadInt16BigEndian(Take(sizeof(short)));
            GC.KeepAlive(_mapping);
            return value;
        }

        public override int ReadInt32()
        {
            var value = BinaryPrimitives.ReadInt32BigEndian(Take(sizeof(int)));
            GC.KeepAlive(_mapping);
            return value;
        }

        public override long ReadInt64()
        {
            var value = BinaryPrimitives.ReadInt64BigEndian(Take(sizeof(long)));
            GC.KeepAlive(_mapping);
            return value;
        }

        public override int ReadVInt32() =>
            length - _position < 5 ? base.ReadVInt32() : (int)ReadVariable(maxShift: 28);

        public override long ReadVInt64() =>
            length - _position < 9 ? base.ReadVInt64() : ReadVariable(maxShift: 56);

        /// <summary>A variable-length number of up to <paramref name="maxShift"/>/7 + 1 bytes, seven bits a byte, low
        /// bits first; the caller has checked that that many bytes are left.</summary>
        private long ReadVariable(int maxShift)
        {
            var p = _start + _position;
            long b = *p++, value = b & 0x7F;
            for (var shift = 7; b > 0x7F && shift <= maxShift; shift += 7)
            {
                b = *p++;
                value |= (b & 0x7F) << shift;
            }
            if (b > 0x7F) throw new IOException($"invalid variable-length integer: {this}");
            _position = p - _start;
            GC.KeepAlive(_mapping);
            return value;
        }

        /// <summary>The next <paramref name="count"/> bytes, the position moved past them.</summary>
        private ReadOnlySpan<byte> Take(int count)
        {
            if (count < 0 || count > length - _position)
                throw new EndOfStreamException($"read of {count} bytes past the end: {this}");
            var span = new ReadOnlySpan<byte>(_start + _position, count);
            _position += count;
            return span;
        }

        /// <summary>Nothing to close: the map is released with the last input that can reach it.</summary>
        protected override void Dispose(bool disposing)
        {
        }
    }
}
