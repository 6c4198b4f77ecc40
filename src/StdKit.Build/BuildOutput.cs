namespace StdKit.Build;

/// <summary>One file a build produces: where it goes, the hash of everything it is made from, and how to write
/// it.</summary>
/// <param name="File">Path relative to the agency's output folder.</param>
public sealed record BuildOutput(string File, string Hash, Action<string> Write)
{
    /// <summary>Also printed to PDF, after every .docx of the build is written.</summary>
    public bool Pdf { get; init; }

    /// <summary>For a standard printed to PDF: the model, to write the 目次 page numbers into the .docx.</summary>
    public Model.Documents.Standard? Printed { get; init; }

    /// <summary>For another document printed to PDF whose table may cross pages: how to write it with the
    /// layout.</summary>
    public Action<string, Generator.Docx.Layout.PrintLayout>? Relayout { get; init; }

    /// <summary>Set for the standards, so the manifest can list them with their place in the system.</summary>
    public ManifestStandard? Standard { get; init; }
}

/// <summary>What manifest.json says of one standard.</summary>
public sealed record ManifestStandard(string Number, string Title, string Layer, string Category, string File,
    string Hash);
