using System.Buffers;
using System.Text;

namespace StdKit.Web.Rendering;

/// <summary>
/// The text of a page as it is written, in characters rented from the shared pool and given back when the page is
/// sent: a page written directly costs no buffer of its own, however many are asked at once.
/// </summary>
internal sealed class PageBuffer : TextWriter
{
    private char[] _chars = ArrayPool<char>.Shared.Rent(32 * 1024);
    private int _length;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (_length == _chars.Length) Grow(1);
        _chars[_length++] = value;
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (_length + buffer.Length > _chars.Length) Grow(buffer.Length);
        buffer.CopyTo(_chars.AsSpan(_length));
        _length += buffer.Length;
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    /// <summary>How long the page is in UTF-8.</summary>
    public int ByteCount => Encoding.UTF8.GetByteCount(_chars.AsSpan(0, _length));

    /// <summary>The page as UTF-8, encoded straight into the buffers of <paramref name="output"/> (a response's
    /// writer): no copy of its own.</summary>
    public void WriteTo(IBufferWriter<byte> output) => Encoding.UTF8.GetBytes(_chars.AsSpan(0, _length), output);

    public override string ToString() => new(_chars, 0, _length);

    private void Grow(int more)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + more));
        _chars.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = larger;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = [];
            _length = 0;
        }
        base.Dispose(disposing);
    }
}
