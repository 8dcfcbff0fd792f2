using System.Text.Json.Serialization;

namespace Ballast.Web.Features.Compendium;

/// <summary>A firm against a policy: every condition met; some unknown and none missed (needs checking); or a condition missed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Verdict>))]
public enum Verdict
{
    Eligible,
    NeedsChecking,
    NotEligible,
}
