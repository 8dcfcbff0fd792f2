namespace Ballast.Bench;

/// <summary>Something the run refuses to report a figure for: a status other than 200, a refused import,
/// a server that died. The run exits non-zero; timings never fail it.</summary>
public sealed class BenchFailedException : Exception
{
    public BenchFailedException()
    {
    }

    public BenchFailedException(string message) : base(message)
    {
    }

    public BenchFailedException(string message, Exception inner) : base(message, inner)
    {
    }
}
