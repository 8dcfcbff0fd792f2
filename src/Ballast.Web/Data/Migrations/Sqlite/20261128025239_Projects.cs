using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ballast.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Projects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ConstructionContent",
                table: "Projects",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CreatedOn",
                table: "Projects",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "EmergingAreaCode",
                table: "Projects",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ExpansionOfId",
                table: "Projects",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ForeignCapital",
                table: "Projects",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IndustryDivisionCode",
                table: "Projects",
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InvestorCountry",
                table: "Projects",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InvestorUscc",
                table: "Projects",
                type: "TEXT",
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsCentralSoe",
                table: "Projects",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsForeignInvested",
                table: "Projects",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsFortune500",
                table: "Projects",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsListed",
                table: "Projects",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Jobs",
                table: "Projects",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LeaderId",
                table: "Projects",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MergedIntoId",
                table: "Projects",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OperatingOn",
                table: "Projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Origin",
                table: "Projects",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "OriginNote",
                table: "Projects",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ParkUnitId",
                table: "Projects",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlannedCompletionOn",
                table: "Projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlannedStartOn",
                table: "Projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProjectCode",
                table: "Projects",
                type: "TEXT",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReferrerKind",
                table: "Projects",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReferrerName",
                table: "Projects",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReferrerRegisteredOn",
                table: "Projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RegisteredOn",
                table: "Projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ResponsibleUnitId",
                table: "Projects",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SignedOn",
                table: "Projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartedOn",
                table: "Projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Projects",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "AttractionTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ChainId = table.Column<int>(type: "INTEGER", nullable: true),
                    ExpectedInvestment = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttractionTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AttractionTargets_Chains_ChainId",
                        column: x => x.ChainId,
                        principalTable: "Chains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AttractionTargets_Units_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Carriers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParkUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    AreaMu = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    AreaSquareMetres = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Availability = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AvailableFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Carriers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Carriers_Units_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ImportBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FileHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RowsCommitted = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KeyProjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Class = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PlannedInvestment = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeyProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KeyProjects_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LandingList",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LandingList", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LandingList_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Leaders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    UserId = table.Column<int>(type: "INTEGER", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leaders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Problems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AssignedUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RaisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RaisedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ResolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Problems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Problems_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Problems_Units_AssignedUnitId",
                        column: x => x.AssignedUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProjectStageChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromStage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ToStage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectStageChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectStageChanges_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportingPeriods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingPeriods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SavedFilters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedFilters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StatusThresholds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    GreenFrom = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    RedBelow = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusThresholds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MonthlyReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KeyProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Completed = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    PhysicalProgress = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    StartedThisMonth = table.Column<bool>(type: "INTEGER", nullable: false),
                    CompletedThisMonth = table.Column<bool>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonthlyReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonthlyReports_KeyProjects_KeyProjectId",
                        column: x => x.KeyProjectId,
                        principalTable: "KeyProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MonthlyReports_ReportingPeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "ReportingPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_ExpansionOfId",
                table: "Projects",
                column: "ExpansionOfId");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_InvestorUscc",
                table: "Projects",
                column: "InvestorUscc");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_LeaderId",
                table: "Projects",
                column: "LeaderId");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_ParkUnitId",
                table: "Projects",
                column: "ParkUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_ProjectCode",
                table: "Projects",
                column: "ProjectCode",
                unique: true,
                filter: "\"ProjectCode\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_ResponsibleUnitId",
                table: "Projects",
                column: "ResponsibleUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_SignedOn",
                table: "Projects",
                column: "SignedOn");

            migrationBuilder.CreateIndex(
                name: "IX_AttractionTargets_ChainId",
                table: "AttractionTargets",
                column: "ChainId");

            migrationBuilder.CreateIndex(
                name: "IX_AttractionTargets_OwnerUnitId",
                table: "AttractionTargets",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AttractionTargets_Year",
                table: "AttractionTargets",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_Carriers_OwnerUnitId",
                table: "Carriers",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportBatches_Kind_FileHash",
                table: "ImportBatches",
                columns: new[] { "Kind", "FileHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KeyProjects_OwnerUnitId",
                table: "KeyProjects",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_KeyProjects_ProjectId_Year",
                table: "KeyProjects",
                columns: new[] { "ProjectId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KeyProjects_Year_Class",
                table: "KeyProjects",
                columns: new[] { "Year", "Class" });

            migrationBuilder.CreateIndex(
                name: "IX_LandingList_ProjectId",
                table: "LandingList",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_LandingList_Year_ProjectId",
                table: "LandingList",
                columns: new[] { "Year", "ProjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyReports_KeyProjectId_PeriodId",
                table: "MonthlyReports",
                columns: new[] { "KeyProjectId", "PeriodId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyReports_OwnerUnitId",
                table: "MonthlyReports",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyReports_PeriodId_State",
                table: "MonthlyReports",
                columns: new[] { "PeriodId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Problems_AssignedUnitId",
                table: "Problems",
                column: "AssignedUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Problems_OwnerUnitId",
                table: "Problems",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Problems_ProjectId",
                table: "Problems",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Problems_State_DueOn",
                table: "Problems",
                columns: new[] { "State", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectStageChanges_ProjectId",
                table: "ProjectStageChanges",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportingPeriods_Year_Month",
                table: "ReportingPeriods",
                columns: new[] { "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SavedFilters_UserId",
                table: "SavedFilters",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_StatusThresholds_Year",
                table: "StatusThresholds",
                column: "Year",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Projects_Leaders_LeaderId",
                table: "Projects",
                column: "LeaderId",
                principalTable: "Leaders",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Projects_Projects_ExpansionOfId",
                table: "Projects",
                column: "ExpansionOfId",
                principalTable: "Projects",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Projects_Units_ParkUnitId",
                table: "Projects",
                column: "ParkUnitId",
                principalTable: "Units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Projects_Units_ResponsibleUnitId",
                table: "Projects",
                column: "ResponsibleUnitId",
                principalTable: "Units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Projects_Leaders_LeaderId",
                table: "Projects");

            migrationBuilder.DropForeignKey(
                name: "FK_Projects_Projects_ExpansionOfId",
                table: "Projects");

            migrationBuilder.DropForeignKey(
                name: "FK_Projects_Units_ParkUnitId",
                table: "Projects");

            migrationBuilder.DropForeignKey(
                name: "FK_Projects_Units_ResponsibleUnitId",
                table: "Projects");

            migrationBuilder.DropTable(
                name: "AttractionTargets");

            migrationBuilder.DropTable(
                name: "Carriers");

            migrationBuilder.DropTable(
                name: "ImportBatches");

            migrationBuilder.DropTable(
                name: "LandingList");

            migrationBuilder.DropTable(
                name: "Leaders");

            migrationBuilder.DropTable(
                name: "MonthlyReports");

            migrationBuilder.DropTable(
                name: "Problems");

            migrationBuilder.DropTable(
                name: "ProjectStageChanges");

            migrationBuilder.DropTable(
                name: "SavedFilters");

            migrationBuilder.DropTable(
                name: "StatusThresholds");

            migrationBuilder.DropTable(
                name: "KeyProjects");

            migrationBuilder.DropTable(
                name: "ReportingPeriods");

            migrationBuilder.DropIndex(
                name: "IX_Projects_ExpansionOfId",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_InvestorUscc",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_LeaderId",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_ParkUnitId",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_ProjectCode",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_ResponsibleUnitId",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_SignedOn",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ConstructionContent",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "CreatedOn",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "EmergingAreaCode",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ExpansionOfId",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ForeignCapital",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "IndustryDivisionCode",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "InvestorCountry",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "InvestorUscc",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "IsCentralSoe",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "IsForeignInvested",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "IsFortune500",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "IsListed",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Jobs",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "LeaderId",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "OperatingOn",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Origin",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "OriginNote",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ParkUnitId",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "PlannedCompletionOn",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "PlannedStartOn",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ProjectCode",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ReferrerKind",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ReferrerName",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ReferrerRegisteredOn",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "RegisteredOn",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ResponsibleUnitId",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "SignedOn",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "StartedOn",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Projects");
        }
    }
}
