"""Property-based tests: valid records, mutated at random (keys dropped, types
changed, hostile strings inserted, IDs swapped, lists shuffled, YAML syntax
injected), are either accepted or refused with FILE:LINE lines, never a traceback.

Runs are derandomized (the same examples every run, so a CI failure reproduces
locally) and bounded to keep the suite fast; failures print the example.
"""

import copy
import os
import random
import re

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from macros.check import rules, schema_messages, schemas, validate
from macros.cli import validate as validate_cli
from macros.common.problems import DataError
from macros.read import loader, strict_yaml
from macros.read.collection_specs import BY_NAME
from macros.read.values import walk

from conftest import ARTICLES, ROOT, copy_data

PROFILE = settings(
    derandomize=True,
    deadline=None,
    print_blob=True,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)  # fixtures are reset per example
FAST = os.environ.get("TEST_FAST") == "1"  # make test-fast: a tenth of the examples


def examples(count):
    return max(3, count // 10) if FAST else count


PROBLEM_LINE = re.compile(r"^[^\n:]+:\d+: .+?: .+; .+$")
HOSTILE = [
    "<script>alert(1)</script>",
    '" onmouseover="x',
    "javascript:alert(1)",
    "{{ 7*7 }}",
    "{% raw %}",
    '=HYPERLINK("http://x")',
    "@SUM(1)",
    "+1",
    "-1",
    "no",
    "on",
    "yes",
    "1,200",
    "2025-7-23",
    "23 July 2025",
    "2999-01-01",
    "&a",
    "*a",
    "!!python/object/apply:os.system [id]",
    "\t",
    "\x00",
    "\x1b[2J",
    "\u202e",
    "\ufeff",
    "\u2028",
    "---",
    "- x",
    "key: value",
    "[",
    "{",
    "}",
    "#",
    "|",
    ">",
    "'",
    '"',
    "\\",
    "%YAML 1.1",
    "? x",
    ": ",
    "<<: *a",
    "x" * 3000,
    "Кий",
    "🙂",
    "\r",
    "\r\n",
    "\n\n",
    " ",
    "",
    "1e999",
    "9" * 5000,
    "~",
    "null",
    "true",
    "0x1F",
    "12:30",
    ".inf",
]
YAML_SYNTAX = [
    "&a ",
    "*a",
    "!!str ",
    "!tag ",
    "{",
    "}",
    "[",
    "]",
    "- ",
    ": ",
    "? ",
    "#",
    "|",
    ">",
    "'",
    '"',
    "\t",
    "---\n",
    "...\n",
    "%YAML 1.2\n",
    "<<: ",
    ",",
    "@",
    "`",
    "\\",
    "\x00",
    "\ufeff",
    "\x85",
    "  ",
    "\n",
]


def all_files():
    return sorted(
        path.relative_to(ROOT).as_posix() for c in BY_NAME.values() for path in c.files(ROOT)
    )


FILES = all_files()


def collection_of(file):
    return next(c for c in BY_NAME.values() if ROOT / file in c.files(ROOT))


def assert_problems_well_formed(problems, file=None):
    for problem in problems:
        text = str(problem)
        assert PROBLEM_LINE.match(text), text
        assert problem.line >= 1
        assert file is None or problem.file == file


# --- 1. The YAML reader, on raw text with syntax and bytes injected ---------------------


@st.composite
def mutated_text(draw):
    file = draw(st.sampled_from(FILES))
    raw = (ROOT / file).read_bytes()
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(raw)))
        kind = draw(st.sampled_from(["syntax", "hostile", "delete", "bytes", "duplicate-line"]))
        if kind == "syntax":
            raw = raw[:at] + draw(st.sampled_from(YAML_SYNTAX)).encode() + raw[at:]
        elif kind == "hostile":
            raw = raw[:at] + draw(st.sampled_from(HOSTILE)).encode() + raw[at:]
        elif kind == "delete":
            raw = raw[:at] + raw[at + draw(st.integers(1, 40)) :]
        elif kind == "bytes":
            raw = raw[:at] + draw(st.binary(min_size=1, max_size=4)) + raw[at:]
        else:
            lines = raw.split(b"\n")
            index = draw(st.integers(0, len(lines) - 1))
            raw = b"\n".join(lines[: index + 1] + [lines[index]] + lines[index + 1 :])
    return file, raw


