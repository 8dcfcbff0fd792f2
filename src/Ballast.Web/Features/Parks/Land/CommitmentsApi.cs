using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Parks;

public static class CommitmentsApi
{
    public sealed record CommitmentDto(int ProjectId, string ProjectName, int? EnterpriseId, CommitmentInput Promised, decimal? LandAreaMu,
        CheckState State, IReadOnlyList<CommitmentCheck> Checks);

    public static RouteGroupBuilder MapCommitmentsApi(this RouteGroupBuilder parks)
    {
        var group = parks.MapGroup("/commitments").WithTags("Parks: land");
        group.MapGet("/", ListAsync).WithSummary("Standard-land commitments in the caller's scope with what was reached; ?breachedOnly=true for the breaches.");
        group.MapGet("/{projectId:int}", GetAsync).WithSummary("A project's commitment, each promise judged (met, breached, missing, not due).");
        group.MapPut("/{projectId:int}", SaveAsync)
            .WithSummary("Set a standard-land project's commitment (万元/亩, dates); send the version you read.")
            .RequireAuthorization(Policies.BusinessWrite);
        return parks;
    }

    private static CommitmentDto Dto(CommitmentLoader.Judged j) => new(j.Project.Id, j.Project.Name, j.FirmId, CommitmentInput.From(j.Commitment),
        j.Project.LandAreaMu, j.State, j.Checks);

    private static async Task<IResult> ListAsync(AppDbContext db, bool breachedOnly = false) =>
        TypedResults.Ok((await CommitmentLoader.JudgeAsync(db, db.LandCommitments))
            .Where(j => !breachedOnly || j.State == CheckState.Breached).Select(Dto).ToList());

    private static async Task<IResult> GetAsync(int projectId, AppDbContext db)
    {
        var judged = (await CommitmentLoader.JudgeAsync(db, db.LandCommitments.Where(c => c.ProjectId == projectId))).SingleOrDefault();
        return judged is null ? TypedResults.NotFound() : TypedResults.Ok(Dto(judged));
    }

    private static async Task<IResult> SaveAsync(int projectId, CommitmentInput input, CommitmentSave save, AppDbContext db, Texts t)
    {
        var result = await save.SaveAsync(projectId, input);
        if (result.Outcome != SaveOutcome.Saved)
        {
            return ApiAnswers.Failure(result, t);
        }
        return await GetAsync(projectId, db);
    }
}
