"""What the import's cut of overlong texts says and where (importers/long_text.py, issue 24).

Each text a proposal file cannot hold is cut to its limit and listed at the file and line the
record came from; every other text is left exactly as it was. The proposals here are the Bury
sample with texts made too long, as a spreadsheet could make them.
"""

from __future__ import annotations

import dataclasses

from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import DocumentId, PostId, ProvenanceId, UnitId
from orgchart_app.domain.provenance import Basis, Provenance
from orgchart_app.domain.tables import Table
from orgchart_app.importers.long_text import CUT_MARK, shorten_long_texts
from orgchart_app.importers.report import ImportReport, Problem, ProblemKind
from orgchart_app.samples.bury import build_bury
from orgchart_app.storage.limits import meta_limit, text_limit

LABEL = text_limit("name")


def _cut(proposal: Proposal) -> list[Problem]:
    report = ImportReport()
    shorten_long_texts(proposal, report)
    assert all(problem.kind is ProblemKind.CUT_TEXT for problem in report.problems)
    return report.problems


def _stated(proposal: Proposal, table: Table, record_id: int, place: str) -> None:
    """A row saying the record was read from the proposal's document at `place`, listed last."""
    (document,) = proposal.documents.values()
    row_id = ProvenanceId(max(proposal.provenance) + 1)
    proposal.provenance[row_id] = Provenance(
        row_id, table.value, record_id, "", Basis.STATED, document.id, place
    )


def _unit_named(proposal: Proposal, unit_id: UnitId, name: str) -> None:
    unit = proposal.units[unit_id]
    proposal.units[unit_id] = dataclasses.replace(unit, name=name)


def test_the_proposal_s_title_is_cut_with_a_warning_and_one_at_the_limit_is_kept() -> None:
    limit = meta_limit("title")
    proposal = build_bury()
    proposal.info = dataclasses.replace(proposal.info, title="T" * (limit + 5))
    report = ImportReport()
    shorten_long_texts(proposal, report)
    assert proposal.info.title == "T" * (limit - 1) + CUT_MARK
    assert report.warnings == [
        "The proposal's title is longer than a file holds; only its first "
        f"{limit - 1:,} characters are kept."
    ]
    proposal.info = dataclasses.replace(proposal.info, title="T" * limit)
    report = ImportReport()
    shorten_long_texts(proposal, report)
    assert proposal.info.title == "T" * limit
    assert report.warnings == []


def test_a_text_at_its_limit_is_kept_whole_beside_one_cut() -> None:
    proposal = build_bury()
    at_limit, over = list(proposal.units)[:2]
    _unit_named(proposal, at_limit, "A" * LABEL)
    _unit_named(proposal, over, "B" * (LABEL + 3))
    problems = _cut(proposal)
    assert proposal.units[at_limit].name == "A" * LABEL
    assert proposal.units[over].name == "B" * (LABEL - 1) + CUT_MARK
    assert [p.message.split(":")[0] for p in problems] == [f"unit {over}"]


def test_a_cut_ends_on_a_word_not_on_spaces() -> None:
    proposal = build_bury()
    unit_id = next(iter(proposal.units))
    _unit_named(proposal, unit_id, "a" * (LABEL - 3) + "  " + "b" * 10)
    _cut(proposal)
    assert proposal.units[unit_id].name == "a" * (LABEL - 3) + CUT_MARK


def test_a_record_is_named_by_its_table_and_number_and_placed_at_its_line() -> None:
    # Bury's units are stated by the report at sections ("s.4 and Appendix 3"), not lines.
    proposal = build_bury()
    (document,) = proposal.documents.values()
    unit_id = next(iter(proposal.units))
    _unit_named(proposal, unit_id, "N" * (LABEL + 1))
    (problem,) = _cut(proposal)
    assert (problem.source, problem.line) == (document.reference, 0)
    assert problem.message == (
        f"unit {unit_id}: its name is {LABEL + 1:,} characters long, more than a proposal "
        f"file holds; only its first {LABEL - 1:,} characters are kept"
    )


