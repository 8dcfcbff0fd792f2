using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ballast.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KeptUploads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KeptUploads",
                columns: table => new
                {
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    KeptAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeptUploads", x => x.Hash);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KeptUploads_KeptAt",
                table: "KeptUploads",
                column: "KeptAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KeptUploads");
        }
    }
}
