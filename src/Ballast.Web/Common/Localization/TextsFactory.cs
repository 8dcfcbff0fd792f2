using Microsoft.Extensions.Localization;

namespace Ballast.Web.Common.Localization;

/// <summary>Hands the one <see cref="Texts"/> to everything that asks for a localizer, including
/// data-annotation validation messages.</summary>
public sealed class TextsFactory(Texts texts) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => texts;

    public IStringLocalizer Create(string baseName, string location) => texts;
}
