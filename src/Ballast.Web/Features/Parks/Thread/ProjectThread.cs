using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Parks;

/// <summary>A project's whole thread, from its first lead to its firm's per-mu grades: what exists of each step.</summary>
public sealed record ProjectThread(
    Project Project,
    string? OwnerName,
    IReadOnlyList<ProjectStageChange> Stages,
    IReadOnlyList<ThreadTarget> Targets,
    IReadOnlyList<int> LandingYears,
    IReadOnlyList<ThreadKeyYear> KeyYears,
    ThreadFirm? Firm,
    ThreadPark? Park,
    CommitmentLoader.Judged? Commitment,
    AdmissionEvaluation? Admission,
    IReadOnlyList<PublishedGrades.Graded> Grades);

/// <summary>The to-attract target (招引清单) the project was converted from.</summary>
public sealed record ThreadTarget(int Id, int Year, string Name);

/// <summary>A year on the key-project list: its plan and what the monthly dispatch reported (null: nothing reported).</summary>
public sealed record ThreadKeyYear(int Year, decimal? PlanWan, decimal? CompletedWan, int Months);

public sealed record ThreadFirm(int Id, string Name, decimal? LandAreaMu, string? ParcelCode, bool IsStandardLand);

public sealed record ThreadPark(int? ParkId, int UnitId, string Name);
