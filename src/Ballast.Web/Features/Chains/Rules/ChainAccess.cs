using Ballast.Web.Features.Organisation;

namespace Ballast.Web.Features.Chains;

/// <summary>Who may change a chain (its map, statuses, target firms, chiefs, masters, task force, yearly targets and
/// entered figures): the units of its task force, and whoever writes for the whole city (the programme office).
/// Everyone who reads the programme reads every chain.</summary>
public static class ChainAccess
{
    public static bool CanEdit(UserScope scope, IEnumerable<int> taskForceUnitIds) =>
        scope.WritesBusiness && (scope.WritesAll || taskForceUnitIds.Any(scope.UnitIds.Contains));
}
