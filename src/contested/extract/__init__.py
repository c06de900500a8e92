"""The extract stage: Article -> Mentions, each with its Claims.

``Extractor`` holds the loaded resources (gazetteer, actor and claimant lexicons) and runs the
components in order: sentences -> event mentions -> dates -> places -> claimants -> stances and
tolls -> claims. Each component stamps its id on what it makes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from contested.extract.actors import ANAPHOR, GENERIC, defined_acronyms, unknown_parties
from contested.extract.claimant import ClaimantPhrase, document_issuer, find_claimant
from contested.extract.claims import (
    Speaker,
    casualty_claim,
    drop_repeats,
    merge_adjacent,
    stance_claim,
)
from contested.extract.datelines import (
    Dateline,
    after_dateline,
    find_datelines,
    story_anchor,
)
from contested.extract.event_types import incident_type
from contested.extract.events import COMPONENT as EVENTS_COMPONENT
from contested.extract.events import find_triggers
from contested.extract.mentions import CLOSING, SAME_DAY, Draft, group_mentions, is_stance
from contested.extract.names import name_candidates
from contested.extract.sentences import Sentence, split_sentences
from contested.extract.stance import Stance
from contested.extract.stance_frames import same_force
from contested.ids import stable_id
from contested.types import Article, Claim, DatePrecision, Mention, Place, SourceKind, Span

if TYPE_CHECKING:
    from contested.extract.actors import ActorHit, ActorLexicon
    from contested.extract.casualties import CasualtyFigure
    from contested.extract.claimants import ClaimantLexicon
    from contested.extract.dates import DateGuess
    from contested.extract.places import Gazetteer
    from contested.gazetteer.model import LookupContext

__all__ = ["Extractor", "extract_article"]

_ORGAN = re.compile(
    r"^(?:the\s+)?(?:(?:national\s+)?defen[cs]e\s+ministry|ministry\s+of\s+(?:national\s+)?"
    r"defen[cs]e|military|army|armed\s+forces|general\s+staff|interior\s+ministry|ministry\s+of"
    r"\s+interior|foreign\s+ministry|ministry\s+of\s+foreign\s+affairs|government|presidency)$",
    re.IGNORECASE,
)
_BODY_ANAPHOR = re.compile(
    r"\b(?:group|organi[sz]ation|ministry|agency|council|command|observatory|monitor|army"
    r"|military|office|department|mission|directorate|presidency|embassy|commission|alliance)$",
    re.IGNORECASE,
)
_PEOPLE: frozenset[str] = frozenset({"witness", "unnamed"})
# An anaphor whose own noun says what kind of body speaks ("the army said" is no rights group),
# unlike "the ministry", which may be a defence ministry (military) or another (government)
_ROLE_KIND = re.compile(r"\b(?:army|military|police|defen[cs]e|interior|ministers?)\b", re.IGNORECASE)
_KIND_ANAPHOR = re.compile(r"\b(?:army|military|observatory|monitor)$", re.IGNORECASE)
_ROLE_HEAD = re.compile(
    r"\b(?:officials?|officers?|commanders?|sources?|spokes(?:man|woman|person)|diplomats?"
    r"|ministers?|aides?)\b",
    re.IGNORECASE,
)
_A_SOURCE = re.compile(r"\bsources?\b", re.IGNORECASE)
_BLAME: frozenset[str] = frozenset({"attribution", "confirmation"})
_BREAKING = re.compile(r"\b(?:have|has)\s+(?:\w+ly\s+)?\w+ed\b|\b(?:strikes|hits|kills|bombs)\b")


@dataclass(frozen=True)
class DatedMention:
    date: dt.date | None
    precision: DatePrecision | None
    span: Span | None


class Extractor:
    """Loads its resources once; ``extract`` is then a pure function of the article."""

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        actors: ActorLexicon | None = None,
        claimants: ClaimantLexicon | None = None,
    ) -> None:
        self._gazetteer = gazetteer
        self._actors = actors
        self._claimants = claimants
        self._acronym_text: str | None = None
        self._acronym_map: dict[str, str] = {}

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            from contested.gazetteer import open_gazetteer

            self._gazetteer = open_gazetteer()
        return self._gazetteer

    @property
    def actors(self) -> ActorLexicon:
        if self._actors is None:
            from contested.extract.actors import load_actors

            self._actors = load_actors()
        return self._actors

    @property
    def claimants(self) -> ClaimantLexicon:
        if self._claimants is None:
            from contested.extract.claimants import ClaimantLexicon

            self._claimants = ClaimantLexicon.load()
        return self._claimants

    def extract(self, article: Article) -> tuple[Mention, ...]:
        text = article.text
        sentences = split_sentences(text)
        datelines = find_datelines(text, sentences)
        anchor = story_anchor(article.published, datelines, text)
        drafts = group_mentions(text, sentences, anchor, [d.span for d in datelines])
        if not drafts:
            return ()
        from contested.extract.places import article_context

        names = self.gazetteer.find_names(text)
        context = article_context(self.gazetteer, text, [d.span for d in datelines], names)
        recalled = {s.index for d in drafts if d.role == "background" for s in d.sentences}
        speakers = self._speakers(article, sentences, datelines, context.countries, recalled)
        mentions: list[Mention] = []
        for draft in drafts:
            window = _window(draft, sentences)
            mention = self._mention(
                article, draft, context, speakers, datelines, names, sentences, window
            )
            fresh = any(m.role == "primary" and m.date != mention.date for m in mentions)
            mention = _recalled_if_stale(mention, draft, anchor, sentences, fresh)
            mentions.append(_same_day(mention, draft, mentions))
        candidates = name_candidates(text)  # the whole article's, for the resolver
        return tuple(replace(m, names=candidates) for m in mentions)

    def _actor_hits(
        self, text: str, span: Span, context: LookupContext, datelines: Sequence[Span] = ()
    ) -> list[ActorHit]:
        """Actors named in ``span``; a dateline's city ("BEIRUT -") names where the story
        was filed, not a party."""
        found = self.actors.find(text, span.start, span.end, context_countries=context.countries)
        acronyms = self._acronyms(text)
        if acronyms:
            found = [self._spelled_out(h, acronyms) for h in found]
        state = self.actors.state_of(context.countries[0]) if context.countries else None
        taken = [h.span for h in found]
        found += unknown_parties(text, span.start, span.end, taken, state, acronyms)
        found += self._anaphors(text, span, found, context)
        found.sort(key=lambda h: h.span.start)
        return [h for h in found if not any(d.overlaps(h.span) for d in datelines)]

    def _spelled_out(self, hit: ActorHit, acronyms: Mapping[str, str]) -> ActorHit:
        """A lexicon acronym the article spells out for another party ("the Northern Defence
        Front (NDF)" in a story the lexicon's NDF has nothing to do with) names the article's."""
        name = acronyms.get(hit.alias)
        if name is None or self.actors.canonical(name) == hit.canonical:
            return hit
        return replace(hit, canonical=name, kind="non_state", root=name, component=GENERIC)

    def _acronyms(self, text: str) -> dict[str, str]:
        """The article's spelled-out acronyms (:func:`defined_acronyms`), read once per text."""
        if self._acronym_text is not text:
            self._acronym_text, self._acronym_map = text, defined_acronyms(text)
        return self._acronym_map

    def _anaphors(
        self, text: str, span: Span, found: Sequence[ActorHit], context: LookupContext
    ) -> list[ActorHit]:
        """"The group claimed responsibility", "the rebels denied it": the armed group named
        last before, in the article's preceding 1,500 characters."""
        hits: list[ActorHit] = []
        for m in ANAPHOR.finditer(text, span.start, span.end):
            at = Span(m.start(), m.end())
            if any(at.overlaps(h.span) for h in found):
                continue
            before = max(0, span.start - 1500)
            named = self.actors.find(text, before, span.start, context.countries)
            named += unknown_parties(text, before, span.start, [h.span for h in named])
            groups = [h for h in named if h.kind in ("non_state", "militia") and h.form == "name"]
            if groups:
                last = max(groups, key=lambda h: h.span.start)
                hits.append(replace(last, span=at, alias=m.group()))
        return hits

    # ------------------------------------------------------------ one mention

    def _mention(
        self,
        article: Article,
        draft: Draft,
        context: LookupContext,
        speakers: dict[int, Speaker],
        datelines: Sequence[Dateline],
        names: Sequence[tuple[int, int, str]],
        sentences: Sequence[Sentence],
        window: Sequence[Span] = (),
    ) -> Mention:
        """``sentences``: the article's; ``window``: the draft's sentences and the one after
        each (where "the drone belonged to the army" is told)."""
        from contested.extract.places import choose_place, event_first, toponyms

        text = article.text
        mention_id = stable_id("men", article.article_id, draft.triggers[0].span.start)
        kinds = {t.event_type for t in draft.triggers}
        own = {t.span for t in draft.triggers}
        others = [
            t.span
            for s in draft.sentences
            for t in find_triggers(text, s.span)
            if t.background != (draft.role == "background")
            and t.span not in own
            and not (t.cause and draft.role == "primary" and t.event_type in kinds)
        ]
        recalled = [_around(t, len(text)) for t in others]
        dated = self._date(article, draft, recalled, datelines)
        skip = [d.span for d in datelines]
        hits = {s.index: self._actor_hits(text, s.span, context, skip) for s in draft.sentences}
        actors = [h.span for found in hits.values() for h in found if h.form == "name"]
        tiers = _place_tiers(article, draft)
        found = toponyms(
            self.gazetteer, text, [s for t in tiers for s in t], context, others, skip, names, actors
        )
        place = choose_place(
            event_first(
                [[p for p in found if any(s.contains(p.span) for s in t)] for t in tiers], text
            )
        )
        if place is None and draft.role == "primary":
            place = self._filed_from(text, datelines, context)
        if place is None and draft.role == "primary":
            place = self._lede_place(article, sentences, context, skip, names)
        if place is None and draft.role == "primary":
            place = self._title_place(article, sentences, context, skip, names)
        claims, parties = self._claims(article, mention_id, draft, speakers, hits, recalled)
        return Mention(
            mention_id=mention_id,
            article_id=article.article_id,
            role=draft.role,
            event_type=incident_type(text, window, draft.triggers),
            trigger=draft.triggers[0].span,
            component=EVENTS_COMPONENT,
            date=dated.date,
            date_precision=dated.precision,
            date_span=dated.span,
            place=place,
            perpetrators=parties,
            summary=" ".join(s.text for s in draft.sentences[:3])[:600],
            claims=tuple(claims),
        )

    def _lede_place(
        self, article: Article, sentences: Sequence[Sentence], context: LookupContext,
        skip: Sequence[Span], names: Sequence[tuple[int, int, str]],
    ) -> Place | None:
        """The lede's place, for a primary incident its own sentences leave unplaced: a story's
        first sentence (or second, after a byline) says where ("The village of X, in the
        municipality of Y, buried its dead"). Only a place the lede puts something in ("in X",
        "near X"), finer than a country, in the country the article is most about."""
        if not context.countries:
            return None
        from contested.extract.places import choose_place, toponyms

        body = [s for s in sentences if not (_is_title(article, s) or _is_heading(s))]
        for lede in body[:2]:  # the first may be a byline ("Outlet | City, date")
            found = toponyms(self.gazetteer, article.text, [lede.span], context, (), skip, names)
            place = choose_place([t for t in found if t.located and t.match.feature != "PCLI"
                                  and t.match.country == context.countries[0]])
            if place is not None:
                return place
        return None

    def _title_place(
        self, article: Article, sentences: Sequence[Sentence], context: LookupContext,
        skip: Sequence[Span], names: Sequence[tuple[int, int, str]],
    ) -> Place | None:
        """The place the headline or the first lines name the incident by ("Marikana
        survivors speak", "Riketa massacre: toll rises"), for a primary incident the body leaves
        unplaced: a town of the country the article is most about, right before an incident or
        victim noun."""
        if not context.countries:
            return None
        from contested.extract.places import choose_place, named_incident, toponyms

        spans = [s.span for s in sentences[:3]]
        found = toponyms(self.gazetteer, article.text, spans, context, (), skip, names)
        return choose_place([t for t in found if t.match.country == context.countries[0]
                             and named_incident(article.text, t)])

    def _filed_from(
        self, text: str, datelines: Sequence[Dateline], context: LookupContext
    ) -> Place | None:
        """Where the story was filed, as the place of an incident its sentences do not place:
        "MOGADISHU (Agency) - ... an attack on families at the beach" (precision 2, near it).
        Only a city in the country the article is most about (not "WASHINGTON -" on a strike
        in Yemen; not "BAGHDAD - Rockets hit a base", which names no country at all)."""
        from contested.extract.places import Toponym, choose_place

        if not datelines:
            return None
        city = datelines[0].city
        name = city.of(text).split("/")[0].title()
        match = self.gazetteer.lookup(name, country=None, context=context)
        if match is None or match.country is None or match.feature in ("PCLI", "ADM1"):
            return None
        if match.country not in context.countries[:1]:
            return None  # no place of the article's own country is named: unknown stays unknown
        return choose_place([Toponym(Span(city.start, city.start + len(name)), name, match, 2)])

    def _date(
        self,
        article: Article,
        draft: Draft,
        elsewhere: Sequence[Span],
        datelines: Sequence[Dateline] = (),
    ) -> DatedMention:
        """The date of the event sentences' own expressions; ``elsewhere`` are the phrases of
        other incidents' triggers in them, whose dates are not this incident's. A dateline's
        date is the day of filing: the anchor when the article has no publication date, never
        the incident's date."""
        from contested.extract.dates import resolve_incident_date

        anchor = story_anchor(article.published, datelines, article.text)
        elsewhere = [*elsewhere, *(d.span for d in datelines)]
        guesses = [
            guess
            for sentence in _event_sentences(draft)
            if (guess := resolve_incident_date(article.text, sentence.span, anchor, elsewhere))
        ]
        if not any(g.precision == "day" for g in guesses):
            guesses += _told_days(article.text, draft, anchor, elsewhere)
        if guesses:  # a date attached to a trigger first ("Sunday night's strike", not "said
            # on Wednesday"), an event's in the days before a report's ("rejected on Monday
            # claims ... on the night of 14 February"), the finest ("last week's strike ... on
            # Thursday, August 9"), the first
            guess = min(
                guesses,
                key=lambda g: (not _attached(draft, g), _after_its_event(g, guesses),
                               _PRECISION_RANK[g.precision]),
            )
            return DatedMention(guess.date, guess.precision, guess.span)
        lead = draft.sentences[0].text
        if draft.role == "primary" and anchor and _BREAKING.search(lead):
            return DatedMention(anchor, "day", None)
        return DatedMention(None, None, None)

    # ------------------------------------------------------------ claims

    def _speakers(
        self,
        article: Article,
        sentences: Sequence[Sentence],
        datelines: Sequence[Dateline],
        countries: Sequence[str] = (),
        recalled: frozenset[int] | set[int] = frozenset(),
    ) -> dict[int, Speaker]:
        """The claimant of every sentence: named in it; for "the source added", "he said" or a
        bare surname, the claimant named before; for the opening sentence of a quotation the
        next one closes ('"The drones came at dawn. We ran," a farmer said'), the one named
        after it; else the one of the sentence before, within the paragraph. A sentence of
        ``recalled`` (an earlier incident told for context) that names no claimant is the
        outlet's own account."""
        default = self._default_speaker(article, datelines)
        # an earlier incident the reporter recalls names no claimant: the outlet's own account
        # (a medium's, when the outlet is not known)
        outlet = self._outlet_speaker(article, datelines) or _NARRATION
        home = self._dateline_state(article.text, datelines)
        speakers: dict[int, Speaker] = {}
        last: Speaker | None = None
        named: list[Speaker] = []  # every claimant named so far, latest last
        paragraph = -1
        for at, sentence in enumerate(sentences):
            phrase = find_claimant(article.text, after_dateline(sentence.span, datelines))
            quoted = None if phrase else _quote_closer(article.text, sentences, at)
            if quoted is not None:
                speakers[sentence.index] = _earlier_speaker(quoted, named) or self._speaker(
                    quoted, home, countries
                )
                continue
            if phrase is not None:
                said = (
                    self.claimants.classify(phrase.text)
                    if phrase.anaphoric and _KIND_ANAPHOR.search(phrase.text)
                    else None
                )
                role = (
                    self.claimants.classify(phrase.text)
                    if phrase.anaphoric and _ROLE_KIND.search(phrase.text)
                    else None
                )
                earlier = _earlier_speaker(phrase, named, said, role)
                before, last = last, earlier or self._speaker(phrase, home, countries)
                if earlier is None:
                    last = _same_side_role(phrase, last, before)
                    named.append(last)
            elif sentence.paragraph != paragraph and not named:
                last = None
            paragraph = sentence.paragraph
            own = outlet if phrase is None and sentence.index in recalled else None
            speakers[sentence.index] = own or last or default
        return speakers

    def _speaker(
        self, phrase: ClaimantPhrase, home: str | None = None, countries: Sequence[str] = ()
    ) -> Speaker:
        """Who speaks, of what kind, for which party. An organ named without its state ("the
        General Staff of the Armed Forces", "the military government's spokesman") speaks for
        the state the article's places name, when the lexicon ties that wording to it there."""
        speaker = self._named_speaker(phrase, home, countries)
        if phrase.anonymous and not phrase.relayed_by and not self._state_official(phrase.text):
            # "a commander of a local militia, who asked not to be named": no institution speaks
            # ("a US official, speaking on condition of anonymity" stays his government's)
            return replace(speaker, kind="unnamed")
        return speaker

    def _state_official(self, phrase: str) -> bool:
        """Whether the phrase's own modifiers name a state: "A U.S. official", "an Israeli
        officer" (not "a commander of a group allied with Iran")."""
        head = _ROLE_HEAD.search(phrase)
        if head is None:
            return False
        return any(
            self._is_state(self.actors.root(h.canonical) or h.canonical)
            for h in self.actors.find(phrase[: head.start()])
        )

    def _named_speaker(
        self, phrase: ClaimantPhrase, home: str | None, countries: Sequence[str]
    ) -> Speaker:
        kind = self.claimants.chain_kind(phrase.text, phrase.originator, phrase.relayed_by)
        actor_hits = self.actors.find(phrase.originator)
        if not actor_hits and kind == "military":  # "a commander of the Kivu Liberation Movement"
            origin = phrase.originator
            actor_hits = [h for h in unknown_parties(origin, 0, len(origin)) if h.form == "name"]
        actor = (self.actors.root(actor_hits[0].canonical) or actor_hits[0].canonical) if actor_hits else None
        if actor is None and kind in ("military", "government") and countries:
            local = self.actors.find(phrase.originator, context_countries=countries)
            if local:
                return Speaker(
                    phrase.text, kind, phrase.relayed_by, self.actors.root(local[0].canonical)
                )
        named_state = actor is not None and actor_hits[0].form != "descriptor"
        if (
            actor is not None
            and kind == "unnamed"
            and named_state
            and self._is_state(actor)
            and not _A_SOURCE.search(phrase.originator)
        ):
            kind = "government"  # "Israeli medics" (a demonym), "a Ukrainian military source" stay unnamed
        if actor is None and kind in ("military", "government") and _ORGAN.search(phrase.text):
            actor = home  # "the Ministry of National Defence" in a story filed from Ankara
        return Speaker(phrase.text, kind, phrase.relayed_by, actor)

    def _dateline_state(self, text: str, datelines: Sequence[Dateline]) -> str | None:
        """The state whose organs an unqualified "the defence ministry" names: the country of
        the first dateline's city."""
        if not datelines:
            return None
        city = datelines[0].city.of(text)
        match = self.gazetteer.lookup(city.title())
        if match is None or match.country is None:
            return None
        return self.actors.state_of(match.country)

    def _outlet_speaker(self, article: Article, datelines: Sequence[Dateline]) -> Speaker | None:
        """The outlet telling something on its own account (as a medium, unless the lexicon
        knows it as a wire or a party's media)."""
        filed = next((d.outlet.of(article.text) for d in datelines if d.outlet), None)
        name = article.outlet or filed
        if name is None:
            return None
        return Speaker(name, self.claimants.outlet_kind(name), (), None)

    def _kind(self, phrase: str) -> SourceKind:
        kind: SourceKind = self.claimants.classify(phrase)
        return kind

    def _is_state(self, actor: str) -> bool:
        return self.actors.kind_of(actor) in ("state", "state_military")

    def _default_speaker(self, article: Article, datelines: Sequence[Dateline]) -> Speaker:
        """Who speaks where no claimant is named: the outlet, else the one a dateline names."""
        filed = next((d.outlet.of(article.text) for d in datelines if d.outlet), None)
        name = article.outlet or filed
        if name is None:
            issuer = document_issuer(article.text)  # "SOUTH AFRICAN POLICE SERVICE / Media statement"
            if issuer is not None:
                phrase = ClaimantPhrase(issuer, Span(0, len(issuer)), issuer, ())
                return replace(self._speaker(phrase), issuer=True)
            return Speaker("unattributed report", "unnamed", (), None)
        return Speaker(name, self._kind(name), (), None)

    def _claims(
        self,
        article: Article,
        mention_id: str,
        draft: Draft,
        speakers: dict[int, Speaker],
        actor_hits: dict[int, list[ActorHit]],
        recalled: Sequence[Span] = (),
    ) -> tuple[list[Claim], tuple[str, ...]]:
        """Claims of the draft's sentences, and every party they blame or that confirms; a
        toll inside ``recalled`` (the phrase of another incident's trigger: "a rocket strike
        three days earlier killed two") is not this incident's. One allegation naming two
        parties ("hit by Russian warplanes and by jets of the Syrian government") is one
        claim, naming the first; both parties are perpetrators alleged."""
        from contested.extract.casualties import find_casualties
        from contested.extract.stance import find_stances, in_denied_accusation, is_hedged

        text, parties = article.text, []
        claims: list[Claim] = []
        for sentence in draft.sentences:
            if _is_title(article, sentence) or _is_heading(sentence):
                continue
            speaker = speakers[sentence.index]
            found = [
                f
                for f in find_casualties(text, sentence.span.start, sentence.span.end)
                if not any(r.overlaps(f.span) for r in recalled)
            ]
            figures = [
                f
                for f in found
                if not in_denied_accusation(sentence.text, text[sentence.span.start : f.span.start])
            ]
            hedged = is_hedged(sentence.text)
            groups = self._figure_groups(text, sentence.span, figures, speaker)
            own = find_claimant(text, sentence.span) is not None
            for span, group, who in groups + self._accused_tolls(text, sentence, found):
                claim = casualty_claim(article.article_id, mention_id, text, span, group, who, hedged)
                if own or not _told_again(claim, claims):
                    claims.append(claim)
            hits = actor_hits[sentence.index]
            told: set[tuple[str, str]] = set()  # (kind, who): one blame a speaker per sentence
            stances = [
                self._confirmation(
                    self._rooted(found),
                    self._stance_speaker(text, found, speaker),
                    own or speaker.issuer,
                )
                for found in find_stances(text, sentence.span, hits, speaker.actor)
            ]
            # forces narrated by no one named: only their own side's account is a claim
            stances = [s for s in stances if not (s.narrated and s.kind == "attribution")]
            for stance in _undenied(stances):
                if stance.kind in _BLAME and stance.actor and stance.actor not in parties:
                    parties.append(stance.actor)
                who = self._stance_speaker(text, stance, speaker)
                if stance.kind in _BLAME and (stance.kind, who.name) in told and not stance.joint:
                    continue
                told.add((stance.kind, who.name))
                by_accused = self._by_accused(stance.kind, stance.actor, who)
                claims.append(
                    stance_claim(
                        article.article_id, mention_id, text, sentence.span, stance, who, by_accused
                    )
                )
        claims = _told_in_body(claims, [s.span for s in draft.sentences if _is_headline(s)])
        return drop_repeats(merge_adjacent(claims, text)), tuple(parties)

    def _stance_speaker(self, text: str, stance: Stance, speaker: Speaker) -> Speaker:
        """Who takes the stance: the sentence's claimant, unless the stance names its own
        subject ("Al Shabaab said it was behind the bombing ..., according to police")."""
        if stance.subject is None:
            return speaker
        name = stance.subject.of(text)
        speaker = self._speaker(ClaimantPhrase(name, stance.subject, name, ()))
        if speaker.kind == "unnamed" and stance.actor and self._armed_group(stance.actor):
            return replace(speaker, kind="military", actor=stance.actor)  # "the group said"
        return speaker

    def _armed_group(self, actor: str) -> bool:
        """A non-state party: the lexicon's, or one it does not know (read by its shape)."""
        kind = self.actors.kind_of(actor)
        return kind in ("non_state", "militia") or (kind is None and actor != "security forces")

    def _accused_tolls(
        self, text: str, sentence: Sentence, figures: Sequence[CasualtyFigure]
    ) -> list[tuple[Span, list[CasualtyFigure], Speaker]]:
        """A toll inside the accusation a denial rejects is the accuser's claim ("Turkey
        rejected Iraqi accusations that its forces had killed nine tourists": Iraq's nine)."""
        from contested.extract.stance import denied_accuser

        for figure in figures:
            who = denied_accuser(sentence.text, text[sentence.span.start : figure.span.start])
            if who is not None:
                at = text.find(who, sentence.span.start, figure.span.start)
                phrase = ClaimantPhrase(who, Span(at, at + len(who)), who, ())
                speaker = self._speaker(phrase)
                if speaker.kind == "unnamed":  # "Iraqi accusations": the state's
                    speaker = replace(speaker, kind="government")
                return [(sentence.span, [figure], speaker)]
        return []

    def _figure_groups(
        self, text: str, span: Span, figures: Sequence[CasualtyFigure], speaker: Speaker
    ) -> list[tuple[Span, list[CasualtyFigure], Speaker]]:
        """Tolls of one sentence form one claim, unless the sentence gives two figures of a
        kind in clauses with their own claimants ("the PMF said 22 were killed, while the
        Observatory put the number of dead at 52"): then one claim per clause."""
        whole = [(span, list(figures), speaker)] if figures else []
        kinds = [f.kind for f in figures]
        if len(kinds) == len(set(kinds)):
            return self._voiced_parts(text, span, figures, speaker) or whole
        groups: list[tuple[Span, list[CasualtyFigure], Speaker]] = []
        for clause in _clauses(text, span):
            mine = [f for f in figures if clause.start <= f.span.start < clause.end]
            phrase = find_claimant(text, clause)
            if not mine or (phrase is None and groups):
                return self._each_figure(text, span, figures, speaker)
            groups.append((clause, mine, speaker if phrase is None else self._speaker(phrase)))
        return groups if len(groups) > 1 else self._each_figure(text, span, figures, speaker)

    def _voiced_parts(
        self, text: str, span: Span, figures: Sequence[CasualtyFigure], speaker: Speaker
    ) -> list[tuple[Span, list[CasualtyFigure], Speaker]]:
        """A death toll and an injured count of one sentence told by two voices, each in its
        own clause ("The police say 34 people died, and the health department said 78 injured
        miners had been treated"): one claim per voice. Empty when the sentence is one voice's."""
        if len(figures) != 2:
            return []
        first, second = sorted(figures, key=lambda f: f.span.start)
        joint = _VOICE_JOINT.search(text, first.span.end, second.span.start)
        if joint is None:
            return []
        rest = Span(joint.end(), span.end)
        phrase = find_claimant(text, rest)
        if phrase is None or phrase.anaphoric or phrase.span.start > second.span.start:
            return []
        head = Span(span.start, joint.start())
        return [(head, [first], speaker), (rest, [second], self._speaker(phrase))]

    def _each_figure(
        self, text: str, span: Span, figures: Sequence[CasualtyFigure], speaker: Speaker
    ) -> list[tuple[Span, list[CasualtyFigure], Speaker]]:
        """Two death tolls of one sentence that differ are two claims, however its clauses
        run: a toll set against another ("84 people had been killed, not 101 as reported
        earlier"; "killed 115 people, the network said, far more than the 88 dead announced by
        the authorities"). The first keeps the sentence's claimant and its other figures; a
        later one, quoted from the end of the toll before it, is said by the body it is credited
        to ("announced by the authorities"), else by the claimant named after the toll before
        it, else by the same."""
        killed = sorted(
            (f for f in figures if f.kind == "killed" and not f.vague), key=lambda f: f.span.start
        )
        if len(killed) < 2 or len({(f.value, f.min, f.max) for f in killed}) < len(killed):
            return [(span, list(figures), speaker)]
        first = [f for f in figures if f.kind != "killed" or f is killed[0]]
        groups = [(span, first, speaker)]
        for before, figure in pairwise(killed):
            rest = Span(before.span.end, span.end)  # its own quote: the rest of the sentence
            agent = _passive_agent(text, Span(figure.span.end, span.end))
            phrase = agent or find_claimant(text, rest)
            groups.append((rest, [figure], speaker if phrase is None else self._speaker(phrase)))
        return groups

    def _rooted(self, stance: Stance) -> Stance:
        """Name the party, not its organ: CENTCOM and the Pentagon are the United States."""
        if stance.actor is None:
            return stance
        return replace(stance, actor=self.actors.root(stance.actor) or stance.actor)

    def _confirmation(self, stance: Stance, speaker: Speaker, named: bool = True) -> Stance:
        """An attribution by the attributed side itself is a confirmation. ``named``: the
        sentence names its speaker (not one carried over from a sentence before)."""
        own = bool(stance.actor and speaker.actor) and self.actors.same_side(
            stance.actor or "", speaker.actor or ""
        )
        # "a military spokesman said the air force had struck": forces of no named state, told
        # by a spokesman of unknown side who speaks for forces
        own = own or (
            stance.common_noun
            and speaker.actor is None
            and speaker.kind in ("military", "government")
        )
        # "police spokesman X said police opened fire": the forces' own spokesman (s12-claims)
        own = own or (
            named
            and bool(stance.force)
            and speaker.actor is None
            and same_force(stance.force, speaker.name)
        )
        if stance.kind == "attribution" and own:
            return replace(stance, kind="confirmation")
        return stance

    def _by_accused(self, kind: str, actor: str | None, speaker: Speaker) -> bool | None:
        if kind == "attribution":
            return None
        if actor is None or speaker.actor is None:
            return False
        return self.actors.same_side(actor, speaker.actor)


_NARRATION = Speaker("the outlet (narration)", "media", (), None)
_LOWER_ROLE_START = re.compile(r"(?!(?:the|a|an|its|his|her|their|one|two)\s)[a-z]")


def _same_side_role(phrase: ClaimantPhrase, speaker: Speaker, before: Speaker | None) -> Speaker:
    """"The Israeli military said ... 'military spokesperson Daniel Hagari told a briefing": a
    role in lower case that names no party speaks for the side of the body of its kind that
    spoke just before."""
    if speaker.actor is not None or before is None or before.actor is None:
        return speaker
    if not _LOWER_ROLE_START.match(phrase.text) or before.kind != speaker.kind:
        return speaker
    return replace(speaker, actor=before.actor)


def _undenied(stances: Sequence[Stance]) -> list[Stance]:
    """A sentence denying a party's part ("X, which Washington has accused of a string of
    attacks, denied any role") does not also blame or confirm that party; the claimant may
    still blame a party whose own denial the sentence adds ("a claim the movement denied")."""
    denied = {s.actor for s in stances if s.kind == "denial" and s.actor and s.subject is None}
    return [s for s in stances if s.kind == "denial" or s.actor not in denied]


# ", and the health department said": a second voice opens the clause after a toll
_VOICE_JOINT = re.compile(r",\s+(?:and|while|whereas|but)\s+")
_CLAUSE_BREAK = re.compile(r"[,;]\s+(?:while|whereas|but)\s+", re.IGNORECASE)


def _clauses(text: str, span: Span) -> list[Span]:
    """The sentence at ``span`` cut at ", while", ", whereas" and ", but" (the conjunction
    belongs to neither clause)."""
    breaks = list(_CLAUSE_BREAK.finditer(text, span.start, span.end))
    starts = [span.start, *(m.end() for m in breaks)]
    ends = [*(m.start() for m in breaks), span.end]
    return [Span(a, b) for a, b in zip(starts, ends, strict=True)]


_HEADLINE_AT = 3  # a headline is among the first sentences of the page (after a masthead)
_STOP = CLOSING | {":"}  # a line ending in a colon introduces what follows: no headline


def _is_headline(sentence: Sentence) -> bool:
    """A headline ("Truck bomb outside air base kills five, mayor says"): among the first
    sentences of the page, with no closing stop."""
    text = sentence.text.strip()
    return sentence.index <= _HEADLINE_AT and bool(text) and text[-1] not in _STOP


_AGENT = re.compile(
    r"\s*(?:(?:as\s+|that\s+had\s+been\s+|were\s+)?(?:announced|given|reported|released"
    r"|issued|put\s+out|recorded|counted|confirmed)\s+(?:\w+\s+)?by\s+)"
    r"(?P<who>[^,.;()]{2,60}?)(?=\s*(?:[,.;(]|$|\s+(?:on|in|at|last|earlier)\b))",
    re.IGNORECASE,
)


def _passive_agent(text: str, span: Span) -> ClaimantPhrase | None:
    """The body a toll is credited to right after it: "the 88 dead announced by local
    authorities" (local authorities)."""
    found = _AGENT.match(text, span.start, span.end)
    if found is None:
        return None
    who = Span(found.start("who"), found.end("who"))
    return ClaimantPhrase(who.of(text), who, who.of(text), ())


def _toll(claim: Claim) -> tuple[int | None, int | None, int | None, int | None]:
    """A casualty claim's figures: killed, its low and high ends, injured."""
    return (claim.killed, claim.killed_min, claim.killed_max, claim.injured)


def _told_again(claim: Claim, before: Sequence[Claim]) -> bool:
    """A sentence that names no claimant of its own and gives again the toll of the claim
    before it ("Two people were killed and three wounded, the governor said. The dead were a
    man and a woman.") tells the same claim, not another."""
    last = next((c for c in reversed(before) if c.kind == "casualties"), None)
    if last is None or last.source != claim.source:
        return False
    killed, injured = _toll(claim)[:3], claim.injured
    if killed != _toll(last)[:3] or killed == (None, None, None):
        return False
    return injured is None or injured == last.injured


def _told_in_body(claims: Sequence[Claim], headlines: Sequence[Span]) -> list[Claim]:
    """A headline's toll the body gives again ("... kills five" over "the blast killed five
    people and wounded 60, the mayor said") is the body's claim, told once; so is a headline's
    denial, attribution or confirmation the body makes again."""
    def repeated(claim: Claim) -> bool:
        if not any(claim.span == h for h in headlines):
            return False
        if claim.kind != "casualties":  # "rebels deny ordering attack" over the body's denial
            return any(o.kind == claim.kind and o.span not in headlines for o in claims)
        mine = _toll(claim)
        return any(
            other.kind == "casualties"
            and other.span not in headlines
            and all(a is None or a == b for a, b in zip(mine, _toll(other), strict=True))
            for other in claims
        )

    return [c for c in claims if not repeated(c)]


def _told_days(
    text: str, draft: Draft, anchor: dt.date | None, elsewhere: Sequence[Span]
) -> list[DateGuess]:
    """The days the draft's sentences without a trigger (a toll, a stance told with the event)
    give as their own, for an event its trigger sentences do not date: "Gunmen force Mexico to
    free drug lord's son" over "Eight people were killed in the gun battles ... on Thursday"."""
    from contested.extract.dates import resolve_incident_date

    events = {s.index for s in _event_sentences(draft)}
    return [
        guess
        for sentence in draft.sentences
        if sentence.index not in events
        and (guess := resolve_incident_date(text, sentence.span, anchor, elsewhere)) is not None
        and guess.own and guess.precision == "day"
    ]


def _after_its_event(guess: DateGuess, guesses: Sequence[DateGuess]) -> bool:
    """A report's date with an event's date in the week before it: the report follows that
    event. An event months before ("had planned the October 7 raid") is another, recalled."""
    return guess.report and any(
        not other.report and 0 <= (guess.date - other.date).days <= _STALE_DAYS
        for other in guesses
    )


def _attached(draft: Draft, guess: DateGuess) -> bool:
    """Whether the sentence's own day is that of one of the draft's triggers naming a kind of
    event: just before it ("Sunday night's strike") or just after ("the strike on Sunday")."""
    if not guess.own or guess.precision != "day":
        return False
    return any(
        t.event_type != "other"
        and (0 <= t.span.start - guess.span.end <= 4 or 0 <= guess.span.start - t.span.end <= 30)
        for t in draft.triggers
    )


_PRECISION_RANK: dict[str, int] = {"day": 0, "week": 1, "month": 2, "year": 3}
_STALE_DAYS = 7  # an incident this long before the page, told after its lede, is recalled
_LEDE_WORDS = 10  # the lede: the first sentence of at least this many words


def _recalled_if_stale(
    mention: Mention,
    draft: Draft,
    anchor: dt.date | None,
    sentences: Sequence[Sentence],
    fresh: bool = False,
) -> Mention:
    """A primary incident dated to the day more than a week before the page, told neither in
    the headline nor in the lede, is recalled for context: "The talks had been delayed after a
    drone hit the outpost on January 28" in a story about talks of February 13. One the
    headline or lede tells ("Report: the September 19 convoy attack killed 21") or whose harm
    they name ("Woman charged in connection with teen's death") stays told, unless the article
    told a ``fresh`` incident of another day before it: the harm is that one's ("29 dead in
    clashes after the capture ... more than three years after the army freed him on October 17,
    2019")."""
    if mention.role != "primary" or anchor is None or mention.date is None:
        return mention
    if mention.date_precision != "day" or (anchor - mention.date).days <= _STALE_DAYS:
        return mention
    lede = next((s.index for s in sentences if len(s.text.split()) >= _LEDE_WORDS), 0)
    told = {s.index for s in _event_sentences(draft)}
    if told & {0, lede} or (not fresh and any(_HARM.search(sentences[i].text) for i in {0, lede})):
        return mention  # "Woman charged in teen's death": the story is about the incident
    return replace(mention, role="background")


_HARM = re.compile(
    r"\b(?:deaths?|dead|died|dies|killed|killing|killings|wounded|injured|casualt\w+|victims?"
    r"|tolls?|fatal\w*|shot|bodies|massacre)\b",
    re.IGNORECASE,
)


def _window(draft: Draft, sentences: Sequence[Sentence]) -> list[Span]:
    """The spans of the draft's sentences and of the sentence after each."""
    indices = sorted({i for s in draft.sentences for i in (s.index, s.index + 1)})
    return [sentences[i].span for i in indices if i < len(sentences)]


def _around(trigger: Span, size: int) -> Span:
    """The phrase a trigger heads: a date just before it ("Wednesday's rocket attack") or in
    the clause after it ("a rocket attack that killed three troops at Camp Taji on Wednesday")."""
    return Span(max(0, trigger.start - 20), min(size, trigger.end + 80))


def _is_title(article: Article, sentence: Sentence) -> bool:
    return (
        bool(article.title)
        and sentence.index == 0
        and sentence.text.strip() == (article.title or "").strip()
    )


def _same_day(mention: Mention, draft: Draft, before: Sequence[Mention]) -> Mention:
    """"On the same day, ..." dates an undated incident by the incident told before it."""
    if mention.date is not None or not before or not SAME_DAY.search(draft.sentences[0].text):
        return mention
    previous = before[-1]
    return replace(mention, date=previous.date, date_precision=previous.date_precision)


_OPEN_QUOTE = re.compile(r"^\s*[“\"]")
_CLOSE_QUOTE = re.compile(r"[”\"]")


def _quote_closer(
    text: str, sentences: Sequence[Sentence], at: int
) -> ClaimantPhrase | None:
    """The claimant named after the closing mark, in the next sentence of the paragraph, of a
    quotation the sentence at ``at`` opens and does not close."""
    sentence = sentences[at]
    if not _OPEN_QUOTE.match(sentence.text) or len(_CLOSE_QUOTE.findall(sentence.text)) != 1:
        return None
    if at + 1 >= len(sentences) or sentences[at + 1].paragraph != sentence.paragraph:
        return None
    after = sentences[at + 1]
    close = _CLOSE_QUOTE.search(after.text)
    if close is None:
        return None
    phrase = find_claimant(text, after.span)
    return phrase if phrase is not None and phrase.span.start >= after.span.start + close.end() else None


def _earlier_speaker(
    phrase: ClaimantPhrase,
    named: Sequence[Speaker],
    own_kind: SourceKind | None = None,
    role_kind: SourceKind | None = None,
) -> Speaker | None:
    """The claimant an anaphor ("the source added") or a bare surname ("Kirby said") means;
    ``own_kind`` is the kind the anaphor's own words say ("the army": military); ``role_kind``
    the kind a role's words say ("the army spokesman"): the last claimant of that kind, else
    none (after "hospital sources said", "the army spokesman said" is the army's)."""
    if not named:
        return None
    if phrase.anaphoric and _BODY_ANAPHOR.search(phrase.text):
        # "the group said": the body named last, not the witnesses who told it something;
        # "the army said" after a rights group spoke: the army named before, else none
        bodies = [s for s in reversed(named) if s.kind not in _PEOPLE]
        if own_kind not in (None, "unnamed"):
            body = next((s for s in bodies if s.kind == own_kind), None)
            return replace(body, name=phrase.text) if body else None
        # "the ministry repeated" after its spokesman spoke: the body whose name has that noun
        noun = phrase.text.split()[-1].lower()
        same = next((s for s in bodies if noun in s.name.lower().split()), None)
        body = same or next(iter(bodies), named[-1])
        return replace(body, name=phrase.text)  # its kind and party, the sentence's words
    if phrase.anaphoric and role_kind not in (None, "unnamed") and named[-1].kind != role_kind:
        return next((s for s in reversed(named) if s.kind == role_kind), None)
    if phrase.anaphoric:
        return named[-1]
    words = re.sub(r"^[Tt]he\s+", "", phrase.text).split()
    if len(words) == 1 and words[0][:1].isupper():
        surname = next((s for s in reversed(named) if s.name.split()[-1] == words[0]), None)
        # an acronym the article spelled out ("the Department of Foreign Affairs (DFA) said ...
        # the DFA said"): that body's kind and party, under the name the sentence uses
        spelled = next((s for s in reversed(named) if f"({words[0]})" in s.name), None)
        return surname or (replace(spelled, name=phrase.text) if spelled else None)
    return None


def _place_tiers(article: Article, draft: Draft) -> list[list[Span]]:
    """The draft's sentences in the order they may place it: the one that tells the incident,
    its other event sentences, its tolls, and last its denials and accusations. The one that
    tells it is the first event sentence after the headline (whose "east of X" is shorthand)
    that introduces the event: no denial or accusation ("Turkey rejected accusations that its
    forces had killed tourists in the Kurdistan region" recalls what "shells hit the resort near
    Zakho" tells), no mere reference back ("The strike came weeks after Damascus and Baghdad
    agreed ...")."""
    told = _event_sentences(draft)
    body = [s for s in told if not (_is_title(article, s) or _is_heading(s))] or told
    opening = next((s for s in body if _tells(article.text, draft, s)), body[0])
    events = {s.index for s in told}
    tiers: list[list[Span]] = [[opening.span], [], [], []]
    for sentence in draft.sentences:
        if sentence.index != opening.index:
            tier = 3 if is_stance(sentence) else 1 if sentence.index in events else 2
            tiers[tier].append(sentence.span)
    return tiers


_ANAPHORIC = re.compile(r"\b(?:the|this|these|those|such)\s+(?:[\w-]+\s+)?$", re.I)


def _tells(text: str, draft: Draft, sentence: Sentence) -> bool:
    """Whether ``sentence`` introduces the draft's event: not a stance, and one of its triggers
    is not a reference back to it ("the strike", "this attack")."""
    if is_stance(sentence):
        return False
    return any(
        sentence.span.contains(t.span)
        and not _ANAPHORIC.search(text, max(sentence.span.start, t.span.start - 30), t.span.start)
        for t in draft.triggers
    )


def _event_sentences(draft: Draft) -> list[Sentence]:
    """The sentences that report the event itself (a trigger in them), not tolls or stances
    that follow it: only these date it."""
    return [s for s in draft.sentences if any(s.span.contains(t.span) for t in draft.triggers)]


def _is_heading(sentence: Sentence) -> bool:
    """A subheading ("US Denies Involvement Amid Rising Tensions"): short, no closing stop,
    most words capitalised. It repeats what the body says; the claim is read from the body."""
    text = sentence.text.strip()
    words = text.split()
    if not words or len(words) > 14 or text[-1] in ".!?\"”’:":
        return False
    capitalised = sum(w[:1].isupper() for w in words if len(w) > 3)
    return capitalised >= max(2, len([w for w in words if len(w) > 3]) - 1)


def extract_article(article: Article, extractor: Extractor | None = None) -> tuple[Mention, ...]:
    """Mentions of one article (a convenience over ``Extractor().extract``)."""
    return (extractor or Extractor()).extract(article)
