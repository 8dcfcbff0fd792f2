using Ballast.Web.Features.Enterprises;

namespace Ballast.Web.Data;

/// <summary>The demo's designations and yearly figures.</summary>
public sealed partial class DemoEnterprises
{
    /// <summary>How many of each kind each year: 两业融合试点 35 in all against a target of 50, 服务型制造示范 6 new in 2023
    /// against 10 or more, 生产性服务业领军企业 14 new in 2023 against about 20.</summary>
    private static readonly (string Kind, bool Manufacturing, (int Year, int Count)[] Years)[] Plan =
    [
        ("little-giant", true, [(2019, 8), (2020, 14), (2021, 22), (2022, 28), (2023, 31)]),
        ("srdi-provincial", true, [(2021, 120), (2022, 160), (2023, 210)]),
        ("innovative-sme", true, [(2022, 220), (2023, 280)]),
        ("single-champion", true, [(2019, 2), (2020, 3), (2021, 3), (2022, 4), (2023, 3)]),
        ("high-tech", false, [(2021, 150), (2022, 180), (2023, 200)]),
        ("gazelle", false, [(2022, 30), (2023, 36)]),
        ("unicorn", false, [(2022, 2), (2023, 3)]),
        ("new-economy", false, [(2023, 20)]),
        ("integration-pilot", true, [(2020, 8), (2021, 9), (2022, 10), (2023, 8)]),
        ("service-manufacturing", true, [(2021, 5), (2022, 7), (2023, 6)]),
        ("producer-service-leader", false, [(2022, 12), (2023, 14)]),
    ];

    private async Task DesignateAsync(List<DemoFirm> firms)
    {
        var inputs = new List<DesignationInput>();
        foreach (var (kind, manufacturing, years) in Plan)
        {
            // Each firm holds a kind once: the pool is shuffled once per kind and dealt out year by year.
            var pool = firms.Where(f => f.Manufacturer == manufacturing || (!manufacturing && kind != "producer-service-leader"))
                .Where(f => kind != "producer-service-leader" || !f.Manufacturer)
                .OrderByDescending(f => f.Revenue).Take(Math.Max(years.Sum(y => y.Count) * 2, 400)).OrderBy(_ => _rng.Next()).ToList();
            var next = 0;
            foreach (var (year, count) in years)
            {
                foreach (var f in pool.Skip(next).Take(count))
                {
                    inputs.Add(new DesignationInput
                    {
                        KindCode = kind, EnterpriseId = f.Id, Year = year, SourceDocument = $"（演示）{year}年第{1 + _rng.Next(3)}批认定名单",
                    });
                }
                next += count;
            }
        }
        await sp.GetRequiredService<DesignationBatch>().AddDesignationsAsync(inputs, isDemo: true);
    }

    /// <summary>2021–2023 for nine firms in ten; about one year in eight left unreported.</summary>
    private async Task FiguresAsync(List<DemoFirm> firms)
    {
        var rows = new List<(int, EnterpriseYearInput)>();
        foreach (var f in firms.Where(_ => _rng.Next(10) > 0))
        {
            var employees = (int)Math.Clamp(Math.Exp(1.5 + (_rng.NextDouble() * 5)), 3, 20_000);
            var revenue = employees * (decimal)(10 + (_rng.NextDouble() * 60));
            for (var year = 2021; year <= 2023; year++)
            {
                if (_rng.Next(8) > 0)
                {
                    rows.Add((f.Id, Figures(f, year, employees, revenue)));
                }
                revenue *= (decimal)(0.95 + (_rng.NextDouble() * 0.27));
                employees = Math.Max(1, (int)(employees * (0.97 + (_rng.NextDouble() * 0.12))));
            }
        }
        var save = sp.GetRequiredService<EnterpriseYearSave>();
        var batch = sp.GetRequiredService<DesignationBatch>();
        foreach (var chunk in rows.Chunk(2_000))
        {
            await batch.AddYearsAsync(chunk, save);
            sp.GetRequiredService<AppDbContext>().ChangeTracker.Clear();
        }
    }

    private EnterpriseYearInput Figures(DemoFirm f, int year, int employees, decimal revenue)
    {
        var output = f.Manufacturer ? Round(revenue * (decimal)(0.95 + (_rng.NextDouble() * 0.12))) : (decimal?)null;
        return new EnterpriseYearInput
        {
            Year = year, Employees = employees, Revenue = Round(revenue), Output = output,
            ValueAdded = output is { } o ? Round(o * (decimal)(0.18 + (_rng.NextDouble() * 0.12))) : null,
            TaxPaid = Round(revenue * (decimal)(0.02 + (_rng.NextDouble() * 0.05))),
            RdSpending = Round(revenue * (decimal)(0.005 + (_rng.NextDouble() * 0.05))),
            TotalAssets = Round(revenue * (decimal)(0.7 + (_rng.NextDouble() * 0.9))),
            EnergyTce = f.Manufacturer ? Round(revenue * (decimal)(0.01 + (_rng.NextDouble() * 0.08))) : null,
            LandMu = f.Manufacturer ? Round(5 + (decimal)(_rng.NextDouble() * 150)) : null,
            FloorAreaM2 = f.Manufacturer ? null : Round(200 + (decimal)(_rng.NextDouble() * 8000)),
            Source = "统计局年报（演示）",
        };
    }

    private static decimal Round(decimal v) => Math.Round(v, 1);
}