@settings(PROFILE, max_examples=examples(300))
@given(mutated_text())
def test_yaml_reader_never_raises(case):
    file, raw = case
    value, lines, problems = strict_yaml.load(raw, file)
    assert_problems_well_formed(problems, file)
    if value is None:
        assert problems
    else:
        assert all(1 <= line <= raw.count(b"\n") + 1 for line in lines.values())
        assert_problems_well_formed(
            schema_messages.check(value, collection_of(file).schema, file, lines), file
        )


# --- 2. Schema and meaning checks, on mutated values in memory -----------------------------


@pytest.fixture(scope="module")
def dataset():
    return loader.load(ROOT)


def ids(dataset):
    return sorted({record_id for records in dataset.records.values() for record_id in records}) + [
        "no-such-id"
    ]


def set_at(value, path, new):
    if not path:
        return new
    parent = value
    for key in path[:-1]:
        parent = parent[key]
    if new is _DROP:
        del parent[path[-1]]
    else:
        parent[path[-1]] = new
    return value


_DROP = object()
# Empty lists and dicts are built fresh for each draw: st.just([]) would share one object between places.
ODD_VALUES = st.one_of(
    st.sampled_from(HOSTILE),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False),
    st.booleans(),
    st.none(),
    st.builds(list),
    st.builds(dict),
    st.lists(st.sampled_from(HOSTILE), max_size=3),
    st.dictionaries(
        st.sampled_from(["id", "x", "source", "quote", "date"]),
        st.sampled_from(HOSTILE),
        max_size=2,
    ),
    st.text(max_size=30),
)


@st.composite
def mutation(draw, value, id_pool):
    """One random change to a copy of a record or list file's value."""
    value = copy.deepcopy(value)
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(list(walk(value))))
        path, old = where
        kind = draw(
            st.sampled_from(
                ["drop", "retype", "hostile", "swap-id", "shuffle", "unknown-key", "repeat"]
            )
        )
        if kind == "drop" and path and isinstance(path[-1], str):
            value = set_at(value, path, _DROP)
        elif kind == "retype":
            value = set_at(value, path, draw(ODD_VALUES))
        elif kind == "hostile" and isinstance(old, str):
            value = set_at(value, path, old + draw(st.sampled_from(HOSTILE)))
        elif kind == "swap-id" and isinstance(old, str):
            value = set_at(value, path, draw(st.sampled_from(id_pool)))
        elif kind == "shuffle" and isinstance(old, list):
            random.Random(draw(st.integers(0, 1000))).shuffle(old)
        elif kind == "unknown-key" and isinstance(old, dict):
            old[draw(st.sampled_from(["wether", "<script>", "{{ x }}", "id "]))] = draw(ODD_VALUES)
        elif kind == "repeat" and isinstance(old, list) and old:
            old.append(copy.deepcopy(old[0]))
    return value


@settings(PROFILE, max_examples=examples(300))
@given(st.data())
def test_schema_and_meaning_checks_never_raise(dataset, data):
    collection = data.draw(st.sampled_from([c for c in dataset.records if dataset.records[c]]))
    record = data.draw(st.sampled_from(list(dataset.records[collection].values())))
    mutated = data.draw(mutation(record.data, ids(dataset)))
    file, whole, lines = record.file, mutated, record.lines
    if not BY_NAME[collection].per_record:  # list files: the schema describes the whole list
        whole, lines = [mutated], {(0,) + path: line for path, line in lines.items()}
    assert_problems_well_formed(
        schema_messages.check(whole, BY_NAME[collection].schema, file, lines), file
    )
    clone = loader.Dataset(
        dataset.root, {name: dict(records) for name, records in dataset.records.items()}, []
    )
    if isinstance(mutated, dict) and isinstance(mutated.get("id"), str):
        clone.records[collection].pop(record.id)
        clone.records[collection][mutated["id"]] = loader.Record(
            collection, mutated["id"], mutated, file, record.line, record.lines
        )
    else:
        clone.records[collection].pop(record.id)
    assert_problems_well_formed(rules.check(clone))


