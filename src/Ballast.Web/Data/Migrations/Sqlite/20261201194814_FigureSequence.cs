using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ballast.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FigureSequence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DataSeq",
                table: "AuditHeads",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.UpdateData(
                table: "AuditHeads",
                keyColumn: "Id",
                keyValue: 1,
                column: "DataSeq",
                value: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DataSeq",
                table: "AuditHeads");
        }
    }
}
