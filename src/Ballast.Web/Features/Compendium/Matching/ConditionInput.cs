using System.Text.Json.Serialization;

namespace Ballast.Web.Features.Compendium;

/// <summary>What a user may set on one condition (the page, the API and an import send the same).
/// Values: the codes of a list condition (region codes, divisions, chain codes, size classes, designation kinds, park unit ids).</summary>
public sealed class ConditionInput
{
    [JsonConverter(typeof(JsonStringEnumConverter<ConditionKind>))]
    public ConditionKind Kind { get; set; }
    [JsonConverter(typeof(JsonStringEnumConverter<ConditionOperator>))]
    public ConditionOperator? Operator { get; set; }
    public string? Field { get; set; }
    public List<string> Values { get; set; } = [];
    public decimal? Threshold { get; set; }
    public int YearOffset { get; set; }
    public string? Label { get; set; }

    public static ConditionInput From(PolicyCondition c) => new()
    {
        Kind = c.Kind, Operator = c.Operator, Field = c.Field, Values = [.. ConditionValues.Split(c.Values)], Threshold = c.Threshold,
        YearOffset = c.YearOffset, Label = c.Label,
    };
}
