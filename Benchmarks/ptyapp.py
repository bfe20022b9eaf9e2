"""Runs a terminal program in a pseudo-terminal and watches what it sends.

The child gets an 80x24 pty; everything it writes is read from the master side,
time-stamped at the moment `read` returns, and fed to a `pyte` screen so the
harness can tell when a screen is complete. Reading never waits on pyte: chunks
are collected while data flows and only parsed once the output pauses.
"""

import fcntl
import glob
import os
import select
import signal
import struct
import termios
import time
import tty

import pyte

now = time.perf_counter


def cpu_ns(pid):
    """CPU time of every thread of `pid` so far, in nanoseconds (from schedstat)."""
    total = 0
    for path in glob.glob(f"/proc/{pid}/task/*/schedstat"):
        try:
            with open(path) as f:
                total += int(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            pass
    return total


def proc_status_kb(pid, field):
    """A `VmXXX:` figure of /proc/<pid>/status in kB, or None."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


class XtermScreen(pyte.Screen):
    """pyte's screen plus what xterm does and pyte 0.8 lacks: SU and SD (`CSI n S`, `CSI n T`,
    terminfo `indn`/`rin`), which ncurses uses to scroll a region by several lines. Without
    them the screen model would miss those scrolls and diverge from a real terminal."""

    def scroll_up(self, count=None, *args, **kwargs):
        top, bottom = self.margins or pyte.screens.Margins(0, self.lines - 1)
        for _ in range(min(count or 1, bottom - top + 1)):
            for y in range(top, bottom):
                self.buffer[y] = self.buffer[y + 1]
            self.buffer.pop(bottom, None)
        self.dirty.update(range(self.lines))

    def scroll_down(self, count=None, *args, **kwargs):
        top, bottom = self.margins or pyte.screens.Margins(0, self.lines - 1)
        for _ in range(min(count or 1, bottom - top + 1)):
            for y in range(bottom, top, -1):
                self.buffer[y] = self.buffer[y - 1]
            self.buffer.pop(top, None)
        self.dirty.update(range(self.lines))


class XtermByteStream(pyte.ByteStream):
    csi = dict(pyte.ByteStream.csi, S="scroll_up", T="scroll_down")
    events = pyte.ByteStream.events | {"scroll_up", "scroll_down"}


class PtyApp:
    def __init__(self, argv, env, columns=80, rows=24, raw=False, cwd=None):
        self.columns, self.rows = columns, rows
        self.screen = XtermScreen(columns, rows)
        self.stream = XtermByteStream(self.screen)
        self.total_bytes = 0
        self.eof = False
        self.spawned_at = now()
        pid, fd = os.forkpty()
        if pid == 0:  # child
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
                if raw:
                    tty.setraw(0)
                if cwd:
                    os.chdir(cwd)
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.rusage = None
        self.status = None

    # Reading

    def _read(self, timeout):
        """One chunk, or None after `timeout` seconds of silence (or at EOF)."""
        if self.eof:
            return None
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return None
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            data = b""
        if not data:
            self.eof = True
            return None
        self.total_bytes += len(data)
        return data

    def wait_for(self, predicate, timeout=10.0, gap=0.004):
        """Time (perf_counter) of the chunk after which `predicate(screen)` first holds, or None."""
        deadline = now() + timeout
        pending = []
        while now() < deadline and not self.eof:
            data = self._read(gap)
            if data is not None:
                pending.append((now(), data))
                continue
            found = None
            for stamp, chunk in pending:
                self.stream.feed(chunk)
                if found is None and predicate(self.screen):
                    found = stamp
            pending = []
            if found is not None:
                return found
        for _, chunk in pending:
            self.stream.feed(chunk)
        return None

    def settle(self, quiet=0.03, limit=5.0):
        """Reads until nothing came for `quiet` seconds; returns (bytes, time of the last byte or None)."""
        chunks, last = [], None
        deadline = now() + limit
        while now() < deadline:
            data = self._read(quiet)
            if data is None:
                break
            last = now()
            chunks.append(data)
        data = b"".join(chunks)
        if data:
            self.stream.feed(data)
        return len(data), last

    # Writing

    def key(self, data, quiet=0.03):
        """Sends one key; returns (latency seconds or None when nothing was drawn, bytes, CPU ns)."""
        if isinstance(data, str):
            data = data.encode()
        before = cpu_ns(self.pid)
        sent = now()
        os.write(self.fd, data)
        count, last = self.settle(quiet)
        used = cpu_ns(self.pid) - before
        return (last - sent) if last is not None else None, count, used

    def send(self, data, quiet=0.08):
        """Sends keys that are not measured (navigation) and waits for the screen to settle."""
        if isinstance(data, str):
            data = data.encode()
        os.write(self.fd, data)
        return self.settle(quiet)

    # Screen

    def lines(self):
        return list(self.screen.display)

    def text(self):
        return "\n".join(self.lines())

    # Ending

    def peak_rss_kb(self):
        return proc_status_kb(self.pid, "VmHWM")

    def cpu_ns(self):
        return cpu_ns(self.pid)

    def finish(self, keys=b"", timeout=5.0):
        """Sends the quit keys, waits for the exit (draining output), and returns the rusage."""
        if keys:
            try:
                os.write(self.fd, keys if isinstance(keys, bytes) else keys.encode())
            except OSError:
                pass
        deadline = now() + timeout
        while now() < deadline:
            pid, status, usage = os.wait4(self.pid, os.WNOHANG)
            if pid == self.pid:
                self.status, self.rusage = status, usage
                break
            if self._read(0.02) is None and self.eof:
                # Output closed; the process is about to go.
                pid, status, usage = os.wait4(self.pid, 0)
                self.status, self.rusage = status, usage
                break
        if self.rusage is None:
            for sig in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.kill(self.pid, sig)
                except ProcessLookupError:
                    pass
                time.sleep(0.2)
                pid, status, usage = os.wait4(self.pid, os.WNOHANG)
                if pid == self.pid:
                    self.status, self.rusage = status, usage
                    break
        try:
            os.close(self.fd)
        except OSError:
            pass
        return self.rusage
