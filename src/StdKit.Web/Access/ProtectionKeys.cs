using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace StdKit.Web.Access;

/// <summary>
/// The keys that sign session cookies and form tokens, kept in the account store: web nodes over the same store
/// accept one another's cookies, and a restart does not sign everyone out. Kept as XML without further encryption,
/// as the password hashes beside them: whoever may read the store is trusted with it.
/// </summary>
internal sealed class ProtectionKeys(IAccountStore store) : IXmlRepository
{
    /// <summary>The same on every node: keys are shared by application name, not by the folder a node runs
    /// in.</summary>
    public const string ApplicationName = "stdkit-workbench";

    public IReadOnlyCollection<XElement> GetAllElements() =>
        store.ProtectionKeys().Select(xml => XElement.Parse(xml)).ToList();

    public void StoreElement(XElement element, string friendlyName) =>
        store.SaveProtectionKey(friendlyName, element.ToString(SaveOptions.DisableFormatting));
}
