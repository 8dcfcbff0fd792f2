using Ballast.Tests.Infrastructure;

namespace Ballast.Tests.Compendium.PublicPages;

/// <summary>Ballast with a public address of its own in configuration, as a city's public site would have.</summary>
public sealed class PublicSiteFactory() : ConfiguredFactory(("Public:BaseAddress", PublicSiteFactory.Base + "/"))
{
    public const string Base = "https://zc.qingdao.example.gov.cn";
}
