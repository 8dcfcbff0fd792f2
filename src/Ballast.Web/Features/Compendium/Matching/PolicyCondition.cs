namespace Ballast.Web.Features.Compendium;

/// <summary>One eligibility condition of a policy, as data evaluated on the registry's records (never on
/// free text). A firm is eligible when it meets every condition of the policy.</summary>
public sealed class PolicyCondition
{
    public int Id { get; set; }
    public int PolicyId { get; set; }
    public ConditionKind Kind { get; set; }
    /// <summary>For <see cref="ConditionKind.Figure"/>: the yearly figure (Revenue, Output, TaxPaid,
    /// RdSpending, Employees, ValueAdded, TotalAssets).</summary>
    public string? Field { get; set; }
    public ConditionOperator Operator { get; set; }
    /// <summary>For list conditions: codes separated by ",": region codes, industry divisions, chain codes,
    /// size classes, designation kind codes, park unit ids.</summary>
    public string? Values { get; set; }
    /// <summary>For a figure: the threshold, in the figure's unit (万元, people).</summary>
    public decimal? Threshold { get; set; }
    /// <summary>Which year's figures, relative to the year of evaluation: -1 is the year before.</summary>
    public int YearOffset { get; set; }
    /// <summary>How the policy words it (e.g. 上年度营业收入不低于2000万元), shown beside the reason.</summary>
    public string? Label { get; set; }
    public int SortOrder { get; set; }
}
