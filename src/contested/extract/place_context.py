"""What a name's context shows it is not: where something happened (component
``extract.places``). A venue ("a press conference in Moscow"), a person ("Bashar al-Assad"),
an outlet ("told Baghdad Today"), a building named after a town ("the Safad school"), a
government ("the alliance that backs Damascus", "an accusation Baku denies."), people's origin
or destination ("from the town of", "shifted to GMC Anantnag"), a past incident ("the Tak Bai
incident of October 2004").
"""

from __future__ import annotations

import re

from contested.quickre import quick

# Words that follow a place's name as part of it ("Raqqa City", "Idlib Province").
KIND_WORDS = (
    r"(?:Province|Governorate|District|Camp|City|Town|Village|Region|Area|Base|Airport|Field"
    r"|Countryside|Desert)"
)

_VENUE = quick(
    r"(?:press conference|news conference|meeting|talks|summit|visit|interview|briefing|speaking|based|"
    r"headquartered|counterpart)[^.;]{0,40}\b(?:in|to|at)\s+$"
    # the seat of who speaks: "the defence ministry in Ankara", "officials in Washington"
    r"|\b(?:ministry|officials?|authorities|government|spokes(?:man|woman|person)"
    r"|prosecutors?|presidency)\s+in\s+$"
    # where it was said or sent: "an army spokesman said in Kathmandu", "faxed to news
    # organisations in Kathmandu", "told reporters in Kilinochchi"
    r"|\b(?:said|says|told\s+reporters|news\s+organi[sz]ations|news\s+agencies|reporters"
    r"|journalists)\s+in\s+$",
    re.IGNORECASE,
)
# Where the wounded are treated or the dead died of wounds, not where they were hit: "died at
# the military hospital in Tunis", "treated in hospitals in Rustenburg, Brits and Marikana",
# "undergoing treatment in Bharatpur, Kathmandu", "told us from the hospital in N'Djamena".
_CARE_BEFORE = re.compile(
    r"\b(?:(?:died|treated|recovering|admitted|hospitali[sz]ed|from)\s+(?:at|in)?\s*"
    r"(?:the\s+|a\s+)?(?:[a-z]+\s+)?(?:hospitals?|clinics?)\s+in\s+"
    r"|(?:treated|treatment|recovering|hospitali[sz]ed)\s+in\s+)"
    r"(?:(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?(?:,\s+|\s+and\s+(?:at\s+)?))*$",
    re.IGNORECASE,
)
# Names that are not the incident's place in their context.
_FACILITY_AFTER = re.compile(  # "the Safad school" is in Gaza City, not in Safed
    r"(?:\s+and\s+(?-i:[A-Z][\w'’-]+))?"  # "at Madina and Erdogan hospitals"
    r"\s+(?:school|mosque|hospital|church|university|college|stadium|street|hotel|square)s?\b",
    re.IGNORECASE,
)
_OUTLET_AFTER = re.compile(  # "Baghdad Today", "Levant Wire", "Kurdistan 24", "Imphal Free Press"
    r"(?:\s+(?-i:Free|Daily|Evening|Morning|Sunday|Weekly|National))?\s+(?-i:Today|TV|Television|News|Agency|Post|Times|Tribune|Wire|Radio|Channel|Network"
    r"|Voice|24|Press|Observer|Herald|Daily|Gazette|Journal|Media)\b"
)
_SOURCE_BEFORE = re.compile(
    r"\b(?:told|according to|quoted by|cited by|reported by)\s+(?:the\s+)?$", re.IGNORECASE
)
# A capital or country standing for its government: "the alliance that backs Damascus",
# "called on Baghdad to send", "Ankara denied".
_AGENT_BEFORE = quick(
    r"\b(?:backs|backed|backing|supports?|supported|supporting|loyal to|allied (?:to|with)"
    r"|called on|calls on|urged|urges|accused|accuses|blamed|blames|blaming|pressure on|ties (?:with|to)"
    r"|relations with|(?:deal|agreement|accord|talks|negotiations|truce) with"
    r"|(?:in )?support of"
    # what a government says: "rejected the claims of Dushanbe", "the accusations of Baku"
    r"|(?:claims?|accusations?|allegations?|demands?|denials?|version|position) of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AGENT_AFTER = re.compile(
    r"(?:\s+and\s+(?-i:[A-Z][\w-]+))?"
    # the day between the government and its verb: "Pakistan on Friday rejected"
    r"(?:\s+(?:on\s+|late\s+|early\s+)?(?:(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday)|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?,?)?"
    r"\s+(?:\w+ly\s+)?(?:(?:has|have|had)\s+(?:\w+ly\s+)?)?(?:agreed|agrees|signed|said|says|denied|denies|accused|accuses|blamed|blames|warned|warns|claimed|claims"
    r"|insisted|insists|announced|announces|responded|condemned|condemns|rejected|rejects"
    # the attacker: "Yerevan says Azerbaijan attacked its territory"
    r"|attacked|shelled|bombed|invaded|launched|fired"
    r"|backs|backed|supports|supported|would|will|had no|has no|had nothing|has nothing"
    r"|did not|does not|had not|has not)\b",
    re.IGNORECASE,
)
# "Moscow, which has repeatedly denied targeting civilians, said": the aside before the verb.
# a speaker's seat: "the ministry in the Houthi-controlled capital Sanaa said"
_SEAT_BEFORE = re.compile(r"\bin the (?:[\w-]+ ){0,2}capital,? $", re.IGNORECASE)
_ASIDE_AFTER = re.compile(r",\s*(?:which|who)\b[^,;.]{1,120},")
_CLAUSE_START = re.compile(
    r"(?:^|[,;:(“\"]|\b(?:and|but|while|whereas|that|as|when|after|before|since|said|says"
    r"|added)\s)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_ORIGIN_BEFORE = quick(  # "two civilians from the town of Shno in Iran's ..." came from there
    r"(?<!km )(?<!kilometres )(?<!kilometers )(?<!miles )(?<!away )\bfrom\s+(?:the\s+)?"
    r"(?:(?:town|village|city|area|region)\s+of\s+(?:[^,;.]{0,30}?\bin\s+)?"
    r"|(?:the\s+)?direction\s+of\s+(?:the\s+)?(?:occupied\s+)?)?$",
    re.IGNORECASE,
)
# "Bashar al-Assad" is a man, not Ain al-Asad; "President Biden" is not a place.
_PERSON_BEFORE = re.compile(r"\b[A-ZÀ-Þ][a-zß-ÿ]+ (?:(?:al|el|bin|ibn|abu)[- ])?$")
# One word of a longer name the gazetteer does not hold: "Lanao del Sur" is no Sur (Oman).
_LINKED_BEFORE = re.compile(r"\b[A-ZÀ-Þ][\w'’-]+ (?:del|de|da|do|dos|das|di|du|des)\s+$")
_LINKED_AFTER = re.compile(r"\s+(?:del|de|da|do|dos|das|di|du|des)\s+[A-ZÀ-Þ]")
# A nickname or a title in quotation marks ("'El Chapo' son"): places are not quoted.
_QUOTED = re.compile(r"['‘“\"]$")
_QUOTE_AFTER = re.compile(r"['’”\"]")
# The end of a route: "a train from Quetta to Peshawar" was not attacked at Peshawar.
_ROUTE_BEFORE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}\s+to\s+$",
    re.IGNORECASE,
)
# A country as a government or an opponent, not where it happened: "the Ministry of Defence of
# the Republic of Azerbaijan", "border clashes with Azerbaijan", "near the border with Iraq".
_PARTY_BEFORE = quick(
    r"\b(?:(?:ministry|government|president|presidency|embassy|parliament|defen[cs]e|affairs"
    r"|cabinet|leadership)\s+of"
    r"|(?:clash(?:es)?|fighting|war|conflict|border|frontier|tensions?|ceasefire|truce|talks"
    r"|hostilities|skirmish(?:es)?)\s+with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Where the wounded were taken: "shifted to GMC Anantnag", "rushed to hospitals in X".
_TAKEN_TO_BEFORE = re.compile(
    r"\b(?:taken|shifted|moved|evacuated|rushed|transferred|referred|airlifted|flown)\s+"
    r"(?:the\s+(?:[a-z]+\s+){1,2})?to\s+"  # "transferred the injured to"
    r"(?:[^.;]{1,40}?\band\s+(?:later\s+|then\s+)?to\s+)?"  # "to GMC Anantnag and later to X"
    r"(?:(?:the\s+)?(?:hospitals?|clinics?)\s+in\s+)?(?:the\s+)?"
    r"(?:(?-i:[A-Z][\w'’-]+)(?:,\s+|\s+and\s+))*"  # "evacuated to Ouallam and Niamey"
    r"(?:(?-i:[A-Z]{2,5})\s+)?$",
    re.IGNORECASE,
)
# A past incident the article names by its place: "the Tak Bai incident of October 2004".
_PAST_EVENT_AFTER = re.compile(
    r"\s+(?:incident|massacre|attack|bombing|crackdown|uprising|tragedy|siege)\s+(?:of|in)\s+"
    r"(?:(?-i:[A-Z][a-z]+)\s+)?\d{4}\b",
    re.IGNORECASE,
)
# A people's name before the group it names: "three Meitei families", "Meitei groups".
_PEOPLE_AFTER = re.compile(
    r"\s+(?:famil(?:y|ies)|groups?|communit(?:y|ies)|tribes?|clans?|civil body|militias?)\b",
    re.IGNORECASE,
)
# A government that denies at the end of its clause: "an accusation Baku denies."
_DENIES_AFTER = re.compile(r"\s+(?:denies|denied|rejects|rejected|disputes|disputed)\s*[.,;:]")
# A dateline written in running case at the sentence's start: "Cairo - The prosecution said".
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)]{1,30}\)\s*)?[-–—]\s+[A-Z]")
_CALENDAR_WORDS = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December)"
)
# "Mazloum Abdi, commander of the SDF": a given name, a family name, then the person's role
# (a kind word, a day or a month after a place name is no family name).
_PERSON_AFTER = re.compile(
    r"(?:['’]s\s+(?:administration|government|office|spokes\w+|military|army|armed forces"
    r"|(?:\w+\s+)?ministry|president|prime minister|(?:foreign |defen[cs]e )?minister"
    r"|mission|envoy|ambassador"
    # what a government does: "rejected India's attempts to link it", "Ankara's accusations"
    r"|attempts?|accusations?|allegations?|claims?|efforts?|decision|demands?|position|stance"
    r"|leadership|authorities|officials)\b|\s+(?:regime|loyalists)\b"
    rf"|(?:\s+(?!{KIND_WORDS}\b|{_CALENDAR_WORDS}\b)(?-i:[A-Z][a-z]+)){{1,2}},\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:commander|spokes(?:man|woman|person)|leader"
    r"|head|chief|minister|director|envoy|president|governor|official|adviser|advisor)"
    r"(?:\s+(?:of|for|to|at)\b|\s*,))"
)


