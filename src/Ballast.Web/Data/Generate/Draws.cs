namespace Ballast.Web.Data.Generate;

/// <summary>Every random choice the generator makes comes from one seeded <see cref="Random"/>, drawn
/// in a fixed order: the same seed gives the same portfolio.</summary>
internal sealed class Draws(int seed)
{
    private readonly Random _rng = new(seed);

    public bool Chance(double p) => _rng.NextDouble() < p;

    /// <summary>An integer from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => _rng.Next(min, max + 1);

    public double Uniform(double min, double max) => min + (_rng.NextDouble() * (max - min));

    public T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

    public void Shuffle<T>(T[] items) => _rng.Shuffle(items);

    /// <summary>A day from <paramref name="from"/> to <paramref name="to"/>; <paramref name="from"/> when the range is empty.</summary>
    public DateOnly Date(DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(_rng.Next(to.DayNumber - from.DayNumber + 1));

    /// <summary>An amount in whole 100 万元 with a long tail: most near the median, a few many times it.</summary>
    public decimal Amount(decimal median, double sigma, decimal min, decimal max)
    {
        var normal = Math.Sqrt(-2 * Math.Log(1 - _rng.NextDouble())) * Math.Cos(2 * Math.PI * _rng.NextDouble());
        var value = (decimal)Math.Exp(sigma * normal) * median;
        return Math.Clamp(Math.Round(value / 100m) * 100m, min, max);
    }
}
