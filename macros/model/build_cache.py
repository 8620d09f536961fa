"""The whole build's data, loaded and validated once per build."""
from macros.check import validate
from macros.model.site_model import Model
from macros.read import history as git_history
from macros.read import loader

_cache = {}
_built_root = loader.ROOT  # the folder being built, that of its mkdocs.yml (see reset)


def model(root=None):
    """Validate the data (raising DataError on any problem) and index it once."""
    root = root or _built_root
    if str(root) not in _cache:
        _cache[str(root)] = Model(validate.validate(root))
    return _cache[str(root)]


def history(root=None):
    """The git history, read once per build (one `git log` for every page's date)."""
    root = root or _built_root
    key = ("history", str(root))
    if key not in _cache:
        _cache[key] = git_history.read(root)
    return _cache[key]


def reset(root=loader.ROOT):
    """Forget the loaded data and read it from `root` from now on; each (re)build
    calls this with the folder of the mkdocs.yml it builds."""
    global _built_root
    _cache.clear()
    _built_root = root
