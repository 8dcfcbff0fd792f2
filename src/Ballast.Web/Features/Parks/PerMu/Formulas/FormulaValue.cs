namespace Ballast.Web.Features.Parks;

/// <summary>A formula's value for a firm, or why there is none: the figures not reported, or a division by zero.</summary>
public sealed record FormulaValue(decimal? Value, IReadOnlyList<string> Missing, bool DivisionByZero)
{
    public bool HasValue => Value is not null;
}
