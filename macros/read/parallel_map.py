"""Thousands of files or records on two cores: every other one done in a forked process.

A forked child already holds everything the parent has read, so nothing is sent to it;
only its results come back, pickled through a pipe. Only `make validate` asks for
this, and a fork happens only while the process has no other thread: a forked child
gets the other threads' locks but not the threads, and can hang on them. Whatever
goes wrong in the child (an error, a kill, no fork at all), the parent computes the
child's items itself, so the outcome, an exception included, is the one-process one.
"""
import os
import pickle
import signal
import sys
import threading

MIN_ITEMS = 1000  # fewer gain nothing measurable: at the real data (88 files, 275 records) a fork costs 0.03 s


def mapped(function, items, min_items=None):
    """[function(item) for item in items], in order. With enough items and a second core, a
    forked worker computes every other one meanwhile (alternate items, not halves: the files of
    one collection are alike, those of two may differ tenfold)."""
    if len(items) < (MIN_ITEMS if min_items is None else min_items) or not _may_fork():
        return _all(function, items)
    theirs = items[1::2]
    pid, read_end = _fork(function, theirs)
    if pid is None:
        return _all(function, items)
    try:
        mine = _all(function, items[0::2])
        with os.fdopen(read_end, "rb", closefd=False) as source:
            data = source.read()
    except BaseException:  # an error here, or Ctrl-C: no child is left behind
        os.kill(pid, signal.SIGKILL)
        raise
    finally:
        os.close(read_end)
        _, status = os.waitpid(pid, 0)
    merged = [None] * len(items)
    merged[0::2] = mine
    merged[1::2] = pickle.loads(data) if os.waitstatus_to_exitcode(status) == 0 else _all(function, theirs)
    return merged


def _all(function, items):
    return [function(item) for item in items]


def _fork(function, items):
    """(child's pid, the pipe's end to read its results from), or (None, None) if there is no fork."""
    read_end, write_end = os.pipe()
    _flush()  # what the parent has buffered, or the child would print it again
    try:
        pid = os.fork()
    except OSError:  # a process limit, or no memory to spare
        os.close(read_end)
        os.close(write_end)
        return None, None
    if pid == 0:
        os.close(read_end)
        _work(write_end, function, items)  # never returns
    os.close(write_end)
    return pid, read_end


def _work(write_end, function, items):
    """The child: writes its pickled results and exits, without running the parent's exit
    handlers; on any error it writes nothing, and the parent does the work."""
    status = 1
    try:
        data = pickle.dumps(_all(function, items), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_end, "wb") as out:
            out.write(data)
        status = 0
    finally:
        try:
            _flush()  # anything the function printed; os._exit would drop it
        finally:
            os._exit(status)


def _flush():
    sys.stdout.flush()
    sys.stderr.flush()


def _may_fork():
    """A second core, a fork that is safe here (macOS offers one, but its system libraries
    are not safe in a forked child, Python's docs say), and no other thread."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return cores > 1 and _can_fork() and threading.active_count() == 1


def _can_fork():
    return hasattr(os, "fork") and sys.platform != "darwin"
