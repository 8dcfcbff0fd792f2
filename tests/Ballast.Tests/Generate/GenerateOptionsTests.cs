using Ballast.Web.Data.Generate;

namespace Ballast.Tests.Generate;

public sealed class GenerateOptionsTests
{
    [Fact]
    public void Defaults_to_seed_42_and_the_scales_years_ending_with_the_programme_year()
    {
        var (o, _) = GenerateOptions.Parse(["--scale", "city"]);
        Assert.Equal(new GenerateOptions(GeneratorScale.City, 42, 2021, 2023, false), o);
        var province = GenerateOptions.Parse(["--scale", "province"]).Options!;
        Assert.Equal((2019, 2023), (province.FirstYear, province.LastYear));
    }

    [Theory]
    [InlineData(2021, 2023, "--years", "2021-2023", "--append", "--seed", "7")]
    [InlineData(2022, 2022, "--append", "--years", "2022", "--seed", "7")]
    [InlineData(2020, 2021, "--seed", "7", "--years", "2020-2021", "--append")]
    public void Reads_years_seed_and_the_append_flag_in_any_order(int first, int last, params string[] args)
    {
        var (o, error) = GenerateOptions.Parse(["--scale", "TINY", .. args]);
        Assert.True(o is not null, error);
        Assert.Equal(new GenerateOptions(GeneratorScale.Tiny, 7, first, last, true), o);
    }

    [Theory]
    [InlineData("--scale", "town", "--scale tiny|city|province")]
    [InlineData("--scale", "tiny", "--seed", "x", "--seed must be")]
    [InlineData("--scale", "tiny", "--years", "2023-2021", "--years must be")]
    [InlineData("--scale", "tiny", "--years", "1990", "--years must be")]
    [InlineData("--scale", "tiny", "--years", "2001-2023", "--years must be")]
    public void Refuses_what_it_cannot_read_with_the_reason(params string[] args)
    {
        var (o, error) = GenerateOptions.Parse(args[..^1]);
        Assert.Null(o);
        Assert.Contains(args[^1], error, StringComparison.Ordinal);
    }
}
