using Npgsql;

namespace StdKit.Search.Knowledge.Postgres;

/// <summary>
/// Follows the generation of the record for a node: LISTEN on <see cref="PostgresKnowledgeBase.Channel"/>, and a look
/// at the generation after every notification and every <c>poll</c> without one — so that a notification lost, or a
/// connection dropped and made again, delays a change by one poll at most. A server that is down is tried again every
/// poll; the node meanwhile serves what it has.
/// </summary>
internal sealed class PostgresGenerationWatch : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public PostgresGenerationWatch(KnowledgeBaseLocation location, Action<long> generation, TimeSpan poll) =>
        _loop = Task.Run(() => Follow(location, generation, poll, _stop.Token));

    private static async Task Follow(KnowledgeBaseLocation location, Action<long> generation, TimeSpan poll,
        CancellationToken stop)
    {
        var builder = new NpgsqlConnectionStringBuilder(location.Target) { Pooling = false, KeepAlive = 5 };
        builder.ApplicationName ??= "stdkit";
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(stop);
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresKnowledgeBase.Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stop);
                await using var read = new NpgsqlCommand("SELECT value FROM meta WHERE key = 'generation'", connection);
                while (true)
                {
                    // The generation itself, not the notification's text: several fills may have come meanwhile.
                    if (await read.ExecuteScalarAsync(stop) is string value) generation(long.Parse(value));
                    await connection.WaitAsync(poll, stop);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception)
            {
                // Down, restarting, not filled yet, or a catch-up that failed with it: look again after a poll.
                try
                {
                    await Task.Delay(poll, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
            // Stopped while catching up; nothing is left to do.
        }
        _stop.Dispose();
    }
}