# --- 3. The whole validator, end to end, on mutated files ----------------------------------


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return copy_data(tmp_path_factory.mktemp("project"))


@settings(PROFILE, max_examples=examples(25))
@given(data=st.data())
def test_validator_accepts_or_refuses_with_file_and_line(
    project, dataset, data, capsys, monkeypatch
):
    monkeypatch.setenv("ISTANBUL_ARTICLES", str(ARTICLES))
    file = data.draw(st.sampled_from(FILES))
    original = (project / file).read_bytes()
    value, _, _ = strict_yaml.load(original, file)
    mutated = data.draw(mutation(value, ids(dataset)))
    text = yaml.safe_dump(mutated, allow_unicode=True, sort_keys=False, width=200).encode(
        "utf-8", "surrogatepass"
    )
    if data.draw(st.booleans()):
        at = data.draw(st.integers(0, len(text)))
        text = text[:at] + data.draw(st.sampled_from(YAML_SYNTAX)).encode() + text[at:]
    try:
        (project / file).write_bytes(text)
        status = validate_cli.main(["--root", str(project)])
        out = capsys.readouterr()
    finally:
        (project / file).write_bytes(original)
    assert "Traceback" not in out.err
    if status == 0:
        assert "data OK" in out.out
        return
    assert status == 1
    lines = out.err.strip().splitlines()
    assert re.fullmatch(r"\d+ problem\(s\) in the data:", lines[0]) and lines[-1].startswith(
        "Nothing was built"
    )
    for line in lines[1:-1]:
        assert PROBLEM_LINE.match(line), line


def test_validate_raises_only_data_error(project, monkeypatch):
    """The build relies on this: any bad data is a DataError, never another exception."""
    monkeypatch.setenv("ISTANBUL_ARTICLES", str(ARTICLES))
    path = project / "data/issues/hostile-test.yaml"
    path.write_bytes(b"id: hostile-test\nname: [\n")
    try:
        with pytest.raises(DataError):
            validate.validate(project)
    finally:
        path.unlink()


# --- 4. Records that stay valid after hostile text is added render inert ---------------------


def pick(data, dataset):
    """A random record of a collection that pages show."""
    collection = data.draw(
        st.sampled_from(
            [
                "rounds",
                "actors",
                "issues",
                "claims",
                "events",
                "commitments",
                "disagreements",
                "glossary",
                "sources",
            ]
        )
    )
    return collection, data.draw(st.sampled_from(list(dataset.records[collection].values())))


def accepted_model(dataset, collection, record, mutated):
    """The Model of the data with one record's data replaced, or None if the validator refuses it."""
    from macros.model.site_model import Model

    clone = loader.Dataset(
        dataset.root, {name: dict(records) for name, records in dataset.records.items()}, []
    )
    clone.records[collection][record.id] = loader.Record(
        collection, record.id, mutated, record.file, record.line, record.lines
    )
    whole = mutated if BY_NAME[collection].per_record else [mutated]
    if schema_messages.check(whole, BY_NAME[collection].schema, record.file, {}) or rules.check(
        clone
    ):
        return None
    return Model(clone)


RENDER_HOSTILE = [
    "<script>alert(1)</script>",
    '" onmouseover="alert(1)',
    "QQ{{ 7*7 }}QQ alert",
    "{% raw %}alert",
    "[a](javascript:alert(1))",
    '{: onclick="alert(1)" }',
    "<img src=x onerror=alert(1)>",
    "<!--alert",
]
NOT_FREE_TEXT = {"quote", "id", "file", "sha256", "language", "original_language", "term"}


