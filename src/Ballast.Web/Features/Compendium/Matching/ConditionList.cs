namespace Ballast.Web.Features.Compendium;

/// <summary>A policy's whole list of conditions, in order, with the policy's version as read: saved at once, so that
/// adding, changing, moving and removing are one save path.</summary>
public sealed class ConditionList
{
    public int Version { get; set; }
    public List<ConditionInput> Conditions { get; set; } = [];
}
