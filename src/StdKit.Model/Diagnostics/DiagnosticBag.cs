namespace StdKit.Model.Diagnostics;

/// <summary>Collects mistakes during one pass so the user sees all of them at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public void Add(SourceLocation location, string message, string fix) => Add(new Diagnostic(location, message, fix));

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void ThrowIfAny()
    {
        if (_items.Count > 0) throw new UserError(_items.ToList());
    }
}
