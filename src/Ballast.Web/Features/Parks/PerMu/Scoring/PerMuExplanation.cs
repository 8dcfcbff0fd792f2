using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Ballast.Web.Features.Parks;

/// <summary>What is stored in <see cref="PerMuResult.Explanation"/>: every indicator's inputs, value and points, and
/// whether the land area came from the registry because the year has none.</summary>
public sealed record PerMuExplanation(bool LandFromRegistry, IReadOnlyList<IndicatorPoints> Points)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static PerMuExplanation Read(string? json) =>
        string.IsNullOrEmpty(json) ? new(false, []) : JsonSerializer.Deserialize<PerMuExplanation>(json, Options) ?? new(false, []);
}
