using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ballast.Web.Data.Migrations.Postgres
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LandRightOn",
                table: "Projects",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParcelCode",
                table: "Projects",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsStandardLand",
                table: "Enterprises",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "LandAreaMu",
                table: "Enterprises",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LandRightOn",
                table: "Enterprises",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParcelCode",
                table: "Enterprises",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LandCommitments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: true),
                    AgreementNo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InvestmentPerMu = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    OutputPerMu = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    TaxPerMu = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    StartBy = table.Column<DateOnly>(type: "date", nullable: true),
                    ProductionBy = table.Column<DateOnly>(type: "date", nullable: true),
                    OwnerUnitId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    DistrictUnitId = table.Column<int>(type: "integer", nullable: false),
                    ChainId = table.Column<int>(type: "integer", nullable: true),
                    PlannedAreaMu = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    UsedAreaMu = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    ListedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IsBenchmark = table.Column<bool>(type: "boolean", nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OwnerUnitId = table.Column<int>(type: "integer", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Basis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Scoring = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Grading = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CutA = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    CutB = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    CutC = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    ExemptYoungerThanYears = table.Column<int>(type: "integer", nullable: false),
                    ExemptDivisions = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ScopeDivisions = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MinLandMu = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    RankGroupsApart = table.Column<bool>(type: "boolean", nullable: false),
                    OwnerUnitId = table.Column<int>(type: "integer", nullable: false),
                    IsExample = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParkId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    MinInvestmentPerMu = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    MinOutputPerMu = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    MinTaxPerMu = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    ConditionalShortfall = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    RequireChainFit = table.Column<bool>(type: "boolean", nullable: false),
                    Basis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    OwnerUnitId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParkId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OwnerUnitId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParkId = table.Column<int>(type: "integer", nullable: false),
                    Item = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    EvidenceDocument = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    EvidenceFileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EvidenceContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EvidenceContent = table.Column<byte[]>(type: "bytea", nullable: true),
                    UpdatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OwnerUnitId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParkId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: true),
                    EnteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExitReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OwnerUnitId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParkId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ResponsibleUnitId = table.Column<int>(type: "integer", nullable: true),
                    OwnerName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Progress = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OwnerUnitId = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParkId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Output = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Revenue = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OwnerUnitId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    ParkId = table.Column<int>(type: "integer", nullable: true),
                    Reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Measures = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OwnerUnitId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchemeId = table.Column<int>(type: "integer", nullable: false),
                    Group = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Formula = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ValueUnit = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Weight = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Benchmark = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    RatioCap = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchemeId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    PopulationKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PopulationUnitId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RunBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RunAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OwnerUnitId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    ParkId = table.Column<int>(type: "integer", nullable: false),
                    ThresholdId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Investment = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    LandMu = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    ExpectedOutput = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    ExpectedTax = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    ChainId = table.Column<int>(type: "integer", nullable: true),
                    Result = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Reasons = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    EvaluatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EvaluatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OverrideState = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OverrideResult = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    OverrideReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OverrideRequestedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OverrideDecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OverrideDecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OwnerUnitId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    Group = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Score = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Grade = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Rank = table.Column<int>(type: "integer", nullable: true),
                    ExemptReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Missing = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Explanation = table.Column<string>(type: "text", nullable: false)
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
