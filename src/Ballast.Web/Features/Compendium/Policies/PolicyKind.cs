namespace Ballast.Web.Features.Compendium;

/// <summary>普惠 (open to every firm that meets the terms) or 精准 (aimed at named chains or firms).</summary>
public enum PolicyKind
{
    General,
    Targeted,
}
