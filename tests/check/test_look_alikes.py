from macros.check.rules import look_alikes
from macros.common import letters

from .records import dataset, problems


def test_names_that_read_the_same_are_reported():
    cyrillic_a = "Vl\u0430dimir Medinsky"
    data = dataset(
        actors=[
            {"id": "vladimir-medinsky", "name": "Vladimir Medinsky"},
            {"id": "medinsky-2", "name": cyrillic_a},
        ]
    )
    assert problems(look_alikes.RULE, data)[
        1:
    ] == [  # after: the word mixes letters of Cyrillic and Latin
        f"data/actors/medinsky-2.yaml:2: name: '{cyrillic_a}' reads the same as "
        "'Vladimir Medinsky' of vladimir-medinsky "
        "(data/actors/vladimir-medinsky.yaml:1); expected a name that readers can tell apart; if it is the same one, "
        "use that record, and type every letter in one alphabet"
    ]


def test_aliases_and_ids_count_and_one_record_may_repeat_itself():
    data = dataset(
        actors=[
            {"id": "kyiv", "name": "Kyiv", "aliases": ["KYIV", "Kiev"]},
            {"id": "kiev-city", "name": "Kiev City", "aliases": ["Κiev"]},
        ]
    )  # a Greek capital kappa
    assert [p.split(": ")[1] for p in problems(look_alikes.RULE, data)] == [
        "aliases[0]"
    ] * 2  # mixed, and a duplicate


def test_names_in_other_scripts_and_other_collections_are_not_look_alikes():
    data = dataset(
        actors=[
            {"id": "a", "name": "Medinsky", "native_name": "Мединский"},
            {"id": "b", "name": "Umerov"},
        ],
        issues=[{"id": "a", "name": "Medinsky"}],
    )
    assert problems(look_alikes.RULE, data) == []
    assert letters.skeleton("Ｍedinsky  ") == letters.skeleton("medinsky")


# Red-team F22: each passed beside 'Rustem Umerov' with a look-alike list alone.
LETTERS = {
    "Armenian o": "Rustem Umer\u0585v",
    "small capital O": "Rustem Umer\u1d0fv",
    "Cherokee M": "Rustem \u13b7merov",
    "IPA open o": "Rustem Umer\u0254v",
    "IPA alpha": "Rustem Umer\u0251v",
    "Armenian vo": "R\u0578stem Umerov",
    "combining dot left over by NFC": "Rustem Umero\u0358v",
}


def test_names_whose_letters_could_pass_for_others_are_reported():
    data = dataset(
        actors=[{"id": "rustem-umerov", "name": "Rustem Umerov"}]
        + [{"id": f"x-{n}", "name": name} for n, name in enumerate(LETTERS.values())]
    )
    found = problems(look_alikes.RULE, data)
    assert [p.split(":")[0] for p in found] == [
        f"data/actors/x-{n}.yaml" for n in range(len(LETTERS))
    ], found
    assert all("expected plain Latin or Cyrillic letters" in p for p in found)


def test_names_in_one_script_a_word_pass():
    data = dataset(
        actors=[
            {"id": "a", "name": "Rustem Umerov", "native_name": "Рустем Умєров"},
            {"id": "b", "name": "Hakan Fidan", "native_name": "Hakan Fidan", "aliases": ["Şahin"]},
            {"id": "c", "name": "Kyrylo Budanov", "aliases": ["Ukrainian Defenceʼs office"]},
        ]
    )
    assert problems(look_alikes.RULE, data) == []


# Red team, issue #20 second pass: letters of scripts the site does not use, drawn like Latin
# ones ('ꓠꓮꓔꓳ' in Lisu reads NATO), and compatibility forms (Roman numerals, mathematical letters).
OTHER_SCRIPTS = {
    "Lisu NATO": "ꓠꓮꓔꓳ",
    "Cherokee BBC": "the ᏴᏴᏟ says",
    "Roman numeral M": "Ⅿedinsky said",
    "mathematical bold": "𝐏𝐚𝐲𝐩𝐚𝐥",
    "Armenian goog": "ցօօց",
    "Japanese": "東京",
}


def test_letters_of_other_scripts_are_refused_in_any_text():
    data = dataset(
        actors=[{"id": f"x-{n}", "note": t} for n, t in enumerate(OTHER_SCRIPTS.values())]
    )
    found = problems(look_alikes.RULE, data)
    assert len(found) == len(OTHER_SCRIPTS), found
    assert all("is not a plain Latin or Cyrillic letter" in p for p in found), found


# Red team, third pass: rare Latin and Cyrillic letters drawn like common ones, other digits.
RARE = {
    "Latin dental click for l": "Vǀadimir Putin",
    "Latin capital beta": "ꞴELARUS",
    "Latin P with flourish": "Vladimir Ꝑutin",
    "Cyrillic supplement we": "ԜНО",
    "NKo zero": "NAT߀",
    "Bengali zero": "NAT০",
}


def test_rare_letters_and_other_digits_are_refused():
    data = dataset(actors=[{"id": f"x-{n}", "name": t} for n, t in enumerate(RARE.values())])
    assert len(problems(look_alikes.RULE, data)) == len(RARE)


def test_a_cyrillic_capital_drawn_like_latin_counts_as_disguised():
    found = problems(look_alikes.RULE, dataset(actors=[{"id": "t", "name": "ТОҮОТА"}]))
    assert len(found) == 1 and "drawn like Latin ones" in found[0], found


def test_a_cyrillic_text_may_name_someone_in_latin_letters():
    """A Ukrainian or Russian translation is mostly Cyrillic: its words drawn like Latin ones
    ('все', 'В') are its own, and a name the articles spell in Latin letters stands in it."""
    assert (
        letters.letters_problem("В усіх статтях його звуть Recep Erdogan, а все інше кирилицею.")
        is None
    )
    assert "drawn like Latin" in letters.letters_problem("Рерѕі news")
