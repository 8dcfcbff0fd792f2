using Ballast.Web.Common;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Chains;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Services;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Parks;
using Ballast.Web.Features.Compendium;
using Ballast.Web.Features.Promotion;
using Ballast.Web.Features.Programme;
using Ballast.Web.Features.Projects;
using Ballast.Web.Features.Projects.Import;
using Ballast.Web.Features.Reference;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Features.Lists;

namespace Ballast.Web.Data;

/// <summary>The one DbContext. Provider subtypes (<see cref="SqliteAppDbContext"/>,
/// <see cref="PostgresAppDbContext"/>) exist only to keep a migrations folder each.
/// Data scope and the audit trail live here so that no page, endpoint or import can skip them.</summary>
public abstract class AppDbContext(DbContextOptions options, UserScope scope, TimeProvider time)
    : IdentityDbContext<AppUser, AppRole, int>(options), IDataProtectionKeyContext
{
    private readonly List<AuditCapture.Pending> _events = [];

    public UserScope Scope { get; } = scope;
    public TimeProvider Time { get; } = time;

    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<IndustrySection> IndustrySections => Set<IndustrySection>();
    public DbSet<IndustryDivision> IndustryDivisions => Set<IndustryDivision>();
    public DbSet<EmergingArea> EmergingAreas => Set<EmergingArea>();
    public DbSet<IndustryGroup> IndustryGroups => Set<IndustryGroup>();
    public DbSet<Chain> Chains => Set<Chain>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<Battle> Battles => Set<Battle>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<PlanTask> PlanTasks => Set<PlanTask>();
    public DbSet<IndicatorSupport> IndicatorSupports => Set<IndicatorSupport>();
    public DbSet<IndicatorSubmission> IndicatorSubmissions => Set<IndicatorSubmission>();
    public DbSet<Evidence> Evidence => Set<Evidence>();
    public DbSet<SupervisionItem> SupervisionItems => Set<SupervisionItem>();
    public DbSet<AssessmentScheme> AssessmentSchemes => Set<AssessmentScheme>();
    public DbSet<AssessmentItem> AssessmentItems => Set<AssessmentItem>();
    public DbSet<AssessmentAdjustment> AssessmentAdjustments => Set<AssessmentAdjustment>();
    public DbSet<WeightChangeRequest> WeightChangeRequests => Set<WeightChangeRequest>();
    public DbSet<Leader> Leaders => Set<Leader>();
    public DbSet<StatusThresholds> StatusThresholds => Set<StatusThresholds>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<ProjectStageChange> ProjectStageChanges => Set<ProjectStageChange>();
    public DbSet<KeyProject> KeyProjects => Set<KeyProject>();
    public DbSet<ReportingPeriod> ReportingPeriods => Set<ReportingPeriod>();
    public DbSet<MonthlyReport> MonthlyReports => Set<MonthlyReport>();
    public DbSet<Problem> Problems => Set<Problem>();
    public DbSet<LandingListEntry> LandingList => Set<LandingListEntry>();
    public DbSet<AttractionTarget> AttractionTargets => Set<AttractionTarget>();
    public DbSet<Carrier> Carriers => Set<Carrier>();
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<EnterpriseYear> EnterpriseYears => Set<EnterpriseYear>();
    public DbSet<Designation> Designations => Set<Designation>();
    public DbSet<DesignationKind> DesignationKinds => Set<DesignationKind>();
    public DbSet<SizeRule> SizeRules => Set<SizeRule>();
    public DbSet<ChainNode> ChainNodes => Set<ChainNode>();
    public DbSet<ChainLeader> ChainLeaders => Set<ChainLeader>();
    public DbSet<ChainUnit> ChainUnits => Set<ChainUnit>();
    public DbSet<ChainMaster> ChainMasters => Set<ChainMaster>();
    public DbSet<FirmNode> FirmNodes => Set<FirmNode>();
    public DbSet<ChainYear> ChainYears => Set<ChainYear>();
    public DbSet<Building> Buildings => Set<Building>();
    public DbSet<BuildingYear> BuildingYears => Set<BuildingYear>();
    public DbSet<Park> Parks => Set<Park>();
    public DbSet<ParkYear> ParkYears => Set<ParkYear>();
    public DbSet<ParkMechanism> ParkMechanisms => Set<ParkMechanism>();
    public DbSet<ParkWorkItem> ParkWorkItems => Set<ParkWorkItem>();
    public DbSet<ParkKeyProject> ParkKeyProjects => Set<ParkKeyProject>();
    public DbSet<ParkMembership> ParkMemberships => Set<ParkMembership>();
    public DbSet<LandCommitment> LandCommitments => Set<LandCommitment>();
    public DbSet<AdmissionThreshold> AdmissionThresholds => Set<AdmissionThreshold>();
    public DbSet<AdmissionEvaluation> AdmissionEvaluations => Set<AdmissionEvaluation>();
    public DbSet<PerMuScheme> PerMuSchemes => Set<PerMuScheme>();
    public DbSet<PerMuIndicator> PerMuIndicators => Set<PerMuIndicator>();
    public DbSet<PerMuRun> PerMuRuns => Set<PerMuRun>();
    public DbSet<PerMuResult> PerMuResults => Set<PerMuResult>();
    public DbSet<WatchEntry> WatchEntries => Set<WatchEntry>();
    public DbSet<Policy> Policies => Set<Policy>();
    public DbSet<PolicyStatusChange> PolicyStatusChanges => Set<PolicyStatusChange>();
    public DbSet<PolicyChain> PolicyChains => Set<PolicyChain>();
    public DbSet<PolicyIndustry> PolicyIndustries => Set<PolicyIndustry>();
    public DbSet<PolicyContact> PolicyContacts => Set<PolicyContact>();
    public DbSet<PolicyAttachment> PolicyAttachments => Set<PolicyAttachment>();
    public DbSet<PolicyCondition> PolicyConditions => Set<PolicyCondition>();
    public DbSet<PublishedProject> PublishedProjects => Set<PublishedProject>();
    public DbSet<RewardRule> RewardRules => Set<RewardRule>();
    public DbSet<ReferralReward> ReferralRewards => Set<ReferralReward>();
    public DbSet<RewardConfirmation> RewardConfirmations => Set<RewardConfirmation>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<CampaignMember> CampaignMembers => Set<CampaignMember>();
    public DbSet<CampaignVisit> CampaignVisits => Set<CampaignVisit>();
    public DbSet<CampaignLead> CampaignLeads => Set<CampaignLead>();
    public DbSet<SavedFilter> SavedFilters => Set<SavedFilter>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<KeptUpload> KeptUploads => Set<KeptUpload>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditHead> AuditHeads => Set<AuditHead>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<PasswordHistory> PasswordHistory => Set<PasswordHistory>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // Read by the query filters at query time (EF parameterises context members).
    private bool ScopeReadsAll => Scope.ReadsAll;
    private IReadOnlyList<int> ScopeUnitIds => Scope.UnitIds;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Money in 万元 with four decimals covers 元 exactly.
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        Scoped<Project>(builder);
        Scoped<KeyProject>(builder);
        Scoped<MonthlyReport>(builder);
        Scoped<Problem>(builder);
        Scoped<LandingListEntry>(builder);
        Scoped<AttractionTarget>(builder);
        Scoped<Carrier>(builder);
        // Designations and yearly figures are read by everyone who reads firms; writes keep to their owner.
        Scoped<Enterprise>(builder);
        Scoped<Building>(builder);
        Scoped<IndicatorSubmission>(builder);
        Scoped<SupervisionItem>(builder);
        // Parks are city-wide knowledge; what is judged about a firm or project keeps to its owner's scope.
        Scoped<PerMuRun>(builder);
        Scoped<AdmissionEvaluation>(builder);
        Scoped<LandCommitment>(builder);
        Scoped<WatchEntry>(builder);
        // Policies and published projects are read by everyone (and the public); writes keep to their owner.
        // Rewards and campaigns keep to their owner's scope.
        Scoped<ReferralReward>(builder);
        Scoped<Campaign>(builder);

        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
        {
            type.FindProperty(nameof(IVersioned.Version))!.IsConcurrencyToken = true;
        }
    }

    /// <summary>The one read filter of data scope: a record shows only inside the user's units.</summary>
    private void Scoped<T>(ModelBuilder builder) where T : class, IUnitOwned
    {
        builder.Entity<T>().HasQueryFilter(e => ScopeReadsAll || ScopeUnitIds.Contains(e.OwnerUnitId));
    }

    /// <summary>Records an event that is not a row change (sign-in, sign-out) in the trail with
    /// the next save.</summary>
    public void AddAuditEvent(string action, string entityType, string key, string? detail = null) =>
        _events.Add(new AuditCapture.Pending(null, action, entityType, null, key, detail));

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        CheckScope();
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit trail is append-only: entries are never changed or deleted.");
        }
        BumpVersions();
        var changesData = ChangeTracker.Entries()
            .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && ChangesFigures(e.Metadata.ClrType));
        var pending = AuditCapture.Capture(ChangeTracker, IsAudited);
        pending.AddRange(_events);
        _events.Clear();
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var tx = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        // Take the chain's lock before anything else is written.
        await AuditHeads.Where(h => h.Id == 1)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSeq, h => h.LastSeq), cancellationToken);
        var head = await AuditHeads.AsNoTracking().SingleAsync(h => h.Id == 1, cancellationToken);

        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var at = AuditHash.Truncate(Time.GetUtcNow());
        var seq = head.LastSeq;
        var prev = head.LastHash;
        foreach (var p in pending)
        {
            var (key, after) = AuditCapture.Complete(p);
            var entry = new AuditEntry
            {
                Id = ++seq,
                At = at,
                UserId = Scope.UserId,
                UserName = Scope.UserName,
                Channel = Scope.Channel,
                Action = p.Action,
                EntityType = p.EntityType,
                EntityKey = key,
                Before = p.Before,
                After = after,
                PrevHash = prev,
                Hash = "",
            };
            entry.Hash = AuditHash.Compute(entry);
            prev = entry.Hash;
            AuditEntries.Add(entry);
        }
        await base.SaveChangesAsync(true, cancellationToken);
        await AuditHeads.Where(h => h.Id == 1)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSeq, seq).SetProperty(h => h.LastHash, prev)
                .SetProperty(h => h.DataSeq, h => h.DataSeq + (changesData ? 1 : 0)), cancellationToken);
        if (tx is not null)
        {
            await tx.CommitAsync(cancellationToken);
        }
        return written;
    }

    /// <summary>Optimistic concurrency: an <see cref="IVersioned"/> record gets the next version on
    /// every change, and the database refuses the update when someone else changed it first.</summary>
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            var version = entry.Property(e => e.Version);
            version.CurrentValue = version.OriginalValue + 1;
        }
    }

    /// <summary>Whether a change can move a figure (dashboard, plan, bulletin, lists); accounts,
    /// sessions, saved filters and import previews cannot.</summary>
    private static bool ChangesFigures(Type type) =>
        IsAudited(type) && type != typeof(SavedFilter) && type != typeof(ImportBatch)
        && type != typeof(AppUser) && type != typeof(AppRole)
        && type.Namespace?.StartsWith("Microsoft", StringComparison.Ordinal) != true;

    private static bool IsAudited(Type type) =>
        type != typeof(AuditEntry) && type != typeof(AuditHead) && type != typeof(UserSession) && type != typeof(DataProtectionKey)
        && type != typeof(KeptUpload) && type != typeof(PasswordHistory);

    /// <summary>Writes are held to the same scope as reads: a record may be created, changed or
    /// deleted only inside the user's units, and may not be moved out of them.</summary>
    private void CheckScope()
    {
        if (Scope.WritesAll && Scope.WritesBusiness)
        {
            return;
        }
        foreach (var entry in ChangeTracker.Entries<IUnitOwned>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }
            var current = entry.Entity.OwnerUnitId;
            var original = entry.State == EntityState.Added ? current : entry.OriginalValues.GetValue<int>(nameof(IUnitOwned.OwnerUnitId));
            if (Scope.CanWrite(current) && Scope.CanWrite(original))
            {
                continue;
            }
            // The unit a record is assigned to may work on it where it stands.
            var assignee = entry.Entity is IAssignedToUnit assigned && entry.State == EntityState.Modified && current == original
                ? entry.OriginalValues.GetValue<int?>(nameof(IAssignedToUnit.AssignedUnitId)) : null;
            if (assignee is not { } unit || !Scope.WritesBusiness || !Scope.UnitIds.Contains(unit))
            {
                throw new ScopeViolationException();
            }
        }
    }
}
