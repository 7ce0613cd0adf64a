using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Local;

/// <summary>
/// Files in folders under the store's root, one folder per container. A file is written to a temporary name and
/// moved into place, so a reader never sees half a file and a crash never leaves one.
/// </summary>
internal sealed class LocalFileStore(string root) : IFileStore
{
    public async Task<bool> WriteAsync(string container, string path, Stream content, bool overwrite, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var target = FullPath(container, path);
        if (!overwrite && File.Exists(target))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            await content.CopyToAsync(file, cancellationToken);
        }

        try
        {
            if (overwrite)
            {
                File.Move(temporary, target, overwrite: true);
                return true;
            }

            File.Move(temporary, target, overwrite: false);
            return true;
        }
        catch (IOException) when (!overwrite && File.Exists(target))
        {
            File.Delete(temporary);
            return false;
        }
    }

    public Task<Stream?> OpenReadAsync(string container, string path, CancellationToken cancellationToken = default)
    {
        var full = FullPath(container, path);
        return Task.FromResult<Stream?>(File.Exists(full) ? new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true) : null);
    }

    public Task<IReadOnlyList<string>> ListAsync(string container, string prefix = "", CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(root, container);
        if (!Directory.Exists(folder))
        {
            return Task.FromResult<IReadOnlyList<string>>([]);
        }

        var paths = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => !file.EndsWith(".tmp", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(relative => relative.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        return Task.FromResult<IReadOnlyList<string>>(paths);
    }

    public Task DeleteAsync(string container, string path, CancellationToken cancellationToken = default)
    {
        File.Delete(FullPath(container, path));
        return Task.CompletedTask;
    }

    public string Locate(string container, string path) => FullPath(container, path);

    private string FullPath(string container, string path)
    {
        var folder = Path.GetFullPath(Path.Combine(root, container));
        var full = Path.GetFullPath(Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar)));
        return full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw new ArgumentException($"The path {path} leaves the {container} container.", nameof(path));
    }
}
