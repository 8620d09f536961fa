"""strict_yaml.quick_load, validation's fast path, reads what strict_yaml.load reads and
gives up on everything load reports, so that load can word it with its FILE:LINE."""
from hypothesis import given, settings
from hypothesis import strategies as st
from test_hostile_yaml import BILLION_LAUGHS, ISSUE_CASES

from macros.read import loader, strict_yaml
from macros.read.collection_specs import COLLECTIONS

PROFILE = settings(derandomize=True, deadline=None, database=None, max_examples=400)
# pieces of YAML that the full reader refuses or reads in a way of its own
PIECES = ["a", "id", "x y", ": ", "- ", "\n", "  ", "'", '"', "[", "]", "{", "}", ", ", "? ", "# c", "&a ", "*a",
          "!t ", "!!str ", "<<: ", "1", "1e999", "0x1F", "1_000", "true", "no", "~", "null", "---\n", "...\n",
          "\\u200b", "\u200b", "\t", "\r", "e\u0301", "|\n", ">-\n", "2025-07-23", "9" * 30]


def agrees(raw):
    """quick_load reads raw as load does, or leaves it to load, which then has something to say."""
    quick, (value, lines, problems) = strict_yaml.quick_load(raw), strict_yaml.load(raw, "f.yaml")
    if quick is None:
        return value is None or problems
    read, starts = quick
    top = {()} | ({(index,) for index in range(len(read))} if isinstance(read, list) else set())
    return not problems and read == value and starts == {path: lines[path] for path in top}


def test_quick_read_leaves_every_trap_to_the_full_reader():
    traps = [content for content, *_ in ISSUE_CASES.values()] + [BILLION_LAUGHS, "a: 1\na: 2\n", "? [a]\n: b\n"]
    for content in traps:
        raw = content if isinstance(content, bytes) else content.encode("utf-8")
        assert agrees(raw), raw
        assert strict_yaml.quick_load(raw) is None or not strict_yaml.load(raw, "f.yaml")[2], raw


def test_quick_read_reads_the_real_data_as_the_full_reader_does():
    for collection in COLLECTIONS:
        for path in collection.files(loader.ROOT):
            raw = path.read_bytes()
            assert strict_yaml.quick_load(raw) is not None, path
            assert agrees(raw), path


@PROFILE
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30))
def test_quick_read_agrees_on_random_yaml(pieces):
    assert agrees("".join(pieces).encode("utf-8"))


def test_lines_of_a_quickly_read_record_are_those_of_the_full_reader():
    dataset = loader.load(loader.ROOT)
    claims = [record for record in dataset["claims"].values() if record.file == "data/claims/context.yaml"]
    record = claims[len(claims) // 2]
    _, lines, _ = strict_yaml.load((loader.ROOT / record.file).read_bytes(), record.file)
    index = next(path[0] for path, line in lines.items() if len(path) == 1 and line == record.line)
    assert dict(record.lines) == {path[1:]: line for path, line in lines.items() if path[:1] == (index,)}
    assert record.line_of("id") == lines[(index, "id")]