def test_only_a_place_that_is_a_line_number_gives_a_line() -> None:
    proposal = build_bury()
    units = list(proposal.units)[:4]
    for unit_id, place in zip(units, ("line 7", "page 3", "line x", "line 7 and 8"), strict=True):
        _stated(proposal, Table.UNITS, unit_id, place)
        _unit_named(proposal, unit_id, "N" * (LABEL + 1))
    lines = {p.message.split(":")[0]: p.line for p in _cut(proposal)}
    assert lines == {f"unit {units[0]}": 7} | {f"unit {unit_id}": 0 for unit_id in units[1:]}


def test_a_record_nobody_stated_is_listed_without_a_place_whatever_others_say() -> None:
    # A unit with no row of its own; a post with its number is stated at line 9 of the file.
    proposal = build_bury()
    unit = next(iter(proposal.units.values()))
    new_id = UnitId(max(proposal.units) + 50)
    proposal.units[new_id] = dataclasses.replace(unit, id=new_id, name="N" * (LABEL + 1))
    _stated(proposal, Table.POSTS, new_id, "line 9")
    (problem,) = _cut(proposal)
    assert (problem.source, problem.line) == ("", 0)
    assert problem.message.startswith(f"unit {new_id}: its name is")


def test_a_post_is_named_by_the_first_forty_characters_of_its_reference() -> None:
    proposal = build_bury()
    post = next(iter(proposal.posts.values()))
    ref = "R" * 40 + "TAIL5"
    proposal.posts[post.id] = dataclasses.replace(post, post_ref=ref, title="T" * (LABEL + 1))
    _stated(proposal, Table.POSTS, post.id, "line 12")
    (problem,) = _cut(proposal)
    assert problem.line == 12
    assert problem.message.startswith(f"post {'R' * 40}: its title is")


def test_a_postholder_is_named_by_their_post_and_placed_at_its_line_or_nowhere() -> None:
    proposal = build_bury()
    holders = list(proposal.postholders.values())[:2]
    stated_post, unstated_post = (holder.post_id for holder in holders)
    # The first holder's post was read at line 4; nothing says where the second's came from.
    _stated(proposal, Table.POSTS, stated_post, "line 4")
    long_ref = dataclasses.replace(proposal.posts[stated_post], post_ref="R" * 40 + "TAIL5")
    proposal.posts[stated_post] = long_ref
    proposal.provenance = {
        key: row
        for key, row in proposal.provenance.items()
        if not (row.table == Table.POSTS.value and row.record_id == unstated_post)
        and row.table != Table.POSTHOLDERS.value
    }
    for holder in holders:
        proposal.postholders[holder.id] = dataclasses.replace(holder, name="Q" * (LABEL + 1))
    places = {p.message.split(":")[0]: (p.source, p.line) for p in _cut(proposal)}
    (document,) = proposal.documents.values()
    other_ref = proposal.posts[PostId(unstated_post)].post_ref
    assert places == {
        f"the postholder of post {'R' * 40}": (document.reference, 4),
        f"the postholder of post {other_ref}": ("", 0),
    }


def test_a_field_and_a_table_of_two_words_are_named_in_words() -> None:
    proposal = build_bury()
    line = next(iter(proposal.budget_lines.values()))
    proposal.budget_lines[line.id] = dataclasses.replace(line, cost_code="C" * (LABEL + 1))
    (problem,) = _cut(proposal)
    assert problem.message.startswith(f"budget line {line.id}: its cost code is")


def test_a_table_after_an_empty_one_is_still_looked_at() -> None:
    # Bury's file has no consultation; its one document comes after that table.
    proposal = build_bury()
    assert not proposal.consultations
    (document,) = proposal.documents.values()
    proposal.documents[document.id] = dataclasses.replace(document, title="D" * (LABEL + 1))
    (problem,) = _cut(proposal)
    assert proposal.documents[DocumentId(document.id)].title.endswith(CUT_MARK)
    assert problem.message.startswith(f"document {document.id}: its title is")
