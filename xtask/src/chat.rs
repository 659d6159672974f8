//! The chat demo server (`demos/chat`, binary `syncscope-chat`) beside `mdbook serve`.
//!
//! `cargo xtask serve` builds it in release mode and starts it on 127.0.0.1:9999, where the
//! book's chat chapter connects (`ws://127.0.0.1:9999/ws`). It serves the built book too and
//! accepts WebSocket handshakes from the pages `mdbook serve` shows (`--allow-origin` with
//! that port). It is a child of xtask:
//!
//! - Ctrl-C reaches the whole foreground process group, so mdbook and the chat server each get
//!   their own SIGINT; the chat server then shuts down gracefully (close frames, drained
//!   queues).
//! - When mdbook stops by itself (say its port is taken), [`ChatServer::stop`] sends SIGTERM,
//!   which the server treats like Ctrl-C, and kills it if it has not gone after a few seconds.
//! - On Linux the child also asks the kernel for SIGTERM should xtask die some other way
//!   (`kill <xtask>`), so it is never left running alone.

use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use crate::tools::{cargo, target_dir};

/// Where the chat server listens: the address its own default and the chat chapter use.
pub const ADDR: &str = "127.0.0.1:9999";

/// How long the server gets to start listening before serve goes on without it.
const START_TIMEOUT: Duration = Duration::from_secs(10);

/// How long a SIGTERM'd server gets to finish its graceful shutdown (its own limit is 5 s).
const STOP_TIMEOUT: Duration = Duration::from_secs(8);

/// A running `syncscope-chat`.
pub struct ChatServer {
    child: Child,
}

/// The `--allow-origin` list: the pages `mdbook serve --port PORT` serves, by both names.
pub fn allowed_origins(port: u16) -> String {
    format!("http://localhost:{port},http://127.0.0.1:{port}")
}

impl ChatServer {
    /// Builds `syncscope-chat` (release) and starts it. Returns `Ok(None)`, after saying why,
    /// when it builds but does not come up (port 9999 taken, say): the book is still worth
    /// serving without the chat.
    pub fn start(root: &Path, book_port: u16) -> Result<Option<ChatServer>, String> {
        cargo(root)
            .args([
                "build",
                "--release",
                "-p",
                "syncscope-chat",
                "--bin",
                "syncscope-chat",
            ])
            .run()?;
        let binary = target_dir(root).join("release").join("syncscope-chat");
        let mut command = Command::new(&binary);
        command
            .args(["--addr", ADDR, "--book"])
            .arg(root.join("book"))
            .args(["--allow-origin", &allowed_origins(book_port)])
            .current_dir(root);
        die_with_parent(&mut command);
        println!(
            "$ syncscope-chat --addr {ADDR} --book book --allow-origin {}",
            allowed_origins(book_port)
        );
        let child = command
            .spawn()
            .map_err(|e| format!("could not start {}: {e}", binary.display()))?;
        let mut server = ChatServer { child };
        match server.wait_until_listening() {
            Ok(()) => Ok(Some(server)),
            Err(why) => {
                println!("(the chat server is not running: {why}; serving the book without it)");
                server.stop();
                Ok(None)
            }
        }
    }

    /// Polls until the server accepts a TCP connection, or it exits, or time runs out.
    fn wait_until_listening(&mut self) -> Result<(), String> {
        let addr: SocketAddr = ADDR.parse().map_err(|e| format!("{ADDR}: {e}"))?;
        let started = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!("it exited ({status})"));
            }
            if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
                return Ok(());
            }
            if started.elapsed() > START_TIMEOUT {
                return Err(format!("nothing listens on {ADDR} after {START_TIMEOUT:?}"));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// SIGTERM (a graceful shutdown), then SIGKILL if it takes longer than [`STOP_TIMEOUT`].
    pub fn stop(mut self) {
        if let Ok(Some(_)) = self.child.try_wait() {
            return;
        }
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-TERM", &pid]).status();
        let started = Instant::now();
        while started.elapsed() < STOP_TIMEOUT {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// On Linux: the child gets SIGTERM when xtask's thread that started it dies.
#[cfg(target_os = "linux")]
fn die_with_parent(command: &mut Command) {
    use std::os::unix::process::CommandExt;
    extern "C" {
        fn prctl(option: i32, arg2: u64, arg3: u64, arg4: u64, arg5: u64) -> i32;
    }
    const PR_SET_PDEATHSIG: i32 = 1;
    const SIGTERM: u64 = 15;
    // SAFETY: the closure runs in the forked child before exec and only makes one
    // async-signal-safe system call, which touches no memory of ours.
    unsafe {
        command.pre_exec(|| {
            prctl(PR_SET_PDEATHSIG, SIGTERM, 0, 0, 0);
            Ok(())
        });
    }
}

#[cfg(not(target_os = "linux"))]
fn die_with_parent(_command: &mut Command) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_name_the_book_port_both_ways() {
        assert_eq!(
            allowed_origins(3000),
            "http://localhost:3000,http://127.0.0.1:3000"
        );
    }
}
