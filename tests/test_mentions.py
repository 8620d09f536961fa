"""An actor's page lists what others said of them: the claims that name them (issue 22)."""

from check.records import dataset

from macros.model.mentions import claims_naming


def test_a_claim_names_an_actor_by_name_alias_or_a_surname_no_one_else_has():
    data = dataset(
        actors=[
            {"id": "medinsky", "name": "Vladimir Medinsky", "kind": "person"},
            {"id": "a-fomin", "name": "Alexander Fomin", "kind": "person"},
            {"id": "b-fomin", "name": "Andrei Fomin", "kind": "person"},
            {"id": "ukraine", "name": "Ukraine", "kind": "state", "aliases": ["Kiev"]},
        ],
        claims=[
            {"id": "c1", "text": "The analysis says Medinsky spoke first."},
            {"id": "c2", "text": "Izvestia names Fomin among them."},  # which Fomin: neither
            {"id": "c3", "text": "Kiev's delegation, with Andrei Fomin, arrived."},
            {"id": "c4", "text": "Medinskyite is not a name."},
        ],
    )
    found = {
        actor: [c.id for c in claims]
        for actor, claims in claims_naming(data["actors"], data["claims"]).items()
    }
    assert found == {"medinsky": ["c1"], "b-fomin": ["c3"], "ukraine": ["c3"]}


def test_the_page_of_an_actor_others_name_lists_those_claims(built_site):
    html = (built_site / "actors" / "vladimir-medinsky" / "index.html").read_text(encoding="utf-8")
    assert 'id="what-others-said-of-them"' in html


def test_a_sources_description_of_a_side_is_not_said_on_its_behalf(built_site):
    """Issue 22 (second fact-check, G6): the Brussels preview's own summary of Moscow's demands
    stood under Russia's 'Said on their behalf'; it is what others said of them."""
    html = (built_site / "actors" / "russia" / "index.html").read_text(encoding="utf-8")
    behalf = html.split('id="said-on-their-behalf"', 1)[-1].split(
        'id="what-others-said-of-them"', 1
    )[0]
    assert "russia-demands-brussels" not in behalf
    assert "russia-demands-brussels" in html.split('id="what-others-said-of-them"', 1)[1]
