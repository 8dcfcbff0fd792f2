using Ballast.Tests.Infrastructure;

namespace Ballast.Tests.Compendium.PublicPages;

/// <summary>Ballast behind another address (an intranet with a path prefix): its codes say that address instead.</summary>
public sealed class IntranetFactory() : ConfiguredFactory(("Public:BaseAddress", IntranetFactory.Base))
{
    public const string Base = "http://10.20.30.40:8080/zwfw";
}
