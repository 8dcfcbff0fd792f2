namespace Ballast.Web.Features.Parks;

/// <summary>One step of a formula in postfix order: push a number, push a figure, or apply an operator (+ − × ÷).</summary>
public readonly record struct FormulaStep(char Op, decimal Number = 0, string? Figure = null)
{
    public const char Push = 'n';
    public const char Read = 'f';
}
