namespace ScrutinyReports.Domain.Parsing;

/// <summary>
/// The outcome of reading text that a person typed: a value, or what was expected instead.
/// Bad input is an expected outcome here, never an exception.
/// </summary>
public readonly struct ParseResult<T>
{
    private readonly T value;

    private ParseResult(T value, string? expected)
    {
        this.value = value;
        Expected = expected;
    }

    public bool Success => Expected is null;

    /// <summary>What the text should have looked like; null on success.</summary>
    public string? Expected { get; }

    public T Value => Success ? value : throw new InvalidOperationException($"No value: expected {Expected}.");

    public static ParseResult<T> Ok(T value) => new(value, null);

    public static ParseResult<T> Fail(string expected) => new(default!, expected);
}
