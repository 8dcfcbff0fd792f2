namespace Ballast.Web.Features.Parks;

/// <summary>A parsed per-mu formula (e.g. "TaxPaid / LandMu"), evaluated over a firm's figures. A figure not
/// reported or a division by zero gives no value, never zero.</summary>
public sealed class Formula(string text, IReadOnlyList<FormulaStep> steps)
{
    public string Text { get; } = text;
    public IReadOnlyList<FormulaStep> Steps { get; } = steps;

    /// <summary>The figures named, in order of first use.</summary>
    public IReadOnlyList<string> Figures => [.. Steps.Where(s => s.Op == FormulaStep.Read).Select(s => s.Figure!).Distinct()];

    public FormulaValue Evaluate(IReadOnlyDictionary<string, decimal?> figures)
    {
        var missing = Figures.Where(f => figures.GetValueOrDefault(f) is null).ToList();
        if (missing.Count > 0)
        {
            return new FormulaValue(null, missing, false);
        }
        var stack = new Stack<decimal>();
        try
        {
            foreach (var s in Steps)
            {
                if (s.Op is FormulaStep.Push or FormulaStep.Read)
                {
                    stack.Push(s.Op == FormulaStep.Push ? s.Number : figures[s.Figure!]!.Value);
                    continue;
                }
                var right = stack.Pop();
                var left = stack.Pop();
                if (s.Op == '/' && right == 0)
                {
                    return new FormulaValue(null, [], true);
                }
                stack.Push(s.Op switch { '+' => left + right, '-' => left - right, '*' => left * right, _ => left / right });
            }
        }
        catch (OverflowException)
        {
            return new FormulaValue(null, [], true);
        }
        return new FormulaValue(stack.Pop(), [], false);
    }
}
