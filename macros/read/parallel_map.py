"""Thousands of files or records on two cores: every other one done in a forked process.

A forked child already holds everything the parent has read, so nothing is sent to it;
only its results come back, pickled through a pipe. Only `make validate` asks for
this: the build runs inside MkDocs, whose `serve` has threads of its own, and forking
a process with threads can deadlock the child.
"""
import os
import pickle
import signal
import sys
import traceback

MIN_ITEMS = 1000  # fewer gain nothing measurable: at the real data (77 files, 270 records) a fork costs 0.03 s


class WorkerFailed(RuntimeError):
    """The forked process raised or died; the message carries its traceback."""


def mapped(function, items, min_items=None):
    """[function(item) for item in items], in order. With enough items and a second core, a
    forked worker computes every other one meanwhile (alternate items, not halves: the files of
    one collection are alike, those of two may differ tenfold)."""
    if len(items) < (MIN_ITEMS if min_items is None else min_items) or _cores() < 2 or not _can_fork():
        return _all(function, items)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        _work(write_end, function, items[1::2])  # never returns
    os.close(write_end)
    try:
        mine = _all(function, items[0::2])
    except BaseException:  # an error here, or Ctrl-C: no child is left behind
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read_end)
        raise
    theirs = _result(read_end, pid)
    merged = [None] * len(items)
    merged[0::2], merged[1::2] = mine, theirs
    return merged


def _all(function, items):
    return [function(item) for item in items]


def _work(write_end, function, items):
    """The child: computes its part, writes (True, results) or (False, traceback), and exits
    without running the parent's exit handlers or flushing its inherited output buffers."""
    status = 1
    try:
        try:
            found = (True, _all(function, items))
        except BaseException:  # noqa: BLE001 - the parent re-raises it; the child must not go on as the parent
            found = (False, traceback.format_exc())
        with os.fdopen(write_end, "wb") as out:
            out.write(pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
        status = 0
    finally:
        os._exit(status)


def _result(read_end, pid):
    with os.fdopen(read_end, "rb") as source:
        data = source.read()
    _, status = os.waitpid(pid, 0)
    if not data:
        raise WorkerFailed(f"the worker process ended without a result (wait status {status})")
    done, found = pickle.loads(data)
    if not done:
        raise WorkerFailed(f"the worker process failed:\n{found}")
    return found


def _cores():
    """The cores this process may run on, which a container may limit below the machine's."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _can_fork():
    """macOS offers fork, but its system libraries are not safe in a forked child (Python's own docs)."""
    return hasattr(os, "fork") and sys.platform != "darwin"
