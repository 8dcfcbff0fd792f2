using System.Text.Json.Serialization;

namespace Ballast.Web.Features.Compendium;

/// <summary>How one condition stands for one firm. Unknown: the registry lacks the fact (a figure not reported, 未报).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConditionOutcome>))]
public enum ConditionOutcome
{
    Met,
    Missed,
    Unknown,
}
