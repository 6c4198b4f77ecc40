using Scriban.Runtime;

namespace StdKit.Content.Systems;

/// <summary>What a system assigns one model standard: its number and, for the post template, the post.</summary>
public sealed record StandardSlot(string Number, ScriptObject? Post);
