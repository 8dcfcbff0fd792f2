using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;

namespace Ballast.Tests.Security;

/// <summary>docs/security.md declares which role holds which function and which function each write
/// needs; these keep the declaration and the code the same, and every write declared.</summary>
public sealed class DeclaredMatrixTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private const string Doc = "docs/security.md";

    [Fact]
    public void The_role_function_matrix_in_the_doc_is_the_one_the_code_enforces()
    {
        var actual = new List<string> { "function | " + string.Join(" | ", Roles.All) };
        actual.AddRange(Policies.All.Select(f => f + " | " + string.Join(" | ", Roles.All.Select(r => FunctionMatrix.Holds(r, f) ? "✓" : "—"))));
        var documented = RepoFiles.Block(Doc, "function-matrix");
        Assert.True(documented is not null && actual.SequenceEqual(documented),
            $"Update the ```function-matrix block in {Doc} to:\n" + string.Join("\n", actual));
    }

    [Fact]
    public async Task Every_write_in_the_doc_is_declared_as_the_code_declares_it()
    {
        var actual = (await WriteEndpoints.AllAsync(factory.Services)).Select(e => e.Line).ToList();
        var documented = RepoFiles.Block(Doc, "write-endpoints");
        Assert.True(documented is not null && actual.SequenceEqual(documented),
            $"Update the ```write-endpoints block in {Doc} to:\n" + string.Join("\n", actual));
    }

    [Fact]
    public async Task Every_api_write_and_page_handler_declares_a_function_unless_it_is_the_sign_in()
    {
        var writes = await WriteEndpoints.AllAsync(factory.Services);
        Assert.True(writes.Count(e => !e.IsPage) >= 40, $"only {writes.Count(e => !e.IsPage)} API writes found");
        Assert.True(writes.Count(e => e.IsPage) >= 50, $"only {writes.Count(e => e.IsPage)} page handlers found");
        var undeclared = writes.Where(e => e.Function is null && !e.Anonymous).Select(e => e.Line).ToList();
        Assert.True(undeclared.Count == 0, "writes without a function:\n" + string.Join("\n", undeclared));
        var anonymous = writes.Where(e => e.Anonymous).Select(e => e.Route).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["/Auth/Login", "/Auth/SecondFactor", "/api/auth/token"], anonymous);
    }

    [Fact]
    public void Each_administrator_holds_exactly_their_own_function_and_no_business_one()
    {
        Assert.Equal([Policies.ManageReference, Policies.Own], Held(Roles.SystemAdmin));
        Assert.Equal([Policies.ManageUsers, Policies.Own], Held(Roles.SecurityAdmin));
        Assert.Equal([Policies.Audit, Policies.Own], Held(Roles.Auditor));
        foreach (var business in Roles.All.Except(Roles.Separated))
        {
            Assert.DoesNotContain(Held(business), f => f is Policies.ManageReference or Policies.ManageUsers or Policies.Audit);
        }
    }

    private static List<string> Held(string role) => [.. Policies.All.Where(f => FunctionMatrix.Holds(role, f)).Order(StringComparer.Ordinal)];
}
