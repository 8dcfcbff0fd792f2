namespace Ballast.Web.Features.Compendium;

/// <summary>The codes a condition may name, as the registry holds them; the rules check every listed code against them.</summary>
public sealed record ConditionCatalog(IReadOnlySet<string> Regions, IReadOnlySet<string> Divisions, IReadOnlySet<string> Chains,
    IReadOnlySet<string> DesignationKinds, IReadOnlySet<string> ParkUnits)
{
    public static readonly IReadOnlySet<string> SizeClasses = Enum.GetNames<Enterprises.SizeClass>().ToHashSet(StringComparer.Ordinal);

    public IReadOnlySet<string>? For(ConditionKind kind) => kind switch
    {
        ConditionKind.Region => Regions,
        ConditionKind.Industry => Divisions,
        ConditionKind.Chain => Chains,
        ConditionKind.SizeClass => SizeClasses,
        ConditionKind.Designation => DesignationKinds,
        ConditionKind.Park => ParkUnits,
        _ => null,
    };
}
