"""What is left to translate: `python -m macros.cli.translations uk` prints, as YAML to paste
into data/translations/uk/<collection>.yaml, every text of ours that has no current
translation, each with the fingerprint of its English (`of:`) and the English as a comment."""

import argparse
import json
import sys

from macros.check import translations as checked
from macros.check.validate import validate
from macros.model.translated import places
from macros.read import loader
from macros.read.translations import LANGUAGES, fingerprint


def todo(dataset, language, collection=None):
    """{collection: [(record ID, place, English)]} of the texts without a current translation."""
    done = checked.current(dataset, dataset.editions[language])
    found = {}
    for name, record, path, english in places(dataset):
        if (name, record, path) not in done and collection in (None, name):
            found.setdefault(name, []).append((record, ".".join(map(str, path)), english))
    return found


def as_yaml(items, language):
    lines, last = [], None
    for record, place, english in items:
        if record != last:
            lines.append(f"{record}:")
            last = record
        lines.append(f"  # {english}")
        lines += [f"  {place}:", f'    of: "{fingerprint(english)}"', f"    {language}: "]
    return "\n".join(lines) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m macros.cli.translations", description=__doc__.splitlines()[0]
    )
    parser.add_argument("language", choices=LANGUAGES)
    parser.add_argument("--collection", help="one collection only, e.g. claims")
    parser.add_argument(
        "--json", action="store_true", help="as JSON: collection -> [[ID, place, English]]"
    )
    args = parser.parse_args(argv)
    found = todo(validate(loader.ROOT), args.language, args.collection)
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=1))
    else:
        for name, items in found.items():
            print(
                f"# data/translations/{args.language}/{name}.yaml\n{as_yaml(items, args.language)}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
