"""Write endpoints: review a claim, override a grade, merge or split incidents.

Each needs valid credentials (see :mod:`contested.api.auth`) and records an audit event.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from contested import review
from contested.api.deps import reviewer, store_of
from contested.store import Store

router = APIRouter(prefix="/api")
Reviewer = Annotated[str, Depends(reviewer)]
StoreDep = Annotated[Store, Depends(store_of)]
Comment = Annotated[str, Field(max_length=2000)]


class ClaimDecision(BaseModel):
    status: Literal["accepted", "rejected"]
    comment: Comment = ""


class GradeDecision(BaseModel):
    grade: Literal["confirmed", "fair", "weak", "contested", "discounted"] | None = Field(
        description="null clears the override"
    )
    comment: Comment = ""


class MergeDecision(BaseModel):
    incident_ids: list[str] = Field(min_length=2, max_length=50,
                                    description="the first one keeps its id")
    comment: Comment = ""


class SplitDecision(BaseModel):
    mention_ids: list[str] = Field(min_length=1, max_length=500)
    comment: Comment = ""


@router.get("/whoami", summary="Check credentials")
def whoami(who: Reviewer) -> dict[str, Any]:
    return {"who": who}


@router.post("/claims/{claim_id}/review", summary="Accept or reject a claim")
def review_claim(claim_id: str, body: ClaimDecision, who: Reviewer, store: StoreDep
                 ) -> dict[str, Any]:
    incident_id = review.review_claim(store, claim_id, body.status, body.comment, who)
    return {"claim_id": claim_id, "status": body.status, "incident_id": incident_id}


@router.post("/incidents/{incident_id}/grade", summary="Override (or clear) the grade")
def override_grade(incident_id: str, body: GradeDecision, who: Reviewer, store: StoreDep
                   ) -> dict[str, Any]:
    saved = review.override_grade(store, incident_id, body.grade, body.comment, who)
    return {"incident_id": incident_id, "grade": saved.grade if saved else None}


@router.post("/incidents/merge", summary="Merge incidents into the first one")
def merge(body: MergeDecision, who: Reviewer, store: StoreDep) -> dict[str, Any]:
    target = review.merge_incidents(store, body.incident_ids, body.comment, who)
    return {"incident_id": target}


@router.post("/incidents/{incident_id}/split", summary="Move mentions into a new incident")
def split(incident_id: str, body: SplitDecision, who: Reviewer, store: StoreDep
          ) -> dict[str, Any]:
    new_id = review.split_incident(store, incident_id, body.mention_ids, body.comment, who)
    return {"incident_id": incident_id, "new_incident_id": new_id}
