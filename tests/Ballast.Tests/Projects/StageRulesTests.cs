using Ballast.Web.Features.Projects;

namespace Ballast.Tests.Projects;

/// <summary>How a project moves through its life: forward moves may skip stages and date the
/// skipped ones, the first signing date is kept for good, nothing slides back along the path,
/// and no date lies in the future or before the last change. A refused move changes nothing.</summary>
public sealed class StageRulesTests
{
    private static readonly DateOnly Today = new(2023, 7, 10);
    private static readonly DateTimeOffset Now = new(2023, 7, 10, 1, 0, 0, TimeSpan.Zero);

    private static Project NewProject() => new() { Name = "阶段规则测试项目", OwnerUnitId = 1 };

    private static void Move(Project p, ProjectStage to, DateOnly on) =>
        Assert.Null(StageRules.Move(p, to, on, Today, "tester", Now));

    /// <summary>What a refused move must leave untouched.</summary>
    private static string Snapshot(Project p) =>
        $"{p.Stage}|{p.SignedOn}|{p.RegisteredOn}|{p.StartedOn}|{p.OperatingOn}|{p.StageChanges.Count}";

    [Fact]
    public void A_lead_started_at_once_dates_signing_registration_and_start()
    {
        var p = NewProject();
        var on = new DateOnly(2023, 3, 1);

        Assert.Null(StageRules.Move(p, ProjectStage.Started, on, Today, "区市人员", Now, "当日签约注册开工"));

        Assert.Equal(ProjectStage.Started, p.Stage);
        Assert.Equal(on, p.SignedOn);
        Assert.Equal(on, p.RegisteredOn);
        Assert.Equal(on, p.StartedOn);
        Assert.Null(p.OperatingOn);
        var change = Assert.Single(p.StageChanges);
        Assert.Equal(ProjectStage.Lead, change.FromStage);
        Assert.Equal(ProjectStage.Started, change.ToStage);
        Assert.Equal(on, change.On);
        Assert.Equal("区市人员", change.RecordedBy);
        Assert.Equal(Now, change.RecordedAt);
        Assert.Equal("当日签约注册开工", change.Note);
    }

    [Fact]
    public void A_skip_dates_only_the_stages_not_dated_yet()
    {
        var p = NewProject();
        Move(p, ProjectStage.Negotiating, new DateOnly(2022, 11, 1));
        Move(p, ProjectStage.Signed, new DateOnly(2023, 1, 10));
        Move(p, ProjectStage.Registered, new DateOnly(2023, 2, 1));
        Move(p, ProjectStage.Operating, new DateOnly(2023, 5, 1));

        Assert.Equal(new DateOnly(2023, 1, 10), p.SignedOn);
        Assert.Equal(new DateOnly(2023, 2, 1), p.RegisteredOn);
        Assert.Equal(new DateOnly(2023, 5, 1), p.StartedOn);   // skipped: dated with the move
        Assert.Equal(new DateOnly(2023, 5, 1), p.OperatingOn);
        Assert.Equal(4, p.StageChanges.Count);
        Assert.Equal(
            [ProjectStage.Negotiating, ProjectStage.Signed, ProjectStage.Registered, ProjectStage.Operating],
            p.StageChanges.Select(c => c.ToStage).ToArray());
    }

    [Fact]
    public void The_first_signing_date_survives_pause_resume_and_re_signing()
    {
        var p = NewProject();
        Move(p, ProjectStage.Signed, new DateOnly(2022, 5, 1));
        Move(p, ProjectStage.Paused, new DateOnly(2022, 9, 1));
        Move(p, ProjectStage.Signed, new DateOnly(2023, 3, 1));

        Assert.Equal(ProjectStage.Signed, p.Stage);
        Assert.Equal(new DateOnly(2022, 5, 1), p.SignedOn);
        Assert.Equal(3, p.StageChanges.Count);
        Assert.Equal(ProjectStage.Paused, p.StageChanges[^1].FromStage);
    }

