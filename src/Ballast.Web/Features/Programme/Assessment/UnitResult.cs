
namespace Ballast.Web.Features.Programme;

public sealed record UnitResult(UnitInput Unit, decimal Base, string BaseFormula, decimal Adjustments, int OverdueSupervision,
    decimal SupervisionDeduction, decimal Total, string TotalFormula, int Rank);
