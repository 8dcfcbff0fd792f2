using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ballast.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KeyProjectPlanPending : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<decimal>(
                name: "PlannedInvestment",
                table: "KeyProjects",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "TEXT",
                oldPrecision: 18,
                oldScale: 4);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<decimal>(
                name: "PlannedInvestment",
                table: "KeyProjects",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m,
                oldClrType: typeof(decimal),
                oldType: "TEXT",
                oldPrecision: 18,
                oldScale: 4,
                oldNullable: true);
        }
    }
}
