"""The whole build's data, loaded and validated once per build."""

from macros.check import validate
from macros.common.site import Site
from macros.model import translated
from macros.model.site_model import Model
from macros.read import history as git_history
from macros.read import loader
from macros.read import wordings as git_wordings

_cache = {}
_last_good = {}  # root -> the newest model that validated, kept across rebuilds (make serve)
_build = {
    "root": loader.ROOT,
    "site": Site(),
    "quotes_may_wait": False,
}  # the folder being built (that of its mkdocs.yml), its settings, and whether new quotes may wait


def model(root=None):
    """Validate the data (raising DataError on any problem) and index it once."""
    root = root or _build["root"]
    if str(root) not in _cache:
        ours = root == _build["root"]
        dataset = validate.validate(root, quotes_may_wait=ours and _build["quotes_may_wait"])
        site = _build["site"] if ours else Site()
        _cache[str(root)] = Model(
            translated.edition(dataset, site.language),
            site,
            wordings=git_wordings.read(root),
            english=dataset,
        )
        _last_good[str(root)] = _cache[str(root)]
    return _cache[str(root)]


def fall_back(problems):
    """While the data is broken, build from the last data that validated (True), as `make serve`
    does so that its pages keep answering; the problems are kept for the pages to show. False
    when no data has validated yet in this process."""
    root = str(_build["root"])
    if root not in _last_good:
        return False
    _cache[root] = _last_good[root]
    _build["problems"] = problems
    return True


def note_problems(problems):
    """Problems of the written pages that `make serve` holds back, for the pages to show."""
    _build["problems"] = [*_build.get("problems", []), *problems]


def problems():
    """The problems of the data this build fell back from (fall_back), else none."""
    return _build.get("problems", [])


def history(root=None):
    """The git history, read once per build (one `git log` for every page's date)."""
    root = root or _build["root"]
    key = ("history", str(root))
    if key not in _cache:
        _cache[key] = git_history.read(root)
    return _cache[key]


def site():
    return _build["site"]


def reset(root=loader.ROOT, site_settings=None, read_history=None, quotes_may_wait=False):
    """Forget the loaded data and read it from `root` from now on, for a site with these settings;
    each (re)build calls this with the folder of the mkdocs.yml it builds (and the history it read).
    quotes_may_wait: a pull request's check, where new quotes wait for a maintainer (validate.py)."""
    _cache.clear()
    _build.update(
        root=root, site=site_settings or Site(), quotes_may_wait=quotes_may_wait, problems=[]
    )
    if read_history is not None:
        _cache[("history", str(root))] = read_history