    [Fact]
    public void The_first_signing_date_survives_dropping_and_signing_again()
    {
        var p = NewProject();
        Move(p, ProjectStage.Signed, new DateOnly(2021, 6, 1));
        Move(p, ProjectStage.Dropped, new DateOnly(2022, 1, 1));
        Move(p, ProjectStage.Started, new DateOnly(2023, 4, 1));

        Assert.Equal(new DateOnly(2021, 6, 1), p.SignedOn);
        Assert.Equal(new DateOnly(2023, 4, 1), p.RegisteredOn);
        Assert.Equal(new DateOnly(2023, 4, 1), p.StartedOn);
    }

    [Fact]
    public void A_project_can_pause_from_any_stage()
    {
        var p = NewProject();
        Move(p, ProjectStage.Started, new DateOnly(2023, 1, 5));
        Move(p, ProjectStage.Paused, new DateOnly(2023, 2, 5));
        Assert.Equal(ProjectStage.Paused, p.Stage);
        Assert.Equal(new DateOnly(2023, 1, 5), p.StartedOn);
    }

    [Theory]
    [InlineData(ProjectStage.Signed, ProjectStage.Negotiating)]
    [InlineData(ProjectStage.Started, ProjectStage.Signed)]
    [InlineData(ProjectStage.Registered, ProjectStage.Lead)]
    [InlineData(ProjectStage.Operating, ProjectStage.Started)]
    public void A_project_never_slides_back_along_the_path(ProjectStage reached, ProjectStage back)
    {
        var p = NewProject();
        Move(p, reached, new DateOnly(2023, 3, 1));
        var before = Snapshot(p);

        var problem = StageRules.Move(p, back, new DateOnly(2023, 4, 1), Today, "tester", Now);

        Assert.NotNull(problem);
        Assert.Contains("不能倒退", problem, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(p));
        Assert.Equal(reached, p.Stage);
    }

    [Fact]
    public void No_stage_date_in_the_future()
    {
        var p = NewProject();
        var before = Snapshot(p);

        var problem = StageRules.Move(p, ProjectStage.Signed, Today.AddDays(1), Today, "tester", Now);

        Assert.Equal("阶段日期不能晚于今天", problem);
        Assert.Equal(before, Snapshot(p));
        Assert.Null(p.SignedOn);

        // Today itself is fine.
        Move(p, ProjectStage.Signed, Today);
        Assert.Equal(Today, p.SignedOn);
    }

    [Fact]
    public void No_stage_date_before_the_last_change()
    {
        var p = NewProject();
        Move(p, ProjectStage.Signed, new DateOnly(2023, 5, 1));
        var before = Snapshot(p);

        var problem = StageRules.Move(p, ProjectStage.Registered, new DateOnly(2023, 4, 30), Today, "tester", Now);

        Assert.NotNull(problem);
        Assert.Contains("不能早于上一次变更", problem, StringComparison.Ordinal);
        Assert.Contains("2023-05-01", problem, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(p));
        Assert.Null(p.RegisteredOn);

        // The same day as the last change is fine.
        Move(p, ProjectStage.Registered, new DateOnly(2023, 5, 1));
        Assert.Equal(new DateOnly(2023, 5, 1), p.RegisteredOn);
    }

    [Fact]
    public void Resuming_after_a_pause_cannot_predate_the_pause()
    {
        var p = NewProject();
        Move(p, ProjectStage.Signed, new DateOnly(2022, 5, 1));
        Move(p, ProjectStage.Paused, new DateOnly(2022, 9, 1));

        Assert.NotNull(StageRules.Move(p, ProjectStage.Started, new DateOnly(2022, 8, 1), Today, "tester", Now));
        Assert.Equal(ProjectStage.Paused, p.Stage);
        Assert.Null(p.StartedOn);
    }

    [Fact]
    public void Moving_to_the_current_stage_is_refused()
    {
        var p = NewProject();
        Move(p, ProjectStage.Signed, new DateOnly(2023, 5, 1));

        Assert.Equal("项目已处于该阶段", StageRules.Move(p, ProjectStage.Signed, new DateOnly(2023, 6, 1), Today, "tester", Now));
        Assert.Single(p.StageChanges);
    }
}