def free_text(value):
    """Paths of the texts a contributor writes in words (not IDs, dates, codes or quotes)."""
    return [
        path
        for path, leaf in walk(value)
        if isinstance(leaf, str)
        and " " in leaf
        and not (set(p for p in path if isinstance(p, str)) & NOT_FREE_TEXT)
    ]


@settings(PROFILE, max_examples=examples(20))
@given(data=st.data())
def test_valid_hostile_text_renders_inert(dataset, data):
    from markdown import markdown  # Python-Markdown, as MkDocs runs it on the generated pages

    from macros.pages import record_pages

    from hostile import html_problems

    collection, record = pick(data, dataset)
    mutated = copy.deepcopy(record.data)
    for path in data.draw(
        st.lists(st.sampled_from(free_text(mutated) or [None]), min_size=1, max_size=3)
    ):
        if path is not None:
            set_at(
                mutated,
                path,
                f"{data.draw(st.sampled_from(RENDER_HOSTILE))} x {data.draw(st.sampled_from(RENDER_HOSTILE))}",
            )
    model = accepted_model(dataset, collection, record, mutated)
    if model is None:
        return  # refused: the other tests check how
    touched = [
        spec
        for spec in record_pages.all_pages(model) + record_pages.index_pages(model)
        if "alert" in spec.content
    ]
    for spec in touched[:3]:  # every hostile text says alert; Markdown is slow, three pages will do
        body = spec.content.split("\n---\n", 1)[-1]
        html = markdown(body, extensions=["attr_list", "toc"])
        assert not html_problems(html), (spec.src_uri, html_problems(html))
        assert "QQ49QQ" not in html and "<script>alert" not in html, spec.src_uri


# --- 5. The inlined schemas judge exactly as the schema files do ----------------------------


@pytest.fixture(scope="module")
def ref_validators():
    """Validators on the schema files as written, their $refs resolved by jsonschema-rs itself."""
    import jsonschema_rs

    files = schemas.schema_files()
    registry = jsonschema_rs.Registry([(s["$id"], s) for s in files.values()])
    return {
        name: jsonschema_rs.Draft202012Validator(s, registry=registry) for name, s in files.items()
    }


@settings(PROFILE, max_examples=examples(80))
@given(data=st.data())
def test_inlined_schemas_find_the_same_errors(dataset, ref_validators, data):
    collection = data.draw(st.sampled_from([c for c in dataset.records if dataset.records[c]]))
    record = data.draw(st.sampled_from(list(dataset.records[collection].values())))
    mutated = data.draw(mutation(record.data, ids(dataset)))
    whole = mutated if BY_NAME[collection].per_record else [mutated]
    schema = BY_NAME[collection].schema

    def found(validator):
        return sorted(
            tuple(map(str, error.instance_path)) for error in validator.iter_errors(whole)
        )

    assert found(schemas.validator(schema)) == found(ref_validators[schema])


def test_the_claims_schema_requires_a_voice_with_a_quote(dataset):
    """'If quote then voice', an if/then: a quote must say whose words it is."""
    claim = next(
        r.data for r in dataset["claims"].values() if any("quote" in c for c in r.data["sources"])
    )
    quoted = copy.deepcopy(claim)
    assert schemas.validator("claims.schema.json").is_valid([quoted])
    for citation in quoted["sources"]:
        citation.pop("voice", None)
    assert not schemas.validator("claims.schema.json").is_valid([quoted])


@pytest.mark.parametrize("number", [10**40, -(10**40), 2**64, 2**63 - 1, -(2**63) - 1])
def test_numbers_beyond_64_bits_are_judged_as_numbers(dataset, number):
    """The strict reader keeps integers of any size; the schema judges them like any other
    (a round number is at least 1)."""
    round_ = {**next(iter(dataset["rounds"].values())).data, "number": number}
    assert schemas.validator("round.schema.json").is_valid(round_) == (number >= 1)


# --- 6. The views across the data survive valid records with parts left out ---------------


