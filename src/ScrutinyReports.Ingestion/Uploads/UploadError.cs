using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Ingestion.Tables;

namespace ScrutinyReports.Ingestion.Uploads;

/// <summary>
/// One reason a file was rejected, located as a spreadsheet shows it: row 14, column D, headed "Sep-19".
/// <see cref="Row"/> and <see cref="Column"/> are null when the problem is with the whole file or a whole row.
/// </summary>
public sealed record UploadError(string FileName, int? Row, int? Column, string? Header, string Message)
{
    public string? ColumnLetter => Column is { } index ? ColumnName.FromIndex(index) : null;

    /// <summary>One line: "scorecard.xlsx, row 14, column D (\"Sep-19\"): expected a number, found \"abc\"".</summary>
    public override string ToString()
    {
        var location = Echo.Plain(FileName);
        if (Row is { } row)
        {
            location += $", row {row}";
        }

        if (ColumnLetter is { } letter)
        {
            location += string.IsNullOrWhiteSpace(Header) ? $", column {letter}" : $", column {letter} ({Echo.Quote(Header)})";
        }

        return $"{location}: {Message}";
    }
}
