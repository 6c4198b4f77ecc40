namespace StdKit.Model.Provisions;

/// <summary>A modal verb found in a text: where it is, what was written and the provision type it makes.</summary>
public sealed record ModalVerb(int Index, string Text, ProvisionType Type);
