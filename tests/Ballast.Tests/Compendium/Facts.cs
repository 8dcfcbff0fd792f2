using Ballast.Web.Features.Compendium;
using Ballast.Web.Features.Enterprises;

namespace Ballast.Tests.Compendium;

/// <summary>Firms and conditions for the evaluator's tests, written by hand.</summary>
internal static class Facts
{
    public static readonly DateOnly Day = new(2023, 6, 30);

    public static FirmFacts Firm(string region = "370211", string? division = "39", string? chain = "chain-01", bool above = true, bool listed = false,
        FirmYearFacts[]? years = null, HeldDesignation[]? designations = null, ParkStay[]? parks = null) =>
        new(1, "青岛甲科技有限公司", "91370200MA3C5XXX0X")
        {
            DistrictUnitId = 10, DistrictName = "黄岛区", RegionCode = region, DivisionCode = division, ChainCode = chain, ChainName = chain,
            IsAboveScale = above, IsListed = listed, Years = (years ?? []).ToDictionary(y => y.Year),
            Designations = designations ?? [], Parks = parks ?? [],
        };

    public static FirmYearFacts Year(int year, decimal? revenue = null, int? employees = null, SizeClass? size = null, decimal? tax = null) =>
        new(year, size, revenue, null, tax, null, employees, null, null);

    public static PolicyCondition List(ConditionKind kind, string values, ConditionOperator op = ConditionOperator.In, int offset = 0) =>
        new() { Kind = kind, Operator = op, Values = values, YearOffset = offset };

    public static PolicyCondition Figure(string field, ConditionOperator op, decimal threshold, int offset = -1) =>
        new() { Kind = ConditionKind.Figure, Field = field, Operator = op, Threshold = threshold, YearOffset = offset };

    public static ConditionReason Judge(FirmFacts firm, PolicyCondition c) => Eligibility.Judge(firm, c, 2023, Day);
}
