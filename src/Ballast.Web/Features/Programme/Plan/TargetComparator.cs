namespace Ballast.Web.Features.Programme;

/// <summary>How the actual value is held against the target.</summary>
public enum TargetComparator
{
    AtLeast,
    About,
    Reach,
}
