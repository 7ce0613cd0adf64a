namespace ScrutinyReports.Ingestion.Excel;

/// <summary>
/// The number formats Excel knows by id and does not write into the file. Dates and currency are
/// locale-dependent; these are the codes Excel shows for English (United Kingdom): id 14 is "dd/mm/yyyy".
/// </summary>
internal static class BuiltInNumberFormats
{
    private const string UkShortDate = "dd/mm/yyyy";

    private static readonly Dictionary<uint, string> Codes = new()
    {
        [0] = "General",
        [1] = "0",
        [2] = "0.00",
        [3] = "#,##0",
        [4] = "#,##0.00",
        [5] = "\"£\"#,##0;\\-\"£\"#,##0",
        [6] = "\"£\"#,##0;[Red]\\-\"£\"#,##0",
        [7] = "\"£\"#,##0.00;\\-\"£\"#,##0.00",
        [8] = "\"£\"#,##0.00;[Red]\\-\"£\"#,##0.00",
        [9] = "0%",
        [10] = "0.00%",
        [11] = "0.00E+00",
        [12] = "# ?/?",
        [13] = "# ??/??",
        [14] = UkShortDate,
        [15] = "d-mmm-yy",
        [16] = "d-mmm",
        [17] = "mmm-yy",
        [18] = "h:mm AM/PM",
        [19] = "h:mm:ss AM/PM",
        [20] = "h:mm",
        [21] = "h:mm:ss",
        [22] = "dd/mm/yyyy hh:mm",
        [37] = "#,##0 ;(#,##0)",
        [38] = "#,##0 ;[Red](#,##0)",
        [39] = "#,##0.00;(#,##0.00)",
        [40] = "#,##0.00;[Red](#,##0.00)",
        [41] = "_-* #,##0_-;\\-* #,##0_-;_-* \"-\"_-;_-@_-",
        [42] = "_-\"£\"* #,##0_-;\\-\"£\"* #,##0_-;_-\"£\"* \"-\"_-;_-@_-",
        [43] = "_-* #,##0.00_-;\\-* #,##0.00_-;_-* \"-\"??_-;_-@_-",
        [44] = "_-\"£\"* #,##0.00_-;\\-\"£\"* #,##0.00_-;_-\"£\"* \"-\"??_-;_-@_-",
        [45] = "mm:ss",
        [46] = "[h]:mm:ss",
        [47] = "mm:ss.0",
        [48] = "##0.0E+0",
        [49] = "@",
    };

    /// <summary>The code for a built-in id; null for ids Excel does not define (custom formats start at 164).</summary>
    public static string? CodeFor(uint id)
    {
        if (Codes.TryGetValue(id, out var code))
        {
            return code;
        }

        // East Asian date formats (27-36, 50-58) are dates in any locale; a UK reader sees them as short dates.
        return id is >= 27 and <= 36 or >= 50 and <= 58 ? UkShortDate : null;
    }
}
