using Ballast.Web.Common;
using Ballast.Web.Data;
using Ballast.Web.Data.Backup;
using Ballast.Web.Data.Generate;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;

namespace Ballast.Web;

/// <summary>Administrative commands: <c>dotnet run --project src/Ballast.Web -- users add …</c>,
/// <c>-- audit verify</c>, <c>-- backup</c>, <c>-- generate --scale city</c>. They run against the configured database and exit.</summary>
public static class Commands
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        "users", "audit", "generate", "backup", "restore",
    };

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var rest = args.Skip(1).ToArray();
        // Commands on files and whole databases: they must not open (or migrate) the database first.
        var whole = (args[0], rest.FirstOrDefault()) switch
        {
            ("backup", _) => BackupCommand.RunAsync(app.Services, rest, Console.Out, Console.Error),
            ("restore", _) => RestoreCommand.RunAsync(app.Services, rest, Console.Out, Console.Error),
            ("audit", "verify") when CommandLine.Options(rest).TryGetValue("file", out var file) => AuditArchiveFile.RunAsync(file, Console.Out),
            _ => null,
        };
        if (whole is not null)
        {
            return await whole;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        await DatabaseSetup.MigrateAsync(db);
        await ReferenceSeeder.SeedAsync(db);
        sp.GetRequiredService<UserScope>().Channel = "command";
        return (args[0], rest.FirstOrDefault()) switch
        {
            ("users", "add") => await UsersCommand.AddAsync(sp, rest[1..], Console.In, Console.Out, Console.Error),
            ("users", "disable") => await UsersCommand.SetDisabledAsync(sp, rest[1..], true, Console.Out, Console.Error),
            ("users", "enable") => await UsersCommand.SetDisabledAsync(sp, rest[1..], false, Console.Out, Console.Error),
            ("audit", "verify") => await AuditVerifier.RunAsync(db, Console.Out),
            ("audit", "archive") => await AuditArchiveCommand.RunAsync(sp, rest[1..], Console.Out, Console.Error),
            ("generate", "policies") => await GeneratePoliciesCommand.RunAsync(sp, rest[1..], Console.Out, Console.Error),
            ("generate", _) => await GenerateCommand.RunAsync(sp, rest, Console.Out, Console.Error),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("""
            usage:
              users add --name NAME --display "显示名" --unit UNIT_CODE --role ROLE   (temporary password read from stdin)
              users disable --name NAME    (ends every session of the user at once)
              users enable --name NAME
              audit verify [--file ARCHIVE]
              audit archive --before yyyy-MM-dd --out ARCHIVE [--no-prune]
              backup [--out FOLDER]
              restore FILE      (stop Ballast first)
              generate --scale tiny|city|province [--seed 42] [--years 2021-2023] [--append]
              generate policies --count N [--seed 42]     (synthetic policies beside the compendium's, for the search benchmark)
            roles: 
            """ + string.Join(", ", Roles.All));
        return 2;
    }
}
