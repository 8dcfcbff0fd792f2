using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Ballast.Web.Common.Localization;

/// <summary>Ballast's one localizer. The Chinese text is the key (Chinese is the default language,
/// and a page reads naturally in its source); <c>en.json</c> maps it to English. A text without an
/// English entry falls back to Chinese, and a test lists every such gap.</summary>
public sealed class Texts : IStringLocalizer
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> English = new(LoadEnglish);

    public static IReadOnlyDictionary<string, string> EnglishTexts => English.Value;

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public LocalizedString this[string name] => Translate(name, name);

    public LocalizedString this[string name, params object[] arguments] =>
        Translate(name, string.Format(CultureInfo.CurrentCulture, Translate(name, name).Value, arguments));

    /// <summary>Picks between a record's Chinese and English names.</summary>
    public static string Pick(string zh, string? en) => IsEnglish && !string.IsNullOrEmpty(en) ? en : zh;

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        IsEnglish ? English.Value.Select(p => new LocalizedString(p.Key, p.Value)) : [];

    private static LocalizedString Translate(string name, string formatted)
    {
        if (!IsEnglish)
        {
            return new LocalizedString(name, formatted);
        }
        return English.Value.TryGetValue(name, out var en)
            ? new LocalizedString(name, formatted == name ? en : formatted)
            : new LocalizedString(name, formatted, resourceNotFound: true);
    }

    private static Dictionary<string, string> LoadEnglish()
    {
        using var stream = typeof(Texts).Assembly.GetManifestResourceStream("Ballast.Web.Common.Localization.en.json")
            ?? throw new InvalidOperationException("en.json is not embedded.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
    }
}
