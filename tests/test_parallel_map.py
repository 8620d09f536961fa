"""Validation in two processes finds what it finds in one, in the same order."""
import os
import re

import pytest
import yaml
from conftest import ROOT

from macros.check.problems import DataError
from macros.check.validate import validate
from macros.read import loader, parallel_map


@pytest.fixture
def forking(monkeypatch):
    """mapped forks for any number of items, even on a machine with one core."""
    monkeypatch.setattr(parallel_map, "MIN_ITEMS", 0)
    monkeypatch.setattr(parallel_map, "_cores", lambda: 2)


def test_a_closure_runs_in_order_and_every_other_item_in_a_child(forking):
    parent, offset = os.getpid(), 10  # a closure: nothing is pickled on the way to the child
    found = parallel_map.mapped(lambda item: (item + offset, os.getpid()), list(range(7)))
    assert [value for value, _ in found] == list(range(10, 17))
    assert {pid for _, pid in found[0::2]} == {parent}
    assert parent not in {pid for _, pid in found[1::2]}


def test_few_items_stay_in_this_process(monkeypatch):
    monkeypatch.setattr(parallel_map, "_cores", lambda: 2)
    assert {pid for pid in parallel_map.mapped(lambda _: os.getpid(), list(range(5)), min_items=6)} == {os.getpid()}


def _fail(item):
    if item == 1:  # odd: the child's
        raise ValueError("item one is wrong")
    return item


def test_an_error_in_the_child_is_raised_with_its_traceback(forking):
    with pytest.raises(parallel_map.WorkerFailed, match="ValueError: item one is wrong"):
        parallel_map.mapped(_fail, [0, 1, 2])


def test_a_child_that_dies_is_reported_not_waited_for(forking):
    def die(item):
        if item == 1:
            os._exit(3)
        return item
    with pytest.raises(parallel_map.WorkerFailed, match="without a result"):
        parallel_map.mapped(die, [0, 1, 2])


def test_an_error_in_the_parent_leaves_no_child_behind(forking, monkeypatch):
    forked, fork = [], os.fork
    monkeypatch.setattr(os, "fork", lambda: forked.append(fork()) or forked[-1])

    def fail_first(item):
        if item == 0:
            raise KeyError("parent")
        return item
    with pytest.raises(KeyError):
        parallel_map.mapped(fail_first, [0, 1, 2])
    with pytest.raises(ChildProcessError):  # already reaped
        os.waitpid(forked[0], os.WNOHANG)


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
