#!/bin/sh
# Builds gorilla/websocket's chat example (BSD-licensed Go, not part of this repository)
# from source into target/gorilla-chat/chat, for the side-by-side benchmark in
# demos/chat/README.md. Offline: the real Go toolchain, no module proxy.
#
#   demos/chat/bench/build-gorilla.sh GORILLA_GIT_DIR [X_NET_SRC]
#
# GORILLA_GIT_DIR: a git directory of github.com/gorilla/websocket (a bare clone works);
# its HEAD is built. X_NET_SRC: golang.org/x/net's source, which gorilla's proxy.go
# imports (default: Debian's golang-golang-x-net-dev, /usr/share/gocode/src/golang.org/x/net).
# Then: target/gorilla-chat/chat -addr 127.0.0.1:8080 (it serves /ws like syncscope-chat's
# plain protocol, so chat-load --plain drives both).
set -eu
git_dir=${1:?usage: build-gorilla.sh GORILLA_GIT_DIR [X_NET_SRC]}
xnet=${2:-/usr/share/gocode/src/golang.org/x/net}
root=$(cd "$(dirname "$0")/../../.." && pwd)
out="$root/target/gorilla-chat"
src="$out/src"
rm -rf "$src"
mkdir -p "$src/websocket" "$src/chat" "$src/xnet"
git --git-dir="$git_dir" archive HEAD | tar x -C "$src/websocket"
cp -R "$xnet/." "$src/xnet/"
[ -f "$src/xnet/go.mod" ] || printf 'module golang.org/x/net\n\ngo 1.18\n' > "$src/xnet/go.mod"
cp "$src/websocket/examples/chat/"*.go "$src/websocket/examples/chat/home.html" "$src/chat/"
cat > "$src/chat/go.mod" <<MOD
module gorillachat

go 1.23

require github.com/gorilla/websocket v1.5.3

replace github.com/gorilla/websocket => ../websocket

replace golang.org/x/net => ../xnet
MOD
cd "$src/chat"
GOTOOLCHAIN=local GOPROXY=off GOSUMDB=off GOFLAGS=-mod=mod go build -o "$out/chat" .
echo "built $out/chat ($(git --git-dir="$git_dir" rev-parse --short HEAD))"
