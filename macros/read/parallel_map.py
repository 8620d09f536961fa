"""Thousands of files or records on two cores: every other one done in a forked process.

A forked child already holds everything the parent has read, so nothing is sent to it;
only its results come back, pickled through a pipe. Only `make validate` asks for
this, and a fork happens only while the process has no other thread: a forked child
gets the other threads' locks but not the threads, and can hang on them. Whatever
goes wrong in the child (an error, a kill, a reply that does not unpickle, no fork at
all), the parent computes the child's items itself: the results are the one-process ones,
and an error is raised as in one process (where several items fail, perhaps another of
them). The child's results are copies, as pickling makes them.
"""
import os
import pickle
import signal
import sys
import threading

MIN_ITEMS = 1000  # fewer gain nothing measurable: at the real data (88 files, 275 records) a fork costs 0.03 s


def mapped(function, items, min_items=None):
    """[function(item) for item in items] for a list, in order. With enough items and a second
    core, a forked worker computes every other one meanwhile (alternate items, not halves: the
    files of one collection are alike, those of two may differ tenfold)."""
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
    found = _unpickled(data) if os.waitstatus_to_exitcode(status) == 0 else None
    merged = [None] * len(items)
    merged[0::2] = mine
    merged[1::2] = found if isinstance(found, list) and len(found) == len(theirs) else _all(function, theirs)
    return merged


def _unpickled(data):
    try:
        return pickle.loads(data)
    except Exception:  # noqa: BLE001 - the child exited early, or made something that pickles one way only
        return None


def _all(function, items):
    return [function(item) for item in items]


def _fork(function, items):
    """(child's pid, the pipe's end to read its results from), or (None, None) if there is no fork."""
    _flush()  # what the parent has buffered, or the child would print it again
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:  # a process limit, or no memory to spare
        os.close(read_end)
        os.close(write_end)
        return None, None
    if pid == 0:
        try:
            os.close(read_end)
            _work(write_end, function, items)
        finally:
            os._exit(1)  # the child never goes back into the parent's code, whatever happens
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
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):  # no stream, a reader gone, a closed stream
            pass


def _may_fork():
    """A second core, a fork that is safe here (macOS offers one, but its system libraries
    are not safe in a forked child, Python's docs say), and no other thread."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return cores > 1 and _can_fork() and threading.active_count() == 1


def _can_fork():
    return hasattr(os, "fork") and sys.platform != "darwin"