# Contexts that alone show a name is no place: the words before it, then those after it
# ("Lanao del Sur" counts through _LINKED_BEFORE and _LINKED_AFTER).
_NOT_PLACE_BEFORE = (
    _VENUE,
    _PERSON_BEFORE,
    _SOURCE_BEFORE,
    _AGENT_BEFORE,
    _ORIGIN_BEFORE,
    _ROUTE_BEFORE,
    _PARTY_BEFORE,
    _LINKED_BEFORE,
    _TAKEN_TO_BEFORE,
    _CARE_BEFORE,
)
_NOT_PLACE_AFTER = (
    _LINKED_AFTER,
    _PAST_EVENT_AFTER,
    _PEOPLE_AFTER,
    _DENIES_AFTER,
    _PERSON_AFTER,
    _FACILITY_AFTER,
    _OUTLET_AFTER,
)


def not_a_place(sentence: str, start: int, end: int) -> bool:
    """Whether the context shows the name at ``sentence[start:end]`` is not where something
    happened: a venue ("a press conference in Moscow"), a person ("Bashar al-Assad"), an
    outlet ("told Baghdad Today"), a building named after a town ("the Safad school"), a
    government ("the alliance that backs Damascus") or people's origin ("from the town of")."""
    before = sentence[max(0, start - 60) : start]
    if any(p.search(before) for p in _NOT_PLACE_BEFORE):
        return True
    if any(p.match(sentence, end) for p in _NOT_PLACE_AFTER):
        return True
    if _QUOTED.search(before) and _QUOTE_AFTER.match(sentence, end):
        return True  # "'El Chapo' son": a nickname
    if not before.strip() and _DATELINE_AFTER.match(sentence, end):
        return True  # "Cairo - The Public Prosecution announced": where it was filed
    if _CLAUSE_START.search(sentence, max(0, start - 30), start) or _SEAT_BEFORE.search(before):
        # "Ankara denied"; "the health ministry in the capital Sanaa said": where it sits
        return _agent_after(sentence, end)
    return False


def _agent_after(sentence: str, end: int) -> bool:
    """A verb of speech or stance after the name, perhaps after an aside ("Moscow, which has
    repeatedly denied targeting civilians, said"): a government speaking, not a place."""
    aside = _ASIDE_AFTER.match(sentence, end)
    return bool(_AGENT_AFTER.match(sentence, aside.end() if aside else end))


# An incident named by its place: "Marikana survivors", "the Riketa massacre", "Madi bus bombing"
_INCIDENT_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:massacre|survivors|victims|attack|bombing|blast|ambush|raid|shooting"
    r"|killings|clashes|strike|explosion)\b",
    re.IGNORECASE,
)


def names_incident(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` names an incident ("Marikana survivors speak")."""
    return bool(_INCIDENT_NOUN_AFTER.match(text, end))
