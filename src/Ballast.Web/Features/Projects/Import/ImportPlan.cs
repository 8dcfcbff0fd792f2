using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;

namespace Ballast.Web.Features.Projects.Import;

/// <summary>One row's verdict and, for a good row that changes something, its write (answering null, or why
/// the save refused it).</summary>
public sealed record ImportPlan(ImportRow Row, Func<Task<string?>>? Write)
{
    public const string AllOrNothingRefusal = "有不能导入的行：按“全部导入或全不导入”，未导入任何行";

    /// <summary>Commits the planned rows in one transaction: the good ones, or with <paramref name="allOrNothing"/>
    /// none when one is bad. What the result reports as committed is committed; else nothing is.</summary>
    internal static async Task<ImportResult> CommitAsync(AppDbContext db, UserScope scope, (string Kind, string Hash, string FileName) batch,
        IReadOnlyList<string> sheetErrors, IReadOnlyList<ImportPlan> plans, bool allOrNothing)
    {
        if (sheetErrors.Count > 0)
        {
            return ImportCommit.Refused([], sheetErrors);
        }
        var rejected = plans.Where(p => p.Row.Action == RowAction.Reject).Select(p => p.Row).ToList();
        if (allOrNothing && rejected.Count > 0)
        {
            return ImportCommit.Refused(rejected, [], AllOrNothingRefusal);
        }
        var good = plans.Where(p => p.Row.Action != RowAction.Reject).ToList();
        var committed = await ImportCommit.RunAsync(db, scope, batch.Kind, batch.Hash, batch.FileName, async () =>
        {
            foreach (var plan in good.Where(p => p.Write is not null))
            {
                if (await plan.Write!() is { } problem)
                {
                    // A row the plan passed yet the save refused (someone changed the records meanwhile): keep nothing.
                    rejected.Add(plan.Row with { Action = RowAction.Reject, Problems = [problem] });
                    return null;
                }
            }
            return good.Count > 0 ? good.Count : null;
        });
        return committed
            ? new ImportResult(true, good.Count(p => p.Row.Action == RowAction.Create), good.Count(p => p.Row.Action == RowAction.Update), rejected, [], null)
            : ImportCommit.Refused(rejected, sheetErrors);
    }
}
