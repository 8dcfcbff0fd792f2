using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ballast.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Parks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsStandardLand",
                table: "Projects",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LandRightOn",
                table: "Projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParcelCode",
                table: "Projects",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsStandardLand",
                table: "Enterprises",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "LandAreaMu",
                table: "Enterprises",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LandRightOn",
                table: "Enterprises",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParcelCode",
                table: "Enterprises",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LandCommitments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    AgreementNo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InvestmentPerMu = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    OutputPerMu = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    TaxPerMu = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    StartBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProductionBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LandCommitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LandCommitments_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_LandCommitments_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Parks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    DistrictUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChainId = table.Column<int>(type: "INTEGER", nullable: true),
                    PlannedAreaMu = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    UsedAreaMu = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    ListedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsBenchmark = table.Column<bool>(type: "INTEGER", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Parks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Parks_Chains_ChainId",
                        column: x => x.ChainId,
                        principalTable: "Chains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Parks_Units_DistrictUnitId",
                        column: x => x.DistrictUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Parks_Units_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Parks_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PerMuSchemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Scoring = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Grading = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CutA = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    CutB = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    CutC = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    ExemptYoungerThanYears = table.Column<int>(type: "INTEGER", nullable: false),
                    ExemptDivisions = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ScopeDivisions = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MinLandMu = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    RankGroupsApart = table.Column<bool>(type: "INTEGER", nullable: false),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsExample = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerMuSchemes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerMuSchemes_Units_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdmissionThresholds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParkId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    MinInvestmentPerMu = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    MinOutputPerMu = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    MinTaxPerMu = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    ConditionalShortfall = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    RequireChainFit = table.Column<bool>(type: "INTEGER", nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdmissionThresholds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdmissionThresholds_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParkKeyProjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParkId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParkKeyProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParkKeyProjects_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ParkKeyProjects_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParkMechanisms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParkId = table.Column<int>(type: "INTEGER", nullable: false),
                    Item = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EvidenceDocument = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    EvidenceFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EvidenceContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EvidenceContent = table.Column<byte[]>(type: "BLOB", nullable: true),
                    UpdatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParkMechanisms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParkMechanisms_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParkMemberships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParkId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: true),
                    EnteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExitReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParkMemberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParkMemberships_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ParkMemberships_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ParkMemberships_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ParkWorkItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParkId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ResponsibleUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Progress = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParkWorkItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParkWorkItems_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ParkWorkItems_Units_ResponsibleUnitId",
                        column: x => x.ResponsibleUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ParkYears",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParkId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Output = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Revenue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParkYears", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParkYears_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WatchEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParkId = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WatchEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WatchEntries_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WatchEntries_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PerMuIndicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchemeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Formula = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ValueUnit = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Weight = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Benchmark = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    RatioCap = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerMuIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerMuIndicators_PerMuSchemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "PerMuSchemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PerMuRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchemeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    PopulationKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PopulationUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RunBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RunAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerMuRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerMuRuns_PerMuSchemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "PerMuSchemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerMuRuns_Units_PopulationUnitId",
                        column: x => x.PopulationUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdmissionEvaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParkId = table.Column<int>(type: "INTEGER", nullable: false),
                    ThresholdId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Investment = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    LandMu = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    ExpectedOutput = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    ExpectedTax = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    ChainId = table.Column<int>(type: "INTEGER", nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    EvaluatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EvaluatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    OverrideState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OverrideResult = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OverrideRequestedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OverrideDecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OverrideDecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdmissionEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdmissionEvaluations_AdmissionThresholds_ThresholdId",
                        column: x => x.ThresholdId,
                        principalTable: "AdmissionThresholds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AdmissionEvaluations_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AdmissionEvaluations_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PerMuResults",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    ExemptReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Missing = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Explanation = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerMuResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerMuResults_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PerMuResults_PerMuRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "PerMuRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionEvaluations_ParkId",
                table: "AdmissionEvaluations",
                column: "ParkId");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionEvaluations_ProjectId_ParkId",
                table: "AdmissionEvaluations",
                columns: new[] { "ProjectId", "ParkId" });

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionEvaluations_ThresholdId",
                table: "AdmissionEvaluations",
                column: "ThresholdId");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionThresholds_ParkId_Year",
                table: "AdmissionThresholds",
                columns: new[] { "ParkId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LandCommitments_EnterpriseId",
                table: "LandCommitments",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_LandCommitments_ProjectId",
                table: "LandCommitments",
                column: "ProjectId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParkKeyProjects_ParkId_Year_ProjectId",
                table: "ParkKeyProjects",
                columns: new[] { "ParkId", "Year", "ProjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParkKeyProjects_ProjectId",
                table: "ParkKeyProjects",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ParkMechanisms_ParkId_Item",
                table: "ParkMechanisms",
                columns: new[] { "ParkId", "Item" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParkMemberships_EnterpriseId",
                table: "ParkMemberships",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_ParkMemberships_ParkId_EnterpriseId_EnteredOn",
                table: "ParkMemberships",
                columns: new[] { "ParkId", "EnterpriseId", "EnteredOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParkMemberships_ProjectId",
                table: "ParkMemberships",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Parks_ChainId",
                table: "Parks",
                column: "ChainId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Parks_DistrictUnitId",
                table: "Parks",
                column: "DistrictUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Parks_OwnerUnitId",
                table: "Parks",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Parks_UnitId",
                table: "Parks",
                column: "UnitId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParkWorkItems_ParkId_Year",
                table: "ParkWorkItems",
                columns: new[] { "ParkId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_ParkWorkItems_ResponsibleUnitId",
                table: "ParkWorkItems",
                column: "ResponsibleUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ParkYears_ParkId_Year",
                table: "ParkYears",
                columns: new[] { "ParkId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerMuIndicators_SchemeId_Group_Code",
                table: "PerMuIndicators",
                columns: new[] { "SchemeId", "Group", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerMuResults_EnterpriseId",
                table: "PerMuResults",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_PerMuResults_RunId_EnterpriseId",
                table: "PerMuResults",
                columns: new[] { "RunId", "EnterpriseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerMuRuns_PopulationUnitId_Year_Number",
                table: "PerMuRuns",
                columns: new[] { "PopulationUnitId", "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerMuRuns_SchemeId",
                table: "PerMuRuns",
                column: "SchemeId");

            migrationBuilder.CreateIndex(
                name: "IX_PerMuSchemes_OwnerUnitId",
                table: "PerMuSchemes",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PerMuSchemes_Year",
                table: "PerMuSchemes",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_WatchEntries_EnterpriseId_Reason_Year",
                table: "WatchEntries",
                columns: new[] { "EnterpriseId", "Reason", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WatchEntries_ParkId",
                table: "WatchEntries",
                column: "ParkId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdmissionEvaluations");

            migrationBuilder.DropTable(
                name: "LandCommitments");

            migrationBuilder.DropTable(
                name: "ParkKeyProjects");

            migrationBuilder.DropTable(
                name: "ParkMechanisms");

            migrationBuilder.DropTable(
                name: "ParkMemberships");

            migrationBuilder.DropTable(
                name: "ParkWorkItems");

            migrationBuilder.DropTable(
                name: "ParkYears");

            migrationBuilder.DropTable(
                name: "PerMuIndicators");

            migrationBuilder.DropTable(
                name: "PerMuResults");

            migrationBuilder.DropTable(
                name: "WatchEntries");

            migrationBuilder.DropTable(
                name: "AdmissionThresholds");

            migrationBuilder.DropTable(
                name: "PerMuRuns");

            migrationBuilder.DropTable(
                name: "Parks");

            migrationBuilder.DropTable(
                name: "PerMuSchemes");

            migrationBuilder.DropColumn(
                name: "IsStandardLand",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "LandRightOn",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ParcelCode",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "IsStandardLand",
                table: "Enterprises");

            migrationBuilder.DropColumn(
                name: "LandAreaMu",
                table: "Enterprises");

            migrationBuilder.DropColumn(
                name: "LandRightOn",
                table: "Enterprises");

            migrationBuilder.DropColumn(
                name: "ParcelCode",
                table: "Enterprises");
        }
    }
}
