using Ballast.Web.Features.Compendium;
using Ballast.Web.Features.Enterprises;

namespace Ballast.Tests.Compendium;

/// <summary>Generated firms and conditions (seeded) judged by the evaluator and by a plain re-statement of the rules written here.</summary>
public sealed class EligibilityVariantTests
{
    private static readonly string[] Regions = ["370202", "370211", "370212", "370281"];
    private static readonly string[] Divisions = ["26", "34", "39", "65"];
    private static readonly string[] Chains = ["chain-01", "chain-02", "chain-03"];
    private static readonly string[] Kinds = ["little-giant", "high-tech", "gazelle"];
    private static readonly string[] Fields = ["Revenue", "TaxPaid", "Employees"];
    private static readonly DateOnly Day = new(2023, 6, 30);

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 12)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_evaluator_agrees_with_a_plain_statement_of_the_rules(int seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < 300; n++)
        {
            var firm = RandomFirm(random);
            var conditions = Enumerable.Range(0, random.Next(1, 5)).Select(i => RandomCondition(random, i)).ToList();
            var verdict = Eligibility.Evaluate(firm, conditions, 2023, Day);
            var expected = conditions.Select(c => Expected(firm, c)).ToList();
            Assert.Equal(expected, verdict.Reasons.Select(r => r.Outcome).ToList());
            var overall = expected.Contains(ConditionOutcome.Missed) ? Verdict.NotEligible
                : expected.Contains(ConditionOutcome.Unknown) ? Verdict.NeedsChecking : Verdict.Eligible;
            Assert.Equal(overall, verdict.Verdict);
        }
    }

    private static T Pick<T>(Random r, T[] items) => items[r.Next(items.Length)];

    private static string Some(Random r, string[] items) => string.Join(',', items.Where(_ => r.Next(2) == 0).DefaultIfEmpty(Pick(r, items)));

    private static FirmFacts RandomFirm(Random r)
    {
        var years = Enumerable.Range(2020, 4).Where(_ => r.Next(4) > 0).Select(y => new FirmYearFacts(y,
            r.Next(5) == 0 ? null : (SizeClass)r.Next(4), r.Next(4) == 0 ? null : r.Next(0, 5) * 1000m, null, r.Next(3) == 0 ? null : r.Next(0, 300),
            null, r.Next(3) == 0 ? null : r.Next(0, 400), null, null)).ToDictionary(y => y.Year);
        return new FirmFacts(1, "企业", null)
        {
            RegionCode = r.Next(8) == 0 ? null : Pick(r, Regions), DivisionCode = r.Next(6) == 0 ? null : Pick(r, Divisions),
            ChainCode = r.Next(4) == 0 ? null : Pick(r, Chains), IsAboveScale = r.Next(2) == 0, IsListed = r.Next(5) == 0, Years = years,
            Designations = [.. Enumerable.Range(0, r.Next(3)).Select(_ => new HeldDesignation(Pick(r, Kinds), "认定", r.Next(2019, 2025),
                r.Next(3) == 0 ? null : Day.AddDays(r.Next(-3, 4))))],
            Parks = [.. Enumerable.Range(0, r.Next(3)).Select(_ => new ParkStay(r.Next(1, 4), "园区", Day.AddDays(r.Next(-2, 3)),
                r.Next(2) == 0 ? null : Day.AddDays(r.Next(-1, 4))))],
        };
    }

    private static PolicyCondition RandomCondition(Random r, int i)
    {
        var kind = (ConditionKind)r.Next(Enum.GetValues<ConditionKind>().Length);
        var op = kind switch
        {
            ConditionKind.Figure => r.Next(2) == 0 ? ConditionOperator.AtLeast : ConditionOperator.AtMost,
            ConditionKind.AboveScale or ConditionKind.Listed => ConditionOperator.IsTrue,
            _ => r.Next(3) == 0 ? ConditionOperator.NotIn : ConditionOperator.In,
        };
        var values = kind switch
        {
            ConditionKind.Region => Some(r, Regions),
            ConditionKind.Industry => Some(r, Divisions),
            ConditionKind.Chain => Some(r, Chains),
            ConditionKind.SizeClass => Some(r, Enum.GetNames<SizeClass>()),
            ConditionKind.Designation => Some(r, Kinds),
            ConditionKind.Park => Some(r, ["1", "2", "3"]),
            _ => null,
        };
        return new PolicyCondition
        {
            Id = i + 1, SortOrder = i, Kind = kind, Operator = op, Values = values, Field = Pick(r, Fields),
            Threshold = r.Next(0, 5) * 1000m / (r.Next(2) + 1), YearOffset = -r.Next(0, 4),
        };
    }

    /// <summary>The rules as the policy office states them, without the evaluator's code.</summary>
    private static ConditionOutcome Expected(FirmFacts f, PolicyCondition c)
    {
        var listed = (c.Values ?? "").Split(',');
        var year = 2023 + c.YearOffset;
        f.Years.TryGetValue(year, out var y);
        bool? inList = c.Kind switch
        {
            ConditionKind.Region => f.RegionCode is null ? null : listed.Contains(f.RegionCode),
            ConditionKind.Industry => f.DivisionCode is null ? null : listed.Contains(f.DivisionCode),
            ConditionKind.Chain => f.ChainCode is not null && listed.Contains(f.ChainCode),
            ConditionKind.SizeClass => y?.SizeClass is { } s ? listed.Contains(s.ToString()) : null,
            ConditionKind.Designation => f.Designations.Any(d => listed.Contains(d.KindCode) && d.Year <= 2023 && (d.ExpiresOn == null || d.ExpiresOn >= Day)),
            ConditionKind.Park => f.Parks.Any(p => listed.Contains(p.ParkUnitId.ToString(System.Globalization.CultureInfo.InvariantCulture))
                && p.EnteredOn <= Day && (p.LeftOn == null || p.LeftOn > Day)),
            _ => false,
        };
        if (c.Kind == ConditionKind.AboveScale)
        {
            return f.IsAboveScale ? ConditionOutcome.Met : ConditionOutcome.Missed;
        }
        if (c.Kind == ConditionKind.Listed)
        {
            return f.IsListed ? ConditionOutcome.Met : ConditionOutcome.Missed;
        }
        if (c.Kind == ConditionKind.Figure)
        {
            decimal? value = y is null ? null : c.Field switch { "Revenue" => y.Revenue, "TaxPaid" => y.TaxPaid, _ => y.Employees };
            if (value is null)
            {
                return ConditionOutcome.Unknown;
            }
            var ok = c.Operator == ConditionOperator.AtLeast ? value >= c.Threshold : value <= c.Threshold;
            return ok ? ConditionOutcome.Met : ConditionOutcome.Missed;
        }
        if (inList is null)
        {
            return ConditionOutcome.Unknown;
        }
        return inList == (c.Operator == ConditionOperator.In) ? ConditionOutcome.Met : ConditionOutcome.Missed;
    }
}
