"""Validation in two processes finds what it finds in one, in the same order."""
import os
import re
import threading
import time

import pytest
import yaml
from conftest import ROOT

from macros.check.problems import DataError
from macros.check.validate import validate
from macros.read import loader, parallel_map


@pytest.fixture
def forking(monkeypatch):
    """mapped forks for any number of items, even on one core or beside the browser tests' threads."""
    if not parallel_map._can_fork():
        pytest.skip("no safe fork on this platform: mapped works in one process")
    monkeypatch.setattr(parallel_map, "MIN_ITEMS", 0)
    monkeypatch.setattr(parallel_map, "_may_fork", lambda: True)


@pytest.fixture
def forks(forking, monkeypatch):
    """The pid of each child mapped forks."""
    forked, fork = [], os.fork
    monkeypatch.setattr(os, "fork", lambda: forked.append(fork()) or forked[-1])
    return forked


def test_a_closure_runs_in_order_and_every_other_item_in_a_child(forking):
    parent, offset = os.getpid(), 10  # a closure: nothing is pickled on the way to the child
    found = parallel_map.mapped(lambda item: (item + offset, os.getpid()), list(range(7)))
    assert [value for value, _ in found] == list(range(10, 17))
    assert {pid for _, pid in found[0::2]} == {parent}
    assert parent not in {pid for _, pid in found[1::2]}


def test_few_items_or_another_thread_keep_it_in_this_process(monkeypatch):
    if not parallel_map._can_fork():
        pytest.skip("no safe fork on this platform")
    monkeypatch.setattr(os, "sched_getaffinity", lambda _: {0, 1}, raising=False)  # two cores, even on one

    def pids(min_items=0):
        return {pid for pid in parallel_map.mapped(lambda _: os.getpid(), list(range(5)), min_items)}
    if threading.active_count() == 1:  # the browser tests' server may still run: then only the thread case
        assert len(pids()) == 2
    assert pids(min_items=6) == {os.getpid()}
    waiting = threading.Event()
    thread = threading.Thread(target=waiting.wait)
    thread.start()
    try:
        assert pids() == {os.getpid()}  # a forked child would get the thread's locks, not the thread
    finally:
        waiting.set()
        thread.join()


def test_an_error_in_the_child_is_raised_as_in_one_process(forks):
    parent = os.getpid()

    def fail(item):
        if item == 1:  # odd: the child's first, then the parent's when it does the child's work
            raise ValueError(f"item one is wrong in {'the parent' if os.getpid() == parent else 'the child'}")
        return item
    with pytest.raises(ValueError, match="item one is wrong in the parent"):
        parallel_map.mapped(fail, [0, 1, 2])
    assert len(forks) == 1


@pytest.mark.parametrize("status", [3, 0])  # a crash, and an exit that claims success with nothing written
def test_the_work_of_a_child_that_ends_early_is_done_here(forks, status):
    parent = os.getpid()

    def end(item):
        if os.getpid() != parent:
            os._exit(status)
        return item * 2
    assert parallel_map.mapped(end, [0, 1, 2, 3]) == [0, 2, 4, 6]
    assert len(forks) == 1


class _OneWay(Exception):
    """Pickles, but does not unpickle: its __init__ wants two arguments."""
    def __init__(self, first, second):
        super().__init__(first)


@pytest.mark.parametrize("make", [lambda item: lambda: item, lambda item: _OneWay(item, item)])
def test_a_result_that_does_not_travel_is_made_here(forks, make):
    assert [type(found) for found in parallel_map.mapped(make, [0, 1, 2])] == [type(make(0))] * 3
    assert len(forks) == 1


def test_no_fork_no_problem(forking, monkeypatch):
    def refuse():
        raise BlockingIOError(11, "Resource temporarily unavailable")
    monkeypatch.setattr(os, "fork", refuse)
    assert parallel_map.mapped(str, [1, 2, 3]) == ["1", "2", "3"]


def test_an_error_in_the_parent_kills_the_child_at_once(forks):
    parent = os.getpid()

    def fail_first(item):
        if os.getpid() != parent:
            time.sleep(30)  # a child still at work
        if item == 0:
            raise KeyError("parent")
        return item
    started = time.monotonic()
    with pytest.raises(KeyError):
        parallel_map.mapped(fail_first, [0, 1, 2])
    assert time.monotonic() - started < 10
    with pytest.raises(ChildProcessError):  # reaped
        os.waitpid(forks[0], os.WNOHANG)


def _break(root):
    """Problems of the loader and of the rules, in files read by both processes."""
    actors = sorted((root / "data" / "actors").glob("*.yaml"))
    for path in actors[:4]:
        path.write_text(path.read_text(encoding="utf-8") + "colour: blue\n", encoding="utf-8")  # the schema's
    for path in actors[4:8]:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        path.write_text(re.sub(r"(?m)^country: .*$", "country: atlantis", path.read_text(encoding="utf-8"))
                        if "country" in data else path.read_text(encoding="utf-8") + "country: atlantis\n",
                        encoding="utf-8")  # a rule's: no such actor
    claims = root / "data" / "claims"
    for path in sorted(claims.glob("*.yaml"))[:2]:
        path.write_text(path.read_text(encoding="utf-8").replace("quote: ", "quote: not quite ", 1), encoding="utf-8")


def _problems(root, once):
    try:
        dataset = validate(root, once=once)
    except DataError as err:
        return [str(problem) for problem in err.problems]
    pytest.fail(f"the broken copy passed: {dataset}")


def test_validation_in_two_processes_finds_the_same_problems(scratch, forking):
    _break(scratch)
    serial = _problems(scratch, once=False)
    assert len(serial) >= 10
    assert _problems(scratch, once=True) == serial


def test_the_data_read_in_two_processes_is_the_same(forking):
    def records(once):
        dataset = loader.load(ROOT, once)
        return {name: [(r.id, r.data, r.file, r.line, dict(r.lines)) for r in found.values()]
                for name, found in dataset.records.items()}
    assert records(True) == records(False)


def test_a_result_larger_than_the_pipe_comes_back_whole(forks):
    parent = os.getpid()
    found = parallel_map.mapped(lambda item: (str(item) * 500_000, os.getpid()), [1, 2, 3, 4])  # 1 MB from the child
    assert [len(text) for text, _ in found] == [500_000] * 4 and found[3][0][:1] == "4"
    assert found[3][1] != parent and len(forks) == 1
