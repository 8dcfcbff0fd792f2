using Ballast.Web.Common.Localization;

namespace Ballast.Web.Features.Compendium;

/// <summary>One condition's result for one firm, with the facts that decided it. <see cref="Template"/> is a localisation
/// key with placeholders; <see cref="Args"/> are figures or names, each translated when it has an entry.</summary>
public sealed record ConditionReason(int ConditionId, ConditionKind Kind, ConditionOutcome Outcome, string? Label, string Template, IReadOnlyList<string> Args)
{
    public string Text(Texts t) => t[Template, [.. Args.Select(a => (object)t[a].Value)]].Value;

    /// <summary>The reason in Chinese, for logs and tests.</summary>
    public string Chinese => string.Format(System.Globalization.CultureInfo.InvariantCulture, Template, [.. Args]);
}
