using Ballast.Web.Features.Parks;

namespace Ballast.Tests.Parks.WatchList;

/// <summary>Consecutive D grades: two years in a row qualify, a gap or another grade breaks the streak.</summary>
public sealed class WatchRulesTests
{
    private static (int, PerMuGrade?)[] Grades(params (int Year, PerMuGrade? Grade)[] g) => g;

    [Fact]
    public void Two_consecutive_d_years_qualify_at_the_second() =>
        Assert.Equal((2023, 2), WatchRules.LatestDStreak(Grades((2022, PerMuGrade.D), (2023, PerMuGrade.D))));

    [Fact]
    public void Non_consecutive_d_years_do_not_qualify()
    {
        Assert.Null(WatchRules.LatestDStreak(Grades((2021, PerMuGrade.D), (2023, PerMuGrade.D))));
        Assert.Null(WatchRules.LatestDStreak(Grades((2021, PerMuGrade.D), (2022, PerMuGrade.C), (2023, PerMuGrade.D))));
        Assert.Null(WatchRules.LatestDStreak(Grades((2022, PerMuGrade.D), (2023, null))));
    }

    [Fact]
    public void The_latest_streak_counts_with_its_length()
    {
        Assert.Equal((2024, 3), WatchRules.LatestDStreak(Grades((2024, PerMuGrade.D), (2022, PerMuGrade.D), (2023, PerMuGrade.D), (2020, PerMuGrade.D))));
        Assert.Equal((2021, 2), WatchRules.LatestDStreak(Grades((2020, PerMuGrade.D), (2021, PerMuGrade.D), (2023, PerMuGrade.D))));
    }
}
