"""The closed choices of the model; their values are what the file stores."""

from __future__ import annotations

import enum


class OrganisationKind(enum.Enum):
    LOCAL_AUTHORITY = "local_authority"
    NHS_BODY = "nhs_body"
    PARTNERSHIP = "partnership"
    OTHER = "other"

    @property
    def label(self) -> str:
        return (
            "NHS body"
            if self is OrganisationKind.NHS_BODY
            else self.value.replace("_", " ").capitalize()
        )


class ScenarioKind(enum.Enum):
    AS_IS = "as_is"
    TO_BE = "to_be"
    OPTION = "option"


class UnitKind(enum.Enum):
    ORGANISATION = "organisation"
    DEPARTMENT = "department"
    DIRECTORATE = "directorate"
    PILLAR = "pillar"
    SUB_PILLAR = "sub_pillar"
    SERVICE = "service"
    TEAM = "team"

    @property
    def label(self) -> str:
        return self.value.replace("_", "-")


class UnitStatus(enum.Enum):
    IN_PLACE = "in_place"
    TO_BE_CONFIRMED = "to_be_confirmed"

    @property
    def label(self) -> str:
        return "in place" if self is UnitStatus.IN_PLACE else "to be confirmed"


class PostStatus(enum.Enum):
    FILLED = "filled"
    VACANT = "vacant"
    HELD_VACANT = "held_vacant"

    @property
    def label(self) -> str:
        return {"filled": "Filled", "vacant": "Vacant", "held_vacant": "Vacant - held"}[self.value]


class DottedLineKind(enum.Enum):
    ACCOUNTABILITY = "accountability"
    MATRIX = "matrix"
    PROFESSIONAL = "professional"
    SECONDMENT = "secondment"


class OfficerCategory(enum.Enum):
    CHIEF = "chief"
    DEPUTY_CHIEF_DESIGNATED = "deputy_chief_designated"
    DEPUTY_CHIEF_NON_DESIGNATED = "deputy_chief_non_designated"
    OTHER = "other"


class BudgetLineKind(enum.Enum):
    """What a budget line is: money available (a cost centre's budget or a funding source),
    an adjustment to it, or a planned cost that is an amount rather than posts."""

    BUDGET = "budget"
    ADJUSTMENT = "adjustment"
    COST = "cost"


class CostingPoint(enum.Enum):
    """Where in its grade a post is costed; councils budget at the top."""

    BOTTOM = "bottom"
    MID = "mid"
    TOP = "top"
    # Each post's stated salary, or its spinal point; the top of grade where it has neither.
    ACTUAL = "actual"


class ContractKind(enum.Enum):
    """A postholder's contract: it decides who a redundancy or a notice applies to."""

    PERMANENT = "permanent"
    FIXED_TERM = "fixed_term"
    SECONDMENT_IN = "secondment_in"
    SECONDMENT_OUT = "secondment_out"
    AGENCY = "agency"
