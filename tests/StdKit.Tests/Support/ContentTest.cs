namespace StdKit.Tests.Support;

/// <summary>A test class that gets a fresh temporary content tree for each test.</summary>
public abstract class ContentTest : IDisposable
{
    protected TempContent Content { get; } = new();

    public virtual void Dispose() => Content.Dispose();
}