class _MacroEnv:
    """Just enough of mkdocs-macros' env to collect the macros macros/__init__.py registers."""

    def __init__(self):
        self.macros, self.page = {}, type("Page", (), {"url": "timeline/"})()

    def macro(self, function, name=None):
        self.macros[name or function.__name__] = function
        return function


@settings(PROFILE, max_examples=examples(40))
@given(data=st.data())
def test_views_render_valid_records_with_optional_parts_left_out(dataset, monkeypatch, data):
    import macros
    from macros.model import build_cache

    from hostile import html_problems

    collection, record = pick(data, dataset)
    mutated = copy.deepcopy(record.data)
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(
            st.sampled_from([p for p, _ in walk(mutated) if p and isinstance(p[-1], str)])
        )
        set_at(mutated, path, data.draw(st.sampled_from([_DROP, []])))
    model = accepted_model(dataset, collection, record, mutated)
    if model is None:
        return  # refused: the other tests check how
    monkeypatch.setattr(build_cache, "model", lambda root=None: model)
    env = _MacroEnv()
    macros.define_env(env)
    for name, render in env.macros.items():
        if name not in ("last_update", "repo_link"):  # read git and the configuration, not the data
            assert not html_problems(render()), name


# --- 7. Validate and build agree: what the checks accept renders ---------------------------


def render_everything(model):
    """Every generated page, every view macro and the feed, as the build makes them."""
    import macros
    from macros.common.site import Site
    from macros.model import build_cache
    from macros.pages import record_pages
    from macros.publish import api, feed
    from macros.read.history import History

    record_pages.all_pages(model), record_pages.index_pages(model)
    api.files(model, Site("Site", "https://example.invalid/", "d", ""), "2025-01-01T00:00:00Z")
    feed.atom(
        model,
        History((), "unversioned"),
        "https://example.invalid/",
        "Site",
        "https://example.invalid/repo",
    )
    env = _MacroEnv()
    original, build_cache.model = build_cache.model, lambda root=None: model
    try:
        macros.define_env(env)
        for name, render in env.macros.items():
            if name not in (
                "last_update",
                "repo_link",
            ):  # read git and the configuration, not the data
                render()
    finally:
        build_cache.model = original


@st.composite
def retarget(draw, value, collection, dataset):
    """A reference in a copy of a record pointed at a record of any collection, any kind of ID."""
    from macros.common.references import reference_target

    value = copy.deepcopy(value)
    refs = [
        path
        for path, leaf in walk(value)
        if isinstance(leaf, str) and reference_target(collection, path)
    ]
    if refs:
        other = draw(st.sampled_from([c for c in dataset.records if dataset.records[c]]))
        set_at(
            value, draw(st.sampled_from(refs)), draw(st.sampled_from(list(dataset.records[other])))
        )
    return value


@pytest.mark.parametrize("collection", [c for c in BY_NAME if c != "redirects"])
@settings(PROFILE, max_examples=examples(12))
@given(data=st.data())
def test_every_mutation_is_refused_or_renders(dataset, collection, data):
    """The same random change to a real record goes to the checks and to every renderer:
    either the checks refuse it (DataError in the build) or everything renders."""
    record = data.draw(st.sampled_from(list(dataset.records[collection].values())))
    mutated = data.draw(
        st.one_of(mutation(record.data, ids(dataset)), retarget(record.data, collection, dataset))
    )
    if not isinstance(mutated, dict):
        return  # a record that is not a mapping is refused by the schema
    model = accepted_model(dataset, collection, record, mutated)
    if model is not None:
        render_everything(model)


def test_a_correction_of_a_glossary_term_renders(dataset):
    """Found by the test above (at 60 examples of corrections): a glossary term has no address,
    and the corrections log linked to None."""
    correction = next(iter(dataset["corrections"].values()))
    term = next(iter(dataset["glossary"]))
    model = accepted_model(dataset, "corrections", correction, {**correction.data, "record": term})
    assert model is not None
    render_everything(model)
