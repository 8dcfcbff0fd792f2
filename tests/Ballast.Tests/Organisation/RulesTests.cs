using Ballast.Web.Common.Formatting;
using Ballast.Web.Features.Organisation;

namespace Ballast.Tests.Organisation;

public sealed class RulesTests
{
    [Fact]
    public void The_three_administrator_roles_cannot_be_combined()
    {
        Assert.NotNull(Roles.SeparationProblem([Roles.SystemAdmin, Roles.Auditor]));
        Assert.NotNull(Roles.SeparationProblem([Roles.SecurityAdmin, Roles.SystemAdmin, Roles.DistrictStaff]));
        Assert.NotNull(Roles.SeparationProblem([Roles.SystemAdmin, Roles.ProgrammeOffice]));
        Assert.Null(Roles.SeparationProblem([Roles.DistrictStaff, Roles.ProgrammeOffice]));
        Assert.Null(Roles.SeparationProblem([Roles.Auditor]));
    }

    [Fact]
    public void A_unit_scope_holds_the_unit_and_everything_below_it()
    {
        (int, int?)[] units = [(1, null), (2, 1), (3, 2), (4, 2), (5, 1), (6, 3)];
        Assert.Equal([2, 3, 4, 6], UnitTree.WithDescendants(2, units).Order());
        Assert.Equal([5], UnitTree.WithDescendants(5, units));
        Assert.Equal(6, UnitTree.WithDescendants(1, units).Count);
    }

    [Theory]
    [InlineData(93000000, "9,300.00")]
    [InlineData(12345.6, "1.23")]
    [InlineData(0, "0.00")]
    public void Amounts_stored_in_wan_are_shown_in_yi_with_separators(decimal wan, string expected) =>
        Assert.Equal(expected, Amounts.Yi(wan));
}
