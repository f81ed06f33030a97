using System.CommandLine;
using System.Globalization;
using EduReport.Cli.Resources;
using EduReport.Fetch;
using Spectre.Console;

namespace EduReport.Cli.Commands;

/// <summary><c>edureport fetch oulad</c>: downloads the OULAD archive with a progress bar on standard error and extracts its tables.</summary>
internal static class FetchCommand
{
    public static Command Create(CliConsole console, string language)
    {
        var output = new Option<DirectoryInfo>("--out") { Description = Messages.Option_FetchOut, Required = true, HelpName = "DIR" };
        var url = new Option<string>("--url")
        {
            Description = Messages.Option_Url,
            HelpName = "URL",
            DefaultValueFactory = _ => OuladFetcher.DefaultUri.ToString(),
        };
        var lang = UiLanguage.MessagesOption(language);
        var oulad = new Command("oulad", Messages.FetchOulad_Description) { output, url, lang };
        oulad.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(output)!.FullName;
            var text = parse.GetValue(url)!;
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new ConfigurationException(string.Format(CultureInfo.InvariantCulture, Messages.Error_InvalidUrl, text));
            }

            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(30) };
            http.DefaultRequestHeaders.UserAgent.ParseAdd("EduReport");
            var fetcher = new OuladFetcher(http);

            var progressConsole = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.ErrorWriter) });
            var files = await progressConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(), new TransferSpeedColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(Markup.Escape(string.Format(CultureInfo.InvariantCulture, Messages.Fetch_Downloading, uri.Host)), maxValue: 1);
                    var progress = new Progress<DownloadProgress>(p =>
                    {
                        task.IsIndeterminate = p.TotalBytes is null;
                        task.MaxValue = p.TotalBytes ?? Math.Max(p.Bytes, 1);
                        task.Value = p.Bytes;
                    });
                    return await fetcher.FetchAsync(uri, folder, progress, cancellationToken).ConfigureAwait(false);
                })
                .ConfigureAwait(false);

            foreach (var file in files)
            {
                console.Output.WriteLine(file);
            }

            console.Progress(string.Format(CultureInfo.InvariantCulture, Messages.Fetch_Done, files.Count, folder));
            return ExitCodes.Success;
        });
        return new Command("fetch", Messages.Fetch_Description) { oulad };
    }
}
