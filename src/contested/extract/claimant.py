"""Who says it: the claimant of a sentence, with relay chains.

Component id: ``extract.claimant@7`` (@6: a document's issuer, :func:`document_issuer`; @7,
s12-attr: "X insists", "investigators believe the killers were"). Patterns, in order: "according to X"; "X told Y"
(Y relays); "X, citing Y" (X relays Y); "X said/reported/denied ..." and "..., X said";
"a statement issued by X"; "X's statements". Anaphoric claimants ("the source added",
"the ministry said", "the letter cited") take the article's previous claimant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from contested.types import Span

_VERBS = (
    r"said|says|say|told|tells|reported|reports|report|announced|announces|claimed|claims|"
    r"stated|states|added|adds|noted|notes|confirmed|confirms|denied|denies|deny|accused|accuses|"
    r"condemned|condemns|blamed|blames|insisted|insists|acknowledged|suggested|highlighted|cited|quoted|"
    r"voiced|denounced|has voiced|has categorically denied|categorically denied|warned|wrote|"
    r"rejected|rejects|dismissed|estimated|estimate|estimates|recorded|documented|counted|saw|"
    r"put|puts|gave|gives|summoned|summons|informs|informed|admitted|admits|affirmed|affirms|"
    r"mourned|mourns|repeated|reiterated|maintained|maintains|alleged|alleges|asserted|argued"
    r"|explained|revealed|disclosed|indicated|clarified|countered|responded|replied|"
    r"(?:held|holds)(?=\s[^.;]{1,60}?\b(?:responsible|accountable)\b)"
    # "Investigators believe the killers were": a belief told as theirs
    r"|(?:believe|believes)(?=\s+(?:that\s+)?(?:the|they|it)\s)"
    # "called the accusation absurd", "described the claims as lies" (not "a town called Tal")
    r"|(?:called|calls|described|describes|branded|brands|termed)(?=\s+(?:the|it|this|that|these"
    r"|those|such|his|her|their|its|an?|on|for)\b)"
)
_LOWER_CLAIMANTS = (
    r"(?:(?:local|medical|security|military|hospital|tribal|police|rescue|civil|two|several|some"
    r"|other|many|regional|provincial|district|city|municipal|health|emergency|aid|neighbou?rhood"
    r"|community|camp)\s+)*"
    r"(?:medics|witnesses|eyewitnesses|residents|activists|officials|sources"
    r"|doctors|rescuers|paramedics|locals|villagers|police|relatives|survivors|monitors"
    r"|volunteers|aid workers|health workers|rescue workers|local media|media reports|state media"
    r"|state (?:broadcaster|television|tv|radio|news agency)"
    r"|governor|mayor"
    # after "said a", "said one": a single witness ("..., said a trader who sells cloth")
    r"|(?<=a )(?:resident|villager|witness|survivor|relative|trader|shop ?keeper|farmer|driver"
    r"|teacher|nurse|doctor|medic|passenger|worshipper|fisherman|man|woman|mother|father))\b"
)
# a role before a name in lower case: "government spokesman Hassan Sylla Bakari said", "police
# spokesman Paul Manga said", "army chief Gen. Ali said"
_LOWER_ROLE = (
    r"(?:(?:government|army|military|police|defen[cs]e|interior|foreign|health|presidential|party"
    r"|rebel|militia|group|junta|navy|regional|provincial|district|state)\s+){1,2}"
    r"(?:spokes(?:man|woman|person)|minister|secretary|chief|commander|official)\s+(?-i:[A-Z])"
)
_NP = (
    r"(?P<np>(?:[A-Z“\"]|the |a |an |its |his |their |(?=" + _LOWER_CLAIMANTS + r")|(?=" + _LOWER_ROLE + r"))"
    r"[^,;:“”\"]{1,110}?)"
)
_CLAUSE = (
    r"(?:,\s*(?:which|who|whose|(?:run|owned|backed|funded|controlled|operated) by|affiliated"
    r" with|close to|linked to|loyal to|based in)\b[^,;“”\"]{1,80},"
    # "Russia's Defence Ministry, in a statement carried by TASS, said"; "a spokesman, asked
    # whether Israel had joined the raids, said"
    r"|,\s*in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|post|message|video"
    r"|address|speech|interview|briefing)\b[^,;“”\"]{0,80}"
    # "..., in a statement by its spokesman, Air Commodore Jane Doe, said"
    r"(?:,\s*(?-i:[A-Z])[^,;“”\"]{1,60})?,"
    r"|,\s*(?:when\s+)?asked\s+(?:whether|if|about|why|how|who)\b[^;“”\"]{1,100}?,"
    # "Islamic State, through its Amaq news agency, claimed": the group speaks by its channel
    r"|,\s*(?:through|via)\s+(?:its|his|her|their|the)\s+[^,;“”\"]{1,60},"
    # "A member of the local council, reached by satellite phone, told"
    r"|,\s*(?:reached|contacted|interviewed)\s+(?:by|on|via)\s+[^,;“”\"]{1,50},"
    r"|,\s*speaking (?:on (?:the )?condition of anonymity|anonymously|privately|to reporters"
    r"|(?:to|with|by|from|on) (?=[A-Za-z]))"
    r"[^,;“”\"]{0,60},"
    # "Benjamin Netanyahu, cutting short a visit to Washington, said"
    r"|,\s*(?:\w+ing)\s+(?:short\s+|off\s+)?(?:a|an|the|his|her|its|their)\b[^,;“”\"]{1,70},"
    # "Mazloum Abdi, commander of the SDF, also denied": the role says whom he speaks for
    r"|,\s*(?P<role>(?:the |a |an |its )?(?:[\w'’-]+ ){0,3}?(?:(?:commander|spokes(?:man|woman"
    r"|person)|leader|head|chief|minister|director|official|governor|envoy|ambassador)"
    r" (?:of|for) [^,;“”\"]{2,60}"
    # "JNIM, al Qaeda's affiliate in the Sahel, said": what the group is part of
    r"|(?:affiliate|branch|wing|arm|umbrella|offshoot|franchise|ally)(?: (?:of|for|in) [^,;“”\"]{2,60})?)"
    # "a commander of the Pakistani Taliban, or Tehrik-e-Taliban Pakistan (TTP), claimed"
    r"(?:,\s*or\s+[^,;“”\"]{2,60})?"
    r"),)?"
)
# Verbs whose subject may follow them ("..., said the ministry"); "..., blamed X" names the
# one blamed, not the claimant.
_INVERTED_VERBS = (
    r"said|says|told|reported|reports|announced|announces|stated|states|added|adds|noted|notes"
    r"|confirmed|confirms|claimed|claims|insisted|acknowledged|wrote|estimated"
)
_ACCORDING = re.compile(
    r"\b(?:[Aa]ccording to|as per (?:a statement (?:issued )?by|claims by)|"
    r"a statement (?:issued )?by(?!\s+(?:its|his|her|their)\s)|in a statement,?)\s+"
    # "according to a count by the Human Rights League": the body that counted
    r"(?:(?:a|an|the)\s+(?:[\w-]+\s+)?(?:count|tally|toll|list|figures?|estimates?|report|data)"
    r"\s+(?:by|from|of|compiled\s+by|released\s+by|kept\s+by)\s+)?" + _NP + r"(?=[,.;]|$| that| on)"
)
_TOLD = re.compile(
    _NP + r",?\s+(?:(?:also|later|then) )?told\s+(?P<relay>[A-Z][\w.&\- ]{1,40}?)"
    r"(?=[,.;]| that| about| on| in|$)"
)
_CITING = re.compile(
    r"(?P<np>[A-Z][^,;“”\"]{1,80}?)\s*(?:\s(?:reports?|reported|said|says))?,?\s*citing\s+"
    r"(?P<orig>[^,.;]{2,80})"
)
_QUOTED = re.compile(
    _NP + r"\s+quoted\s+(?P<orig>an? [^,.;]{2,80}?|[A-Z][^,.;]{2,60}?)\s+(?:as saying|saying)"
)
# "..., Turkish security sources were quoted as saying by state media"
_QUOTED_BY = re.compile(
    r"(?:^|[,;]\s+)" + _NP + r"\s+(?:were|was)\s+quoted\s+(?:as\s+saying\s+)?by\s+"
    r"(?P<relay>[^,.;“”\"]{2,60}?)(?=\s+as\s+saying\b|[,.;]|$)"
)
_SPEECH_VERB = re.compile(r"\b(?:said|says|told|tells)\b")  # "X said ... were quoted"
_ROLE_BEFORE = re.compile(
    r"^(?P<role>(?:[Tt]he |[Aa]n? )?[^,;“”\"]{0,60}?\b(?i:spokes(?:man|woman|person)|official"
    r"|minister|director|head|chief|commander|governor|representative|member|envoy|ambassador"
    r"|mayor|prefect|secretary|president|prosecutor|officer"
    r"|officer\s+commanding(?:\s+[\w-]+){0,3}?)"
    r"(?: of [^,;“”\"]{2,40})?),\s*$"
)
# "..., the head of the regional administration, Ivan Petrenko, said": the role before the name
_ROLE_MID = re.compile(
    r",\s+(?P<role>(?:the |a |an |its |his |her )?[^,;“”\"]{0,60}?\b(?i:spokes(?:man|woman|person)"
    r"|official|minister|director|head|chief|commander|governor|mayor|representative|envoy"
    r"|ambassador|secretary|president|prime minister)(?: (?:of|for|in) [^,;“”\"]{2,60})?),\s*$"
)
# "The Islamic State West Africa Province, the group's local branch, said": the name before
_NAME_BEFORE = re.compile(
    r"^(?P<name>(?:[A-Z(“\"][\w'’().“”\"-]*|(?:al|el|wal|ad|ash|as|ar)-[\w'’-]+|of|the|and|for)"
    r"(?:\s+(?:[A-Z(“\"][\w'’().“”\"-]*|(?:al|el|wal|ad|ash|as|ar)-[\w'’-]+|of|the|and|for)){0,9}),\s*$"
)
_OPENER = re.compile(r"^(?:However|Meanwhile|But|Separately|Earlier|Later|Still),\s*")
_SUBJECT_VERB = re.compile(
    r"(?:^|[,;][”\"]?\s+(?:(?:and|but|while|whereas)\s+(?=[A-Z]))?|\bwhich was confirmed by\s+"
    r"|\bthat\s+|\bwhich\s+(?=[A-Z]))"
    + _NP
    + _CLAUSE
    + r"(?:,\s*(?:however|meanwhile|though|too),?)?,?\s+(?:\w+ly\s+)?(?:has |have |had )?"
    r"(?:\w+ly |earlier |also |later |previously |since )?(?:"
    + _VERBS
    + r")\b"
)
_VERB_SUBJECT = re.compile(
    r"[,”\"]\s*(?:" + _INVERTED_VERBS + r")\s+(?P<np>(?:the |a |an )?(?:[A-Z]|\d+-year-old\s|"
    + _LOWER_CLAIMANTS
    + r"|(?<=the )(?:ministry|army|military|police|government|coalition|group|agency|council"
    r"|command|monitor|observatory|militia|movement)\b)"
    r"[^,.;“”\"]{0,80}?)(?=[,.;]|$)"
)
_POSSESSIVE = re.compile(
    r"(?P<np>(?:The |the )?[A-Z][\w\- ]{2,60}?)['’]s (?:statements?|letter|report|account|spokesman)"
)
_ANAPHOR = re.compile(
    r"^(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)(?: [a-z-]+)? (?i:source|sources|ministry|letter"
    r"|statement|official|officials|officer|commander|spokesman|spokesperson|observatory|monitor"
    r"|agency|report|army"
    r"|military|group|organi[sz]ation|council|command|network|service|committee|administration"
    r"|movement|militia|volunteers|authority|councillor|governor|mayor|office|department|mission"
    r"|directorate|presidency|embassy|commission|alliance|communi(?:que|qué))|[Ii]t|[Hh]e|[Ss]he|[Tt]hey)$"
)
_TRIM = re.compile(
    r"^(?:however|meanwhile|but|and|also|then)\s+|\s+(?:also|however|meanwhile|has|have|had)$"
    r"|['’]s (?:statements?|letter|report|account)$",
    re.IGNORECASE,
)
_NOT_A_CLAIMANT = re.compile(
    r"^(?:no|there|casualties|nobody|none)\b|^(?:i|we|you)$|\s(?:were|was|is|are|been|had|has|have|would|will"
    r"|could|should|must|might|did|does)(?:\s|$)"
    # "The blast claimed the lives of four": an event, not a speaker
    r"|^(?:the|a|an|this|that|its|their|sunday's|monday's|tuesday's|wednesday's|thursday's"
    r"|friday's|saturday's)\s+(?:[\w'’-]+\s+){0,2}?(?:blast|explosion|attack|(?:air ?)?strike"
    r"|bombing|fire|fighting|violence|clash|shelling|raid|ambush|assault|massacre|bomb|crash"
    r"|collapse|shooting|siege|war|conflict|insurgency|unrest)s?$",
    re.IGNORECASE,
)
# "The strikes came a month after separatist rebels said": the claimant follows the conjunction
_SUBORDINATE = re.compile(
    r"^(?-i:[A-Z])[^,;]*?\s(?:after|before|when|while|since|because|until|as)\s+(?=\S)"
)
_DATELINE = re.compile(r"^(?:[A-Z][\w'’.-]*\s*){1,3}(?:,[^-–—]{1,25})?(?:\([^)]{1,40}\)\s*)?[-–—]+\s+")
_BARE = frozenset({"the", "a", "an", "this", "that", "these", "those"})


@dataclass(frozen=True)
class ClaimantPhrase:
    text: str  # as named, e.g. "SANA, citing a military source"
    span: Span
    originator: str  # who first made the claim
    relayed_by: tuple[str, ...]
    anaphoric: bool = False  # "the source added": the previous claimant is meant
    anonymous: bool = False  # "..., who asked not to be named, said": unnamed by choice


def find_claimant(text: str, span: Span) -> ClaimantPhrase | None:
    """The claimant named in the sentence at ``span``, or None when the sentence names none."""
    sentence = text[span.start : span.end]
    finders = (_citing, _told, _quoted, _quoted_by, _according, _subject_verb, _verb_subject)
    for finder in (*finders, _possessive):
        found = finder(sentence)
        if found is not None:
            name, start, originator, relays = found
            phrase = _phrase(name, span.start + start, originator, relays)
            if phrase is not None:
                hidden = _ANONYMITY.match(text, phrase.span.end, span.end) is not None
                return replace(phrase, anonymous=True) if hidden else phrase
    return None


def _phrase(
    name: str, start: int, originator: str, relays: tuple[str, ...]
) -> ClaimantPhrase | None:
    cleaned = _TRIM.sub("", _DATELINE.sub("", name.strip(" “”\"'"))).strip()
    cleaned = _SUBORDINATE.sub("", cleaned)
    if not cleaned or cleaned.lower() in _BARE or len(cleaned.split()) > 14:
        return None
    if _NOT_A_CLAIMANT.search(cleaned):
        return None
    offset = name.find(cleaned[:10]) if cleaned else 0
    anaphoric = bool(_ANAPHOR.match(originator.strip()))
    return ClaimantPhrase(
        cleaned,
        Span(start + max(0, offset), start + max(0, offset) + len(cleaned)),
        _SUBORDINATE.sub("", _TRIM.sub("", _DATELINE.sub("", originator.strip(" “”\"'")))),
        relays,
        anaphoric,
    )


_Found = tuple[str, int, str, tuple[str, ...]] | None


def _citing(sentence: str) -> _Found:
    m = _CITING.search(sentence) if "citing" in sentence else None  # the word first: cheap
    if not m:
        return None
    relay = _strip_role_words(m.group("np"))
    orig = m.group("orig").strip()
    return f"{relay}, citing {orig}", m.start("np") + m.group("np").find(relay), orig, (relay,)


def _strip_role_words(np: str) -> str:
    """'state media outlet SANA' -> 'SANA' when a proper name ends the phrase."""
    words = np.strip().split()
    tail = [w for w in words if w[:1].isupper()]
    return " ".join(words[words.index(tail[0]) :]) if tail else np.strip()


def _told(sentence: str) -> _Found:
    m = _TOLD.search(sentence) if "told" in sentence else None
    if not m:
        return None
    name = m.group("np")
    return name, m.start("np"), name, (m.group("relay").strip(),)


def _quoted(sentence: str) -> _Found:
    m = _QUOTED.search(sentence) if "quoted" in sentence else None
    if not m:
        return None
    relay, orig = m.group("np").strip(), m.group("orig").strip()
    return orig, m.start("orig"), orig, (relay,)


def _quoted_by(sentence: str) -> _Found:
    m = _QUOTED_BY.search(sentence) if "quoted" in sentence else None
    if not m or _SPEECH_VERB.search(m.group("np")):
        return None
    name = m.group("np")
    return name, m.start("np"), name, (m.group("relay").strip(),)


def _according(sentence: str) -> _Found:
    m = _ACCORDING.search(sentence)
    return (m.group("np"), m.start("np"), m.group("np"), ()) if m else None


def _subject_verb(sentence: str) -> _Found:
    m = _SUBJECT_VERB.search(sentence)
    if not m:
        return None
    role = _ROLE_BEFORE.match(_OPENER.sub("", sentence[: m.start("np")]))
    if role:  # "The ministry's spokesman, Ashraf al-Qudra, said": the role says who he is
        name = f"{role.group('role')}, {m.group('np').strip()}"
        return name, 0, name, ()
    before = sentence[: m.start("np")]
    mid = _ROLE_MID.search(before)
    if mid and _PROPER.match(m.group("np")):
        name = f"{mid.group('role').strip()}, {m.group('np').strip()}"
        return name, mid.start("role"), name, ()
    named = _NAME_BEFORE.match(_DATELINE.sub("", _OPENER.sub("", before)))
    if named and m.group("np")[:1].islower():
        name = f"{named.group('name').strip()}, {m.group('np').strip()}"
        return name, sentence.find(named.group("name")), name, ()
    if m.group("role"):  # "Mazloum Abdi, commander of the SDF, said"
        name = f"{m.group('np').strip()}, {m.group('role').strip()}"
        return name, m.start("np"), name, ()
    relay = _REPORTED_BY.search(sentence, m.end())
    if relay and relay.group("relay").strip() != m.group("np").strip():
        # "A military source dismissed the reports ..., SANA reported": SANA relays the source
        return (m.group("np"), m.start("np"), m.group("np"), (relay.group("relay").strip(),))
    return (m.group("np"), m.start("np"), m.group("np"), ())


_PROPER = re.compile(r"^(?:[A-Z][\w'’.-]+)(?:\s+(?:[A-Z][\w'’.-]+|al-\w+|bin|ibn|de|van|von)){1,4}\s*$")
_ANONYMITY = re.compile(
    r"\s*,\s*(?:who|speaking|talking)\b[^,;“”\"]{0,40}?\b(?:anonymity|anonymously|not\s+to\s+be"
    r"\s+(?:named|identified)|not\s+authori[sz]ed)\b[^,;“”\"]{0,60}"
)
_REPORTED_BY = re.compile(
    r",\s+(?P<relay>(?:the )?[A-Z][\w.&\- ]{1,40}?)\s+(?:reported|reports|said|says)[.\s]*$"
)


def _verb_subject(sentence: str) -> _Found:
    m = _VERB_SUBJECT.search(sentence)
    if not m:
        return None
    role = _ROLE_AFTER.match(sentence, m.end("np"))
    if role:  # '..., said Yahya Rasool, the military spokesman': the role says who he is
        name = f"{m.group('np').strip()}, {role.group('role').strip()}"
        return name, m.start("np"), name, ()
    return (m.group("np"), m.start("np"), m.group("np"), ())


_ROLE_AFTER = re.compile(
    r",\s+(?P<role>(?:the |a |an |its |his |their )?[^,.;“”\"]{0,50}?\b(?:spokes(?:man|woman"
    r"|person)|official|minister|director|head|chief|commander|governor|mayor|representative"
    r"|member|resident|witness|doctor|medic|activist|officer|leader|source|shop ?keeper|farmer|trader"
    r"|vendor|driver|teacher|student|nurse|survivor|relative|villager|fisherman|worker)s?\b[^,.;“”\"]{0,40}?)"
    r"(?=[,.;]|$)"
)


def _possessive(sentence: str) -> _Found:
    m = _POSSESSIVE.search(sentence)
    return (m.group("np"), m.start("np"), m.group("np"), ()) if m else None


# A document's own kind, opening a line or a part of one in its letterhead: "Media statement",
# "Statement No. 4", "PRESS RELEASE", "Preliminary report", "Rapport", "Nota oficial"
_DOC_TYPE = re.compile(
    r"(?:(?:media|press|official|public|joint|preliminary|annual|situation|special)\s+)?"
    r"(?:press\s+release|statement(?:\s+no\b\.?)?|communiqu[eé]|note|nota(?:\s+oficial)?"
    r"|report|rapport|informe|bulletin|declaration|d[ée]claration)\b",
    re.IGNORECASE,
)
_NOT_ISSUER = re.compile(
    r"^\W*$|^[\d/.\-\s:]+$|^\[|^[“\"]|\b(?:19|20)\d\d\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"
    r"|^(?:no\.?|subject|summary)\b",
    re.IGNORECASE,
)
_SEGMENTS = re.compile(r"\s+[|–—-]\s+|\s*/\s+")


def document_issuer(text: str) -> str | None:
    """The body that issues the article when the article is its own document (a statement, a
    press release, a report), read from the letterhead: the short lines that open the text,
    one of which opens with the document's kind. The issuer is the name before that kind on
    its line ("Central Asia Rights Monitor | Report | 7 June"), else the line above it ("SOUTH
    AFRICAN POLICE SERVICE / Media statement - ..."), else the line below ("PRESS RELEASE /
    Information Office, Kodam XVII"). A news outlet's masthead names no document kind."""
    lines: list[str] = []
    for line in text[:600].splitlines():
        if len(line.strip()) > 120:
            break
        if line.strip():
            lines.append(line.strip())
    for at, line in enumerate(lines[:6]):
        segments = _SEGMENTS.split(line)
        kind_at = next((i for i, seg in enumerate(segments) if _DOC_TYPE.match(seg)), None)
        own = re.match(r"^(?P<name>[^(|]{3,80}?)\s*\((?P<kind>[^)]{3,40})\)", line)
        if own and _DOC_TYPE.fullmatch(own.group("kind")):  # "Kenya Red Cross (press statement)"
            return _issuer_name(own.group("name"))
        if kind_at is None or len(line) > 80:
            continue
        before = [seg for seg in segments[:kind_at] if not _NOT_ISSUER.search(seg)]
        for found in [*before[:1], *lines[at - 1 : at][:1], *lines[at + 1 : at + 2]]:
            name = _issuer_name(found)
            if name:
                return name
        return None
    return None


# a body's press office ("Public Affairs Office", "Assessoria de Imprensa"): the body is named
# above it, or after it ("Information Office, Kodam XVII")
_PRESS_OFFICE = re.compile(
    r"^(?:the\s+)?(?:(?:press|media|information|public\s+(?:affairs|information|relations)"
    r"|communications?)\s+(?:office|department|service|unit|centre|center|section|division)"
    r"|assessoria|gabinete|service\s+de\s+presse|oficina\s+de\s+prensa)\b[^,]*,?\s*",
    re.IGNORECASE,
)


def _issuer_name(line: str) -> str | None:
    name = _SEGMENTS.split(line)[0]
    name = re.sub(r"\s*\((?:fictional|unofficial|press|media|official)[^)]*\)", "", name).strip()
    office = _PRESS_OFFICE.match(name)
    if office is not None:
        name = name[office.end() :]
    if not name or _NOT_ISSUER.search(name) or _DOC_TYPE.fullmatch(name) or len(name) > 80:
        return None
    return name.title() if name.isupper() else name
