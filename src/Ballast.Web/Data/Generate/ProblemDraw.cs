using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Features.Projects;

namespace Ballast.Web.Data.Generate;

/// <summary>A problem raised on a key project during the year, as the problem page takes it (its input
/// rules checked), and where its supervision stands: about half resolved, the rest answered, escalated
/// or still open, some past their due date.</summary>
internal sealed class ProblemDraw(Texts t, Draws draw, GeneratorReference r)
{
    public Problem Draw(Project project, int year)
    {
        var periods = r.Periods[year];
        var raised = draw.Date(new DateOnly(year, 2, 1), Min(new DateOnly(year, periods[^1].Month, 28), r.Today));
        var input = new ProblemInput
        {
            Title = draw.Pick(Words.Problems), Detail = "需协调解决", AssignedUnitId = draw.Pick(r.Departments).Id,
            DueOn = raised.AddDays(draw.Pick(DueDays)),
        };
        ProjectBuilder.Refuse(project.Name, InputRules.Validate(input, t).Select(e => $"{e.Field}: {e.Message}"));
        var state = draw.Uniform(0, 1) switch
        {
            < 0.48 => ProblemState.Resolved,
            < 0.62 => ProblemState.Answered,
            < 0.7 => ProblemState.Escalated,
            _ => ProblemState.Open,
        };
        return new Problem
        {
            Project = project, OwnerUnitId = project.OwnerUnitId, Title = input.Title, Detail = input.Detail, AssignedUnitId = input.AssignedUnitId,
            RaisedOn = raised, DueOn = input.DueOn!.Value, State = state, RaisedBy = ProjectBuilder.By,
            Answer = state is ProblemState.Answered or ProblemState.Resolved ? "已协调，正在办理" : null,
            ResolvedOn = state == ProblemState.Resolved ? Min(raised.AddDays(draw.Between(5, 60)), r.Today) : null,
        };
    }

    private static readonly int[] DueDays = [20, 45, 90];

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
