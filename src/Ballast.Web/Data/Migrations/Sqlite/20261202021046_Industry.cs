using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ballast.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Industry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "InvestorEnterpriseId",
                table: "Projects",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ChainNodeId",
                table: "AttractionTargets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Buildings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    SpecialtyYear = table.Column<int>(type: "INTEGER", nullable: true),
                    SpecialtyLevel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    FloorAreaM2 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    OccupancyPercent = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Buildings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Buildings_Units_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChainLeaders",
                columns: table => new
                {
                    ChainId = table.Column<int>(type: "INTEGER", nullable: false),
                    LeaderId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsChief = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainLeaders", x => new { x.ChainId, x.LeaderId });
                    table.ForeignKey(
                        name: "FK_ChainLeaders_Chains_ChainId",
                        column: x => x.ChainId,
                        principalTable: "Chains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChainLeaders_Leaders_LeaderId",
                        column: x => x.LeaderId,
                        principalTable: "Leaders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChainNodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChainId = table.Column<int>(type: "INTEGER", nullable: false),
                    Segment = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    TargetFirms = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainNodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChainNodes_ChainNodes_ParentId",
                        column: x => x.ParentId,
                        principalTable: "ChainNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChainNodes_Chains_ChainId",
                        column: x => x.ChainId,
                        principalTable: "Chains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChainUnits",
                columns: table => new
                {
                    ChainId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsLead = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainUnits", x => new { x.ChainId, x.UnitId });
                    table.ForeignKey(
                        name: "FK_ChainUnits_Chains_ChainId",
                        column: x => x.ChainId,
                        principalTable: "Chains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChainUnits_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChainYears",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChainId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetOutput = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    TargetGrowth = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    TargetFirms = table.Column<int>(type: "INTEGER", nullable: true),
                    EnteredOutput = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    EnteredSource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainYears", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChainYears_Chains_ChainId",
                        column: x => x.ChainId,
                        principalTable: "Chains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DesignationKinds",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DefaultLevel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ValidYears = table.Column<int>(type: "INTEGER", nullable: true),
                    GrantingUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DesignationKinds", x => x.Code);
                    table.ForeignKey(
                        name: "FK_DesignationKinds_Units_GrantingUnitId",
                        column: x => x.GrantingUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SizeRules",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Divisions = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LargeEmployees = table.Column<int>(type: "INTEGER", nullable: true),
                    LargeRevenue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    LargeAssets = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    MediumEmployees = table.Column<int>(type: "INTEGER", nullable: true),
                    MediumRevenue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    MediumAssets = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    SmallEmployees = table.Column<int>(type: "INTEGER", nullable: true),
                    SmallRevenue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    SmallAssets = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    AboveScaleRevenue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SizeRules", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "BuildingYears",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BuildingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    EnteredTax = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuildingYears", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuildingYears_Buildings_BuildingId",
                        column: x => x.BuildingId,
                        principalTable: "Buildings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Enterprises",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    UsccNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FormerNames = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    IndustryDivisionCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    ChainId = table.Column<int>(type: "INTEGER", nullable: true),
                    RegisteredCapital = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    FoundedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsListed = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsAboveScale = table.Column<bool>(type: "INTEGER", nullable: false),
                    BuildingId = table.Column<int>(type: "INTEGER", nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enterprises", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enterprises_Buildings_BuildingId",
                        column: x => x.BuildingId,
                        principalTable: "Buildings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Enterprises_Chains_ChainId",
                        column: x => x.ChainId,
                        principalTable: "Chains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Enterprises_Units_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChainMasters",
                columns: table => new
                {
                    ChainId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainMasters", x => new { x.ChainId, x.EnterpriseId });
                    table.ForeignKey(
                        name: "FK_ChainMasters_Chains_ChainId",
                        column: x => x.ChainId,
                        principalTable: "Chains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChainMasters_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Designations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KindCode = table.Column<string>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    SubjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DistrictUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SourceDocument = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Designations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Designations_DesignationKinds_KindCode",
                        column: x => x.KindCode,
                        principalTable: "DesignationKinds",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Designations_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Designations_Units_DistrictUnitId",
                        column: x => x.DistrictUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Designations_Units_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EnterpriseYears",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Revenue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Output = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    ValueAdded = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    TaxPaid = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    RdSpending = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Employees = table.Column<int>(type: "INTEGER", nullable: true),
                    TotalAssets = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    EnergyTce = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    LandMu = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    FloorAreaM2 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    EmissionsT = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeClass = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnterpriseYears", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnterpriseYears_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EnterpriseYears_Units_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FirmNodes",
                columns: table => new
                {
                    ChainNodeId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FirmNodes", x => new { x.ChainNodeId, x.EnterpriseId });
                    table.ForeignKey(
                        name: "FK_FirmNodes_ChainNodes_ChainNodeId",
                        column: x => x.ChainNodeId,
                        principalTable: "ChainNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FirmNodes_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_InvestorEnterpriseId",
                table: "Projects",
                column: "InvestorEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_AttractionTargets_ChainNodeId",
                table: "AttractionTargets",
                column: "ChainNodeId");

            migrationBuilder.CreateIndex(
                name: "IX_Buildings_OwnerUnitId_Name",
                table: "Buildings",
                columns: new[] { "OwnerUnitId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BuildingYears_BuildingId_Year",
                table: "BuildingYears",
                columns: new[] { "BuildingId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChainLeaders_LeaderId",
                table: "ChainLeaders",
                column: "LeaderId");

            migrationBuilder.CreateIndex(
                name: "IX_ChainMasters_EnterpriseId",
                table: "ChainMasters",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_ChainNodes_ChainId_Name",
                table: "ChainNodes",
                columns: new[] { "ChainId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChainNodes_ParentId",
                table: "ChainNodes",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_ChainUnits_UnitId",
                table: "ChainUnits",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ChainYears_ChainId_Year",
                table: "ChainYears",
                columns: new[] { "ChainId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DesignationKinds_GrantingUnitId",
                table: "DesignationKinds",
                column: "GrantingUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Designations_DistrictUnitId",
                table: "Designations",
                column: "DistrictUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Designations_EnterpriseId_KindCode_Year",
                table: "Designations",
                columns: new[] { "EnterpriseId", "KindCode", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Designations_KindCode_Year",
                table: "Designations",
                columns: new[] { "KindCode", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_Designations_OwnerUnitId",
                table: "Designations",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_BuildingId",
                table: "Enterprises",
                column: "BuildingId");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_ChainId",
                table: "Enterprises",
                column: "ChainId");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_Name",
                table: "Enterprises",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_OwnerUnitId",
                table: "Enterprises",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_Uscc",
                table: "Enterprises",
                column: "Uscc",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseYears_EnterpriseId_Year",
                table: "EnterpriseYears",
                columns: new[] { "EnterpriseId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseYears_OwnerUnitId",
                table: "EnterpriseYears",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseYears_Year",
                table: "EnterpriseYears",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_FirmNodes_EnterpriseId",
                table: "FirmNodes",
                column: "EnterpriseId");

            migrationBuilder.AddForeignKey(
                name: "FK_AttractionTargets_ChainNodes_ChainNodeId",
                table: "AttractionTargets",
                column: "ChainNodeId",
                principalTable: "ChainNodes",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Projects_Enterprises_InvestorEnterpriseId",
                table: "Projects",
                column: "InvestorEnterpriseId",
                principalTable: "Enterprises",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AttractionTargets_ChainNodes_ChainNodeId",
                table: "AttractionTargets");

            migrationBuilder.DropForeignKey(
                name: "FK_Projects_Enterprises_InvestorEnterpriseId",
                table: "Projects");

            migrationBuilder.DropTable(
                name: "BuildingYears");

            migrationBuilder.DropTable(
                name: "ChainLeaders");

            migrationBuilder.DropTable(
                name: "ChainMasters");

            migrationBuilder.DropTable(
                name: "ChainUnits");

            migrationBuilder.DropTable(
                name: "ChainYears");

            migrationBuilder.DropTable(
                name: "Designations");

            migrationBuilder.DropTable(
                name: "EnterpriseYears");

            migrationBuilder.DropTable(
                name: "FirmNodes");

            migrationBuilder.DropTable(
                name: "SizeRules");

            migrationBuilder.DropTable(
                name: "DesignationKinds");

            migrationBuilder.DropTable(
                name: "ChainNodes");

            migrationBuilder.DropTable(
                name: "Enterprises");

            migrationBuilder.DropTable(
                name: "Buildings");

            migrationBuilder.DropIndex(
                name: "IX_Projects_InvestorEnterpriseId",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_AttractionTargets_ChainNodeId",
                table: "AttractionTargets");

            migrationBuilder.DropColumn(
                name: "InvestorEnterpriseId",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ChainNodeId",
                table: "AttractionTargets");
        }
    }
}
