using System.Text.Json.Serialization;

namespace Ballast.Web.Features.Promotion;

[JsonConverter(typeof(JsonStringEnumConverter<CampaignKind>))]
public enum CampaignKind
{
    /// <summary>出海招商: a delegation abroad.</summary>
    Overseas,
    /// <summary>A trip within China.</summary>
    Domestic,
    /// <summary>A promotion event, fair or signing ceremony held by the city.</summary>
    Event,
}
