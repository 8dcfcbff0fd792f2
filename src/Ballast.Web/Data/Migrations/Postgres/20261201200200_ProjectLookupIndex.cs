using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ballast.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProjectLookupIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_OwnerUnitId",
                table: "Projects");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_OwnerUnitId_Name",
                table: "Projects",
                columns: new[] { "OwnerUnitId", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_OwnerUnitId_Name",
                table: "Projects");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_OwnerUnitId",
                table: "Projects",
                column: "OwnerUnitId");
        }
    }
}
