//! `chat-load`: opens N clients against a running syncscope-chat, sends M messages from
//! S of them, and reports delivered messages per second and latency percentiles.
//!
//! Start the server without its rate limit for this (`syncscope-chat --rate 0`): the
//! limit would drop the senders' messages. With `--hold` it only connects and waits,
//! which with `--server-pid` measures the server's memory per idle connection. With
//! `--saturate` it searches for the highest broadcast rate the server sustains with
//! everything delivered and p99 under `--p99-limit` (see `syncscope_chat::saturate`).
//! Loopback only; every run ends by itself (`--timeout`).

use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use syncscope_chat::config::parse_duration;
use syncscope_chat::load::{self, LoadConfig};
use syncscope_chat::protocol::Protocol;
use syncscope_chat::saturate::{self, TrialPlan};

#[derive(Debug, Parser)]
#[command(
    name = "chat-load",
    version,
    about = "Load generator for syncscope-chat (loopback only)"
)]
struct Args {
    /// The server's WebSocket URL.
    #[arg(long, default_value = "ws://127.0.0.1:9999/ws")]
    url: String,
    /// Healthy clients to open (all receive).
    #[arg(long, short = 'n', default_value_t = 100)]
    clients: usize,
    /// How many of them send.
    #[arg(long, default_value_t = 10)]
    senders: usize,
    /// Messages per sender.
    #[arg(long, short = 'm', default_value_t = 100)]
    messages: usize,
    /// Pause between one sender's messages (0 = as fast as possible).
    #[arg(long, default_value = "10ms", value_parser = parse_duration)]
    interval: Duration,
    /// Padding bytes added to each message.
    #[arg(long, default_value_t = 0)]
    pad: usize,
    /// Speak gorilla's plain protocol instead of JSON.
    #[arg(long)]
    plain: bool,
    /// Extra clients that never read (watch them get evicted).
    #[arg(long, default_value_t = 0)]
    slow: usize,
    /// Connections opened at once.
    #[arg(long, default_value_t = 64)]
    concurrency: usize,
    /// Pause after connecting, before sending.
    #[arg(long, default_value = "500ms", value_parser = parse_duration)]
    settle: Duration,
    /// Only connect, hold the connections this long, and report (memory measurements).
    #[arg(long, value_parser = parse_duration)]
    hold: Option<Duration>,
    /// The server's process id, to report its resident memory (Linux /proc).
    #[arg(long)]
    server_pid: Option<u32>,
    /// Search for the highest sustained broadcast rate instead of one fixed run
    /// (`--clients` receive; senders, interval and messages follow from each rate).
    #[arg(long)]
    saturate: bool,
    /// Saturation: the first rate tried, in broadcasts per second.
    #[arg(long, default_value_t = 10.0)]
    start_rate: f64,
    /// Saturation: how long each trial sends.
    #[arg(long, default_value = "3s", value_parser = parse_duration)]
    trial: Duration,
    /// Saturation: the 99th-percentile latency a passing trial stays under.
    #[arg(long, default_value = "100ms", value_parser = parse_duration)]
    p99_limit: Duration,
    /// Saturation: bisection steps after the first failing rate.
    #[arg(long, default_value_t = 4)]
    refine: usize,
    /// Stop everything after this long.
    #[arg(long, default_value = "120s", value_parser = parse_duration)]
    timeout: Duration,
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    let wanted = (args.clients + args.slow + 64) as u64;
    let limit = load::raise_open_files_limit(wanted);
    if limit < wanted {
        eprintln!("chat-load: only {limit} open files allowed; raise `ulimit -n` for {wanted}");
    }
    let cfg = LoadConfig {
        url: args.url.clone(),
        clients: args.clients,
        senders: if args.hold.is_some() {
            0
        } else {
            args.senders.min(args.clients)
        },
        messages: args.messages,
        interval: args.interval,
        pad: args.pad,
        protocol: if args.plain {
            Protocol::Plain
        } else {
            Protocol::Json
        },
        slow: args.slow,
        connect_concurrency: args.concurrency,
        settle: args.settle,
        timeout: args.timeout,
        ..LoadConfig::default()
    };
    if args.saturate {
        return saturate(&args, cfg).await;
    }
    let rss = || args.server_pid.and_then(load::rss_kib);
    let before = rss();
    let mut fleet = match load::connect_fleet(&cfg).await {
        Ok(fleet) => fleet,
        Err(err) => {
            eprintln!("chat-load: {err}");
            return ExitCode::FAILURE;
        }
    };
    println!(
        "connected {} clients in {:.2?}",
        cfg.clients + cfg.slow,
        fleet.connect_time
    );
    if let Some(hold) = args.hold {
        // Let the server finish the connect-phase events, then measure.
        tokio::time::sleep(hold).await;
        let after = rss();
        if let (Some(before), Some(after)) = (before, after) {
            let n = (cfg.clients + cfg.slow).max(1) as f64;
            println!(
                "server RSS: {before} KiB before, {after} KiB with {} idle connections: {:.1} KiB per connection",
                cfg.clients + cfg.slow,
                (after as f64 - before as f64) / n
            );
        }
        return ExitCode::SUCCESS;
    }
    let report = load::send_and_measure(&mut fleet, &cfg).await;
    println!("{report}");
    if let (Some(before), Some(after)) = (before, rss()) {
        println!("server RSS: {before} KiB before, {after} KiB after");
    }
    if report.complete() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `--saturate`: one fresh fleet per trial, a pause between trials for the server to
/// close the last one's connections, and a line per trial plus the verdict.
async fn saturate(args: &Args, base: LoadConfig) -> ExitCode {
    let clients = base.clients;
    let trial_length = args.trial;
    let run = |rate: f64| {
        let plan = TrialPlan::new(clients, rate, trial_length);
        let cfg = LoadConfig {
            senders: plan.senders,
            interval: plan.interval,
            messages: plan.messages,
            ..base.clone()
        };
        async move {
            let report = load::run(&cfg).await;
            tokio::time::sleep(Duration::from_secs(2)).await;
            report
        }
    };
    println!(
        "saturation at {clients} clients: p99 under {:?}, {:?} per trial",
        args.p99_limit, args.trial
    );
    let best = saturate::search(
        args.start_rate,
        1e6,
        args.refine,
        args.p99_limit,
        run,
        |t| {
            let r = &t.report;
            println!(
                "  {:>9.1} broadcasts/s ({} senders): {} {:.0} deliveries/s, p50 {:.1} ms, p99 {:.1} ms, delivered {}/{}",
                t.rate,
                r.senders,
                if t.passed { "pass" } else { "FAIL" },
                r.deliveries_per_sec,
                f64::from(r.latency.p50) / 1000.0,
                f64::from(r.latency.p99) / 1000.0,
                r.delivered,
                r.expected
            )
        },
    )
    .await;
    match best {
        Ok(Some(t)) => {
            println!(
                "highest sustained: {:.0} broadcasts/s = {:.0} deliveries/s at {clients} clients (p50 {:.1} ms, p99 {:.1} ms)",
                t.rate,
                t.rate * clients as f64,
                f64::from(t.report.latency.p50) / 1000.0,
                f64::from(t.report.latency.p99) / 1000.0
            );
            ExitCode::SUCCESS
        }
        Ok(None) => {
            println!("no rate passed (the start rate already fails)");
            ExitCode::FAILURE
        }
        Err(err) => {
            eprintln!("chat-load: {err}");
            ExitCode::FAILURE
        }
    }
}
