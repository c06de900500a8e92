"""What a sentence asserts about who did it: attribution, denial or confirmation.

Component id: ``extract.stance@9`` (@6, session 10: "identified the attackers as X",
"suspected members of X", "ambushed by fighters of X", a belief is no confirmation, a quote
opening "We carried out"; @7, session 11: nominal frames ("aggression by"), a state's forces
named by a common noun in a reported strike, ", but X said" clauses, parties blamed jointly,
more denial forms; @8, session 12: a state's forces by a common noun in reported speech, as a
passive agent or "were responsible", their own spokesman's account a confirmation, own arms
("its soldiers", "its aircraft"), a first-person quote, "the attackers belonged to X"; @9, s12-attr:
members of any named group, "X guerrillas were believed to be behind", the attackers' own
word, :func:`stance_frames.named_members`). An attribution names an actor as the agent of the event
("attacks by US forces", "coalition warplanes targeted", "accused X of"); a denial rejects
involvement ("denied any involvement", "Not a US or Coalition strike"); an attribution made
by the accused side itself is a confirmation ("CENTCOM said it carried out precision strikes").
Actors named as targets ("targeted Syrian army positions") are not perpetrators.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from contested.extract.stance_frames import (
    ActorHitLike,
    admits,
    clause_speaker,
    is_named,
    is_state,
    is_state_agent,
    is_weak,
    joint_partner,
    members_of_named,
    named_members,
    narrated_forces,
    own_arm,
    reported_forces,
)
from contested.quickre import quick
from contested.types import Span

COMPONENT = "extract.stance@9"


StanceKind = Literal["attribution", "denial", "confirmation"]


@dataclass(frozen=True)
class Stance:
    kind: StanceKind
    actor: str | None
    hedged: bool
    component: str = COMPONENT  # the rules', or the learned reader's (extract.stance_model)
    subject: Span | None = None  # who takes the stance, when not the sentence's claimant
    # a state's forces named by a common noun ("the air force had struck"), or owned in an
    # admission ("acknowledged that an air strike by the Togolese armed forces"): a military or
    # government speaker of no known side speaks for them
    common_noun: bool = False
    # blamed jointly with the party before it ("the army and its M23 auxiliaries"): a claim of its own
    joint: bool = False
    # the common noun that named a state's forces ("the police", "soldiers"): a speaker for
    # those forces ("a police spokesman") owns the act (:func:`stance_frames.same_force`)
    force: str = ""
    # told of those forces opening the sentence, by no speaker it names: kept only as their own
    # side's confirmation (the extractor drops it otherwise)
    narrated: bool = False


_HEDGE = quick(
    r"\b(?:reportedly|allegedly|alleged|probably|possibly|likely|apparently|suspected|purportedly|"
    r"believed to|thought to|unconfirmed|it is unclear|may have|might have)\b",
    re.IGNORECASE,
)
_DENIAL = quick(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed)|refuted|refutes)\b[^.;]{0,60}?\b(?:involvement|participation|"
    r"responsibility|role|part|claims?|accusations?|allegations?|reports?|carrying out|"
    r"(?:air ?)?strikes?|attacks?|struck|targeted|targeting|striking|bombed|bombing|shelled"
    r"|shelling|attacked|attacking|hit|hitting|launched|launching|carried out|fired|firing)\b"
    r"|\bden(?:y|ies|ied|ying)\s+(?:on\s+\w+day\s+|\w+ly\s+|again\s+)?(?:that|it|any\s+(?:link|connection|hand))\b"
    # "dismissed the charge": a charge answered at the time ("denies the charge" is a stance
    # held, often on another count)
    r"|\b(?:denied|rejected|dismissed|refuted)\b[^.;]{0,60}?\bcharges?\b"
    r"|\b(?:called|described|branded|labell?ed|termed)\b[^.;]{0,50}?\b(?:claims?|reports?"
    r"|accusations?|allegations?|charges?)\b[^.;]{0,25}?\b(?:lies|a lie|false|baseless"
    r"|fabricat\w*|untrue|groundless|unfounded|propaganda|absurd|ridiculous|nonsense|preposterous"
    r"|slanderous|slander|fake|misleading|disinformation)\b"
    r"|\b(?:had|has|have|having|bore|bears?)\s+no\s+(?:\w+\s+)?(?:involvement|role|part|hand"
    r"|connection|link|responsibility)\b"
    r"|\b(?:claims?|reports?|accusations?|allegations?|charges?)\s+(?:\w+\s+){0,3}?(?:was|were|is"
    r"|are)\s+(?:completely\s+|entirely\s+|totally\s+|simply\s+)?[“\"]?(?:false|baseless|lies"
    r"|a lie|fabricat\w+|a fabrication|untrue|groundless|unfounded|fake|disinformation|propaganda"
    r"|staged|a provocation)\b"
    r"|\bdistanc(?:ed|es|ing)\s+(?:itself|themselves|himself|herself)\s+from\b"
    # "described as groundless the statements that ...", "rejected as untrue the claims"
    r"|\b(?:described|dismissed|rejected|branded|called|termed|denounced)\s+as\s+[“\"]?(?:completely\s+"
    r"|totally\s+|entirely\s+)?(?:groundless|baseless|false|untrue|unfounded|fabricated|lies|a\s+lie"
    r"|absurd|propaganda|slanderous|fake|a\s+fabrication|a\s+provocation)[”\"]?\s+(?:the\s+|all\s+|these\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:claims?|statements?|reports?|accusations?|allegations?|charges?"
    r"|assertions?|suggestions?|version)\b"
    # an alibi: "its fighters had not been in the area", "none of our men were present"
    r"|\b(?:its|their|our|his)\s+(?:[\w-]+\s+)?(?:fighters|forces|troops|men|units|members|soldiers"
    r"|jets|aircraft|drones)\s+(?:had\s+|have\s+|has\s+)?(?:not|never)\s+(?:been\s+)?(?:present|deployed"
    r"|operat\w+|in\s+(?:the|that)\s+area|anywhere\s+near)\b"
    # "insisted its jets had only targeted bandit hideouts": a strike owned, its victims denied
    r"|\b(?:had\s+|has\s+|have\s+)?only\s+(?:targeted|struck|hit|attacked|fired\s+(?:at|on)|bombed)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:hideouts|positions|targets|fighters|militants|terrorists|bandits|camps"
    r"|bases|combatants|insurgents|rebels)\b"
    r"|\b(?:was|is|were|are)\s+(?:simply\s+|absolutely\s+)?not\s+true\s+that\b"
    r"|\bnot (?:a|an|the) [\w\s\-]{0,30}?(?:strike|attack|operation|massacre|bombing|raid)\b"
    r"|\b(?:had|has|have) nothing to do with\b|\bplayed no (?:part|role)\b"
    r"|\b(?:would|will|could|does|do|did)\s+never\s+(?:\w+\s+)?(?:attack|target|strike|bomb|shell"
    r"|fire\s+(?:at|on)|harm)\b"
    # "does not target civilians", "did not order the attack", "did not start this war",
    # "gave no order": the speaker's side did not act (active voice: "was not killed" is no denial)
    r"|\b(?:did|does|do|would|will)(?:\s+not|n['’]t)\s+(?:\w+\s+)?(?:order|start|kill|commit"
    r"|plant|stage|provoke|open\s+fire|target|attack|shoot|fire\s+(?:at|on))\b"
    r"|\b(?:gave|give|gives|issued)\s+no\s+(?:such\s+)?orders?\b"
    # "reports that civilians were killed in a drone strike were fabricated"
    r"|\b(?:claims?|reports?|accusations?|allegations?)\s+that\b[^.;]{0,150}?\b(?:was|were|is"
    r"|are)\s+(?:completely\s+|entirely\s+|totally\s+|simply\s+)?[“\"]?(?:false|baseless|lies"
    r"|a lie|fabricat\w+|a fabrication|untrue|groundless|unfounded|fake|disinformation|propaganda)\b"
    r"|\b(?:did|does|had|has|have|was|were)\s+not\s+(?:\w+\s+)?(?:carr(?:y|ied) out|conduct(?:ed)?"
    r"|launch(?:ed)?|target(?:ed)?|strike|struck|bomb(?:ed)?|attack(?:ed)?|operat(?:e|ed)|flown"
    r"|fly|used|involved|responsible|behind|participated?|fired|shelled)\b"
    r"|\b(?:there\s+(?:have|has|had)\s+been\s+|there\s+(?:was|were)\s+)no\s+(?:[\w-]+\s+){0,4}?"
    r"(?:strikes?|air ?strikes?|attacks?|raids?|operations?)\b(?:\s+by\s+[^.;,]{1,50})?"
    r"|\bin\s+no\s+way\s+(?:connected|linked|involved|responsible|related|associated)\b"
    r"|\b(?:fired|launched|dropped|flew|flown|sent)\s+no\s+(?:[\w-]+\s+){0,2}?(?:shells?|rockets?|missiles?"
    r"|drones?|bombs?|munitions|shots?|rounds|sorties|aircraft)\b"
    r"|\b(?:took|takes|take|taken|had|has|have|played|plays)\s+no\s+part\b"
    r"|\b(?:carried\s+out|conducted|launched|made|undertook|undertaken)\s+no\s+(?:[\w-]+\s+){0,2}?"
    r"(?:strikes?|air\s?strikes?|operations?|attacks?|raids?|sorties|missions?)\b"
    r"|\b(?:had|has|have|did|does|do|was|were)\s+not\s+(?:\w+\s+)?(?:take|taken|took|taking)\s+part\b"
    r"|\bnone\s+of\s+(?:its|their|his|our|the)\s+(?:[\w-]+\s+){0,2}?(?:had\s+|have\s+|has\s+|was\s+|were\s+)?"
    r"(?:taken\s+part|took\s+part|participated|been\s+involved|involved|carried\s+out|fired|launched)\b"
    r"|\b(?:struck|strikes?|hits?|targets?|targeted|attacks?|attacked|fired|fires|aimed|aims)\s+only"
    r"\s+(?:at\s+|on\s+)?(?:legitimate\s+)?military\b"
    r"|\bneither\b[^.;]{0,60}?\bnor\b[^.;]{0,60}?\b(?:carried out|conducted|launched|struck"
    r"|targeted|bombed|attacked|(?:was|were) (?:involved|responsible))\b",
    re.IGNORECASE,
)
_CONFIRM = quick(
    r"\b(?:claimed responsibility|took responsibility"
    r"|(?<=we\s)(?:\w+\s+)?(?:take|accept|bear|claim)\s+(?:full\s+)?responsibility"
    r"|responsibility\s+(?:\w+\s+){0,4}?(?:was|has been"
    r"|had been)\s+claimed\s+by|claimed\s+(?:the|this|that|Monday's|Tuesday's|Wednesday's|Thursday's"
    r"|Friday's|Saturday's|Sunday's)\s+(?:\w+\s+)?(?:attack|bombing|strike|operation|ambush|assault"
    r"|blast|explosion|raid|massacre|killings|hijacking|kidnapping|abduction)|"
    # "its fighters claim the attack" (not "failed to claim the attack", "the attack was")
    r"(?<!\bto\s)(?:claims?|claiming)\s+(?:the|this|that|Monday's|Tuesday's|Wednesday's|Thursday's"
    r"|Friday's|Saturday's|Sunday's)\s+(?:\w+\s+)?(?:attack|bombing|ambush|assault|raid|massacre)"
    r"\b(?!\s+(?:was|were|is|are)\b)|"
    r"(?:said|says|confirmed|confirms|announced|announces|acknowledged|admitted|stated|claimed"
    r"|claims)\b"
    r"[^.;“”\"]{0,80}?\b(?:that\s+)?(?:it|the\s+(?:group|movement|militia|organi[sz]ation)"
    r"|the\s+(?:naval|air|missile|rocket|drone|ground|special)\s+forces"
    r"|its\s+(?:\w+\s+)?(?:forces|troops|jets|aircraft|warplanes|missiles|rockets|artillery"
    r"|drones|fighters|units|army|navy|air\s+force|men|militants|members|soldiers|officers|police"
    r"|personnel|commandos|helicopters)|they|we|our\s+forces"
    r"|their\s+(?:\w+\s+)?(?:fighters|forces|men|militants|members|cadres|units)"
    r"|(?:an?|one\s+of\s+its)\s+(?:local\s+)?(?:unit|cell|squad|battalion|brigade)"
    r"|US forces"
    r"|coalition forces)\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?[“\"]?(?:carried out|conducted|launched"
    r"|struck|targeted|hit|killed|bombed|attacked|eliminated|neutrali[sz]ed|destroyed|shot down"
    r"|fired|detonated|planted|set\s+off|ambushed|shelled|downed|raided|stormed|aimed at|(?:was|were) behind"
    r"|blown\s+up|blew\s+up"
    r"|[“\"]?put out of action"
    r"|(?:taken|took) control of|seized|captured|overran|overrun)"
    r"|(?:carried out|conducted) [^.;]{0,80}?(?:as per|according to) a statement"
    r"|(?:acknowledged|acknowledges|admitted|admits|conceded|concedes)\b[^.;]{0,40}?\b(?:that\s+)?its\s+"
    r"(?:[\w-]+\s+){0,2}?(?:strikes?|air\s?strikes?|raids?|attacks?|bombing|shelling|operation)"
    r"|(?:were|was|have\s+been|had\s+been)\s+neutrali[sz]ed)\b",
    re.IGNORECASE,
)
_AGENT_AFTER = re.compile(
    r"^(?:['’]s?)?[”\"]?(?:-led(?: \w+)?)?(?:\s+(?:and|or)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?!(?:was|were|is|are|been|being|had|has|have|that|who|which)\b)[\w'’-]+\s+){0,2}?"
    r"(?!(?:was|were|is|are|been|being|had|has|have)\b)[\w'’-]+[”\"]?)?"
    r"\s*(?:armed |air |special )?"
    r"(?:(?!(?:was|were|is|are|been|being|had|has|have|that|who|which|or|and|said|says|told"
    r"|reported|claimed|announced|added|stated|the|a|an)\b)[\w'’-]+ ){0,3}?"
    r"(?:aircraft|warplanes?|jets?|drones?|forces|troops|military|army|artillery|fighters"
    r"|militants|gunmen|navy|air force|helicopters|coalition|groups?|militias?|missiles?|rockets?"
    r"|shells|bombs?)?"
    r"(?:,[^,.;]{1,60},)?\s*"
    r"(?:(?:that|who) )?(?:have |has |had )?(?:\w+ly |also |reportedly |once again |again )?"
    r"(?:(?:were|was|are|is) (?:believed|thought|suspected|said|alleged|likely) to have )?"
    r"(?:\w+ and )?[“\"]?"
    r"(?:bombed|struck|strikes|targeted|shelled|attacked|hit|pounded|carried out|launched|"
    r"conducted|fired|committed|killed|raided|stormed|neutrali[sz]ed|opened fire|planted"
    r"|ambushed|assassinated|executed|abducted|kidnapped|detonated|gunned down|shot dead|blew up|dropped"
    r"|broke into|broken into|overran|overrun|massacred|torched|razed|set fire to|hacked"
    r"|rained|slammed into|smashed into|tore through|ripped through|hammered|blasted"
    r"|(?:was|were|is|are) (?:\w+ly )?(?:behind|involved(?: in)?|responsible(?: for)?)|behind"
    r"|(?:bears?|bore|borne|took|takes|accepted|accepts) (?:full |the |direct )?responsibility"
    r"|(?:started|provoked|instigated|triggered|initiated|began|sparked|opened) (?:the |this |these )?"
    r"(?:fighting|firing|shooting|clashes|violence|hostilities|battle|confrontation|gunfight|shootout"
    r"|exchange of fire)"
    r"|used\s+(?:[\w-]+\s+){1,3}?in\s+(?:the|this|that|its|\w+day['’]s)\s+(?:[\w-]+\s+)?(?:attack"
    r"|strike|raid|shelling|bombardment|bombing))\b",
    re.IGNORECASE,
)
_AGENT_BEFORE = quick(
    r"(?:\b(?:carried out|committed|conducted|launched|fired|misfired|planted|laid|detonated"
    r"|caused|attacks?|strikes?|bombings?|raids?|shelling|airstrikes?|air raids?|assaults?"
    # the act named as a noun: "aggression by the Tajik side", "the massacre by the army"
    r"|aggression|incursions?|offensive|ambush(?:es)?|massacres?|killings?|atrocit(?:y|ies)"
    r"|provocations?|gunfire|firing|shootings?|abductions?|kidnappings?|bombardment|crimes?"
    r"|acts?)[”\"]?"
    r"\s+(?:\w+\s+){0,3}by(?:\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:members?|cells?|units?|elements"
    r"|fighters|militants|gunmen|factions?|wing|commandos?|operatives)\s+of)?|\b(?:attacked|targeted|bombed|shelled|struck|hit|killed|shot(?:\s+dead)?"
    r"|gunned\s+down|ambushed|wounded|injured|assassinated|executed|abducted|kidnapped|murdered"
    r"|fired|launched|planted|detonated|stormed|raided|seized|destroyed|downed|sent|flown)\s+by"
    r"(?:\s+(?:an?\s+|the\s+)?(?:members?|fighters|militants|gunmen|militiamen|elements|criminals"
    r"|soldiers|troops|officers|units?)\s+(?:of|from))?"
    r"|\b(?:was|were|is|are)\s+(?:\w+ly\s+)?the\s+(?:work|handiwork|doing)\s+of"
    r"|\b(?:launched|fired|sent|flown|came|come|coming)\s+from\s+[^.;]{0,60}?\b(?:controlled"
    r"|held|run|occupied)\s+by"
    r"|\battributed (?:it |the \w+ )?to|\bresponsibility (?:of|on)|\b(?:fired|launched|dropped)"
    r"\s+from|\bpointed (?:the|a) finger at|\b(?:hallmarks?|signature|trademarks?) of|\bsuspicion (?:fell|falls|fall) on"
    r"|\bsuspected)"
    r"\s+[“\"]?(?:the\s+)?(?:\w+\s+){0,2}[“\"]?$"
    r"|\b(?:aircraft|warplanes|jets|drones|helicopters)\s+of\s+(?:the\s+)?$"
    r"|\b(?:drones?|aircraft|jets?|warplanes?|helicopters?|missiles?|rockets?|shells?)\s+(?:had\s+|has\s+)?"
    r"(?:belonged|belongs|belonging)\s+to\s+(?:the\s+)?$"
    r"|\b(?:strikes?|raids?|attacks?|bombings?|jets|aircraft|warplanes|drones?|explosion|blast)"
    r"\s+(?:was|were)\s+(?:\w+ly\s+)?$"
    r"|\b(?:accus(?:ed|ing|es)|blam(?:ed|ing|es))\s+[“\"]?(?:the\s+)?(?:(?!of\s)[\w'’-]+\s+){0,5}$"
    r"|\b(?:accus(?:ed|ing|es)|blam(?:ed|ing|es)|identif(?:y|ies|ied))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:columns?|cells?|units?|factions?|wing|members?|fighters|elements|gunmen|militants|criminals"
    r"|soldiers|troops|officers|commandos?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "the regime's jet came first": a party's aircraft doing something, not just owned
_AIRCRAFT_ACTS = (
    r"['’]s\s+(?:[\w-]+\s+)?(?:jets?|warplanes?|aircraft|drones?|helicopters?|gunships?)\s+"
    r"(?:came|struck|hit|bombed|fired|dropped|attacked|targeted|flew|returned|opened)\b"
)
# "a Russian air strike", "Turkish artillery fire": the actor named before the weapon
_AGENT_NOUN_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:air\s?strikes?|airstrikes?|strikes?|air\s+raids?|raids?|bombardment"
    r"|bombing|shelling|attacks?)\b"
    r"|" + _AIRCRAFT_ACTS + r"|(?:-led(?: \w+)?)?(?:\s+(?:and|or)\s+(?:the\s+)?[\w'’-]+)?\s+"
    r"(?:(?!(?:to|from|of|on|in|at|by|for|with|against|and|or)\s)[\w-]+\s+)?(?:air\s?strikes?"
    r"|airstrikes?|strikes?|air\s+raids?|raids?|drone\s+strikes?|missile\s+strikes?|bombardment"
    r"|bombing|shelling|artillery(?:\s+fire)?|rocket\s+fire|mortar\s+fire|gunfire|sniper\s+fire"
    r"|fire|(?:fighter\s+)?jets|warplanes|(?:war)?planes?|drones?|aircraft|helicopters|(?:ballistic\s+|cruise\s+)?missiles?"
    r"|rockets?|shells|glide\s+bombs?|bombs|attacks?|assaults?)\b"
    r"(?!\s+(?:(?:were|was|had been|have been)\s+)?(?:seen|spotted|heard|flying|flew|circl\w+"
    r"|hover\w+|supplied|sold|delivered|shot down|downed|intercepted)\b)",
    re.IGNORECASE,
)
# "held the Islamic State group responsible"
_HELD_BEFORE = re.compile(r"\bh(?:e|o)ld(?:s|ing)?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_RESPONSIBLE_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,5}?\s+(?:fully\s+|directly\s+|solely\s+)?(?:responsible|accountable)\b",
    re.IGNORECASE,
)
_ACCUSED_BEFORE = re.compile(
    r"\b(?:accus|blam)\w*\s+[“\"]?(?:the\s+)?(?:[\w-]+\s+){0,5}$", re.IGNORECASE
)
_SERIES = (
    r"(?:being\s+behind\s+|carrying\s+out\s+)?(?:(?:a|the)\s+(?:\w+\s+)?(?:string|series|wave|spate"
    r"|campaign|number|pattern|history|catalogue)\s+of|(?:previous|past|earlier|repeated|several"
    r"|numerous|other|recent|frequent|many|similar|dozens\s+of|scores\s+of)\s)"
)
_ACCUSED_OF_OTHER = re.compile(
    r"^\s+(?:of|for)\s+" + _SERIES + "|"
    r"^\s+(?:of|for)\s+(?!(?:the\s+|this\s+|these\s+|a\s+|an\s+|last\s+\w+['’]s\s+)?"
    r"(?:(?!\w+ing\b)[\w-]+\s+){0,2}"
    r"(?:carry|conduct|launch|strik|strike|bomb|shell|target|attack|kill|commit|being\s+behind"
    r"|perpetrat|responsib|massacre|crime|raid|assault|fir|explosion|blast|incident|murder|air"
    r"|barrage|salvo|volley|death|killing|rocket|missile|drone|mortar|ambush|deadly|downing"
    r"|start|provok|instigat|trigger|initiat|ignit|escalat|open(?:ed|ing)?\s+fire|shoot|execut"
    r"|massacr|torture|us(?:e|ing)\s+(?:of\s+)?(?:excessive|lethal|disproportionate|deadly|live"
    r"|indiscriminate)|excessive\s+force))"
    # "blamed X for the violence": this incident's, said definitely
    r"(?!(?:the|this|these|last\s+\w+['’]s)\s+(?:[\w-]+\s+)?(?:violence|clashes|hostilities"
    r"|shooting|bloodshed)\b)",
    re.IGNORECASE,
)
# Victims named before a passive participle ("the two Americans killed were a soldier and an
# airman") and a place's possessive naming a site in it ("Iraq's Camp Taji") are no agents.
_NOT_AGENT_AFTER = re.compile(
    r"^\s+(?:killed|wounded|injured)\s+(?:were|was|in|on|at(?!\s+least)|by|when|during|include[ds]?)\b"
    r"|^['’]s\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))*\s+(?:province|governorate"
    r"|district|camp|base|city|town|village|on|in|at|and|,|\.)",
    re.IGNORECASE,
)
_INVOLVED_AFTER = re.compile(
    r"^[”\"]?\s+(?:that|who)\s+(?:were|was|are|is)\s+(?:\w+ly\s+)?(?:involved in|responsible for"
    r"|behind)\b"
    r"|^\s+(?:[\w'’-]+\s+){0,2}?(?:that|who)\s+(?:had\s+|have\s+)?(?:\w+\s+and\s+)?"
    r"(?:carried out|launched|fired|conducted|attacked|planted)\b",
    re.IGNORECASE,
)
# A place named as where, not who: "a U.S. base in Jordan killed three", "the border with Iraq"
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|inside|near|outside|across|at|(?:border|frontier)s?\s+(?:with|of))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TARGET_BEFORE = quick(
    r"\b(?:targeted|targeting|positions of|hit|struck|bombed|shelled)\s+"
    r"(?:the\s+)?(?:\w+\s+){0,2}$"
    r"|\b(?:against|on|at)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


# A party describing its own strike without naming itself: "the Pentagon said the strikes
# targeted weapons depots of Kataib Hezbollah"; "the strike was a legitimate military action".
# A running total or a habit ("have killed 100 soldiers since the start of the year", "has
# carried out similar bombings in the past") alleges no one did this incident.
_RUNNING = quick(
    r"\bsince\s+the\s+(?:start|beginning|outbreak)\b|\b(?:war|conflict|fighting|insurgency)\s+between\b"
    r"|\bsuch\s+(?:\w+\s+)?(?:attacks|strikes|bombings|incidents)\s+(?:are|were|have\s+been)\b"
    r"|\b(?:which|that)\s+(?:broke\s+out|began|erupted|started)\s+in\b|\b(?<!denied\s)in\s+the\s+past\b|\bsimilar\s+(?:\w+\s+)?"
    r"(?:attacks|bombings|strikes|raids)\b|\bin\s+recent\s+(?:weeks|months|years)\b"
    r"|\b(?:over|during|in)\s+the\s+(?:past\s+|last\s+|previous\s+)?(?:weekend|week|month"
    r"|few\s+days|(?:\d+|two|three|four|five|seven|ten)\s+(?:days|hours|weeks))\b"
    r"|\b(?:more\s+than|over|at\s+least|nearly|some)\s+\d+\b[^.;]{0,60}?\b(?:this|so\s+far\s+this|last)"
    r"\s+year\b",
    re.IGNORECASE,
)
# ", which have repeatedly hit convoys in recent months": a habit told of the one named, in a
# clause of its own; the main clause may still say who did this incident.
# ", a faction that has acted on its own in the past": the same, in an apposition.
_ASIDE = re.compile(
    r",\s*(?:which|who|(?:an?|the)\s+[^,;]{0,60}?\s(?:that|which|who))\b[^,;]*", re.IGNORECASE
)


def _running(sentence: str) -> bool:
    """A running total or a habit in the sentence's main clause (not in an aside about the
    one it names)."""
    return bool(_RUNNING.search(_ASIDE.sub("", sentence)))

_NO_CLAIM = re.compile(
    r"\b(?:no|none|nobody|no one|not|yet to)\b[^.;]{0,30}\b(?:claimed|claim|taken|took) responsibility",
    re.IGNORECASE,
)
_OWN_STRIKE = re.compile(
    r"\b(?:said|says|stated|announced|added|confirmed|insisted|admitted|acknowledged|conceded)\b"
    r"[^.;]{0,80}?\b(?:that\s+)?"
    r"(?:the|its|these|those|this|an?)\s+(?:[\w-]+\s+)?(?:strikes?|raids?|air ?strikes?|operations?"
    r"|attacks?)(?:,[^,.;]{1,40},)?\s+(?:\w+ly\s+)?(?:were\s+|was\s+|had\s+|have\s+)?(?:been\s+)?"
    r"(?:an?\s+)?(?:(?:hit|struck|targeted)\s+)?[“\"]?(?:targeted|destroyed|response|in response|retaliation"
    r"|(?:mistakenly|accidentally|wrongly|inadvertently|erroneously)\s+(?:hit|struck|killed|targeted)"
    r"|legitimate|conducted|carried out|precise|precision|defensive|aimed)\b",
    re.IGNORECASE,
)
# A party telling what "an aircraft" or "a drone" of no named side struck, in its own words for
# the target ("had struck a terrorist cell", "hit militant hideouts"): the attacker speaks.
_OWN_AIRCRAFT = re.compile(
    r"\b(?:said|says|stated|announced|confirmed)\b[^.;]{0,30}?\b(?:that\s+)?(?:an?|its|one\s+of"
    r"\s+its)\s+(?:aircraft|drones?|jets?|warplanes?|helicopters?|fighter\s+jets?)\s+(?:had\s+"
    r"|has\s+)?(?:struck|hit|targeted|attacked|bombed|fired\s+(?:at|on))\s+(?:an?\s+|the\s+)?[“\"]?(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:terrorists?|militants?|operatives?|cells?|hideouts?|infrastructure"
    r"|launchers?|launch\s+sites?|targets?|gunmen)\b",
    re.IGNORECASE,
)


# "Security forces launched a search operation": an operation that is not the attack.
_NOT_ATTACK_OBJECT = re.compile(
    r"\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:search|sweep|combing|security"
    r"|arrest|rescue|evacuation|investigation|inquiry|probe|manhunt|clearance|demining|inspection"
    r"|relief|aid|humanitarian)\b",
    re.IGNORECASE,
)
# After a denial, a party's own counter-accusation concerns this incident only when it names
# it ("and blamed the rebels for the attack"); "and said Turkish forces had shelled villages"
# accuses the other side of another act.
_THIS_INCIDENT = quick(
    r"\b(?:the|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)"
    r"\s+(?:\w+\s+)?(?:attack|strike|air\s?strike|blast|bombing|explosion|incident|shelling|raid"
    r"|massacre|killing|ambush)\b|\bfor\s+it\b",
    re.IGNORECASE,
)
_BLAME = re.compile(r"\b(?:blam\w*|accus\w*|responsib\w*|behind)\b", re.IGNORECASE)
# A party that says "an air strike had killed" one of its enemies names its own strike
# ("The Israeli military said an air strike ... had killed a senior Hamas commander").
_STRIKE_KILLED = re.compile(
    r"\b(?:said|says|announced|confirmed|stated)\b[^.;]{0,20}?\b(?:that\s+)?(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:air ?strikes?|strikes?|raids?|drone strikes?|operations?)\b"
    r"[^.;]{0,60}?\b(?:had\s+|has\s+)?[“\"]?(?:killed|eliminated|neutrali[sz]ed|put out of action)\b",
    re.IGNORECASE,
)


# An attack recalled for context ("the US strikes last month", "a day after US strikes on ..."):
# its agent is no agent of the incident at hand.
_RECALLED_AFTER = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,2}?(?:air\s?strikes?|strikes?|attacks?|raids?|bombings?|shelling)\s+"
    r"(?:(?:on|against|in)\s+[^.;,]{1,60}?\s+)?(?:last\s+(?:week|month|year)|earlier\s+this\s+"
    r"(?:week|month|year)|the\s+previous\s+(?:week|month|day))\b",
    re.IGNORECASE,
)
_HABITUAL_ACCUSER = re.compile(
    r"\b(?:often|regularly|routinely|frequently|repeatedly|habitually|long|has\s+long)\s+"
    r"(?:accus|blam)\w*\s+(?:[\w'’-]+\s+){0,5}$",
    re.IGNORECASE,
)
_RECALLED_BEFORE = re.compile(
    r"\b(?:days?|weeks?|months?|hours?)\s+(?:after|before)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$"
    r"|\b(?:recent|previous|earlier|past|repeated|frequent)\s+$",
    re.IGNORECASE,
)
# "Kataib Hezbollah, which it blames for a rocket attack": the antecedent is the accused.
_RELATIVE_BLAME = re.compile(
    r"^,?\s+(?:which|whom|who)\s+(?:[\w'’-]+\s+){1,4}?(?:blames?|blamed|accuses|accused"
    r"|holds?|held)(?:\s+(?:directly\s+)?responsible)?(?=\s+(?:for|of)\b)",
    re.IGNORECASE,
)


def is_denial(sentence: str) -> bool:
    """Whether the sentence denies involvement in an incident."""
    return bool(_DENIAL.search(sentence))


# Who did it, said without a word of blame: "the massacre was the work of", "the drone had been
# sent by", "launched from an area controlled by", "said it was behind", "they suspected".
_NAMES_AGENT = quick(
    r"\b(?:carried\s+out|committed|perpetrated|launched|sent|fired|flown|conducted|planted)\s+by\b"
    r"|\bthe\s+(?:work|handiwork|doing)\s+of\b|\b(?:controlled|held)\s+by\b"
    r"|\b(?:said|says|announced|confirmed|acknowledged|admitted)\s+(?:that\s+)?(?:it|they|the\s+group)"
    r"\s+(?:was|were|had\s+been)\s+behind\b"
    r"|\b(?:they|officials?|it)\s+suspect(?:ed|s)?\s+(?!that\b)"
    r"|\b(?:had|have|has)\s+(?:\w+ly\s+)?(?:pounded|shelled|bombed|stormed|raided|broken\s+into|committed"
    r"|perpetrated)\b"
    r"|\b(?:admitted|admits|acknowledged|acknowledges|conceded|concedes)\b[^.;]{0,80}?\bthat\s+"
    r"(?:an?|the|its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:drones?|aircraft|jets?|warplanes?|helicopters?"
    r"|strikes?|air\s?strikes?|raids?|units?|troops|soldiers|forces)\b"
    r"|\b(?:drones?|aircraft|jets?|warplanes?|helicopters?)\s+(?:of|belonged\s+to|belonging\s+to)"
    r"\s+(?:the\s+)?(?-i:[A-Z])"
    r"|\bh(?:eld|olds?|olding)\b[^.;]{1,60}?\b(?:responsible|accountable)\b"
    r"|\b(?:believed|believe|believes|thought|suspected|suspect|said)\s+(?:that\s+)?(?:the\s+)?"
    r"(?:attackers|assailants|gunmen|perpetrators|killers|bombers?)\s+(?:were|was)\b"
    r"|\b(?:believed|thought|suspected|said|appeared|reported)\s+to\s+(?:belong|be\s+(?:linked"
    r"|affiliated|tied))\s+to\b"
    r"|\b(?:attackers|assailants|gunmen|perpetrators|killers|bombers?|raiders)\s+(?:were|was)\s+"
    r"(?:(?:believed|thought|suspected|said)\s+to\s+be\s+)?(?:suspected\s+|alleged\s+)?"
    r"(?:members|fighters|militants|elements|part)\s+of\b"
    r"|\bidentified\s+(?:the\s+|their\s+)?(?:attackers|assailants|gunmen|perpetrators|killers"
    r"|raiders|kidnappers|abductors|them)\s+as\b"
    # a witness knows them: "several of them recognised X fighters from nearby hills"
    r"|\b(?:recogni[sz]ed|identified)\s+(?:some\s+of\s+(?:the\s+|them\s+)?)?(?:them\s+as\s+)?"
    r"(?:the\s+)?(?-i:[A-Z])[\w-]*\s+(?:fighters|members|militants|rebels|militiamen|guerrill?as)\b"
    # the attackers' own word: "the gunmen had shouted that they were \"the X\""
    r"|\b(?:attackers|assailants|gunmen|killers|raiders)\b[^.;]{0,80}\b(?:said|shouted|claimed"
    r"|announced|declared|boasted|cried)\s+(?:that\s+)?they\s+were\s+[“\"]?(?:the\s+)?(?-i:[A-Z])"
    r"|\bclaimed\s+(?:the|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's"
    r"|Sunday's)\s+(?:\w+\s+)?(?:attack|bombing|strike|operation|ambush|assault|blast|explosion"
    r"|raid|massacre|killings|hijacking)\b"
    r"|" + _AIRCRAFT_ACTS,
    re.IGNORECASE,
)


# Who did it, told in a sentence with no trigger of its own: a passive agent that names a party
# ("murdered by criminals of the Comando Vermelho", "fired on by members of the X gang"), an
# identification ("identify members of the guard as the main perpetrators"), who started the
# firing, or a side's forces as the subject of an attack ("the army fired rockets into",
# "police had executed some of the men", "returned fire and neutralised the aggressors").
_TELLS_AGENT = re.compile(
    r"\b(?:killed|murdered|shot|executed|massacred|slaughtered|beheaded|abducted|kidnapped"
    r"|ambushed|attacked|fired\s+(?:on|upon|at)|perpetrated|targeted|hacked\s+to\s+death)\s+by\s+"
    r"(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:members|fighters|militants|gunmen|criminals|elements"
    r"|soldiers|troops|police(?:men)?|officers|forces|militiamen|militias?|mercenaries|hunters|rebels"
    r"|insurgents|guerrill?as|paramilitaries|gangs?|group|army|(?-i:[A-Z][\w'’-]+))\b"
    r"|\b(?:attackers|assailants|gunmen|perpetrators|killers|bombers?|raiders)\s+(?:\w+ly\s+)?"
    r"(?:belonged|belong|belongs)\s+to\b"
    # "the shell was fired from Serb positions", "committed another monstrous crime"
    r"|\b(?:fired|launched)\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:positions|territory|side|lines"
    r"|areas?)\b"
    r"|\bcommitted\s+(?:an?\s+|another\s+|the\s+|this\s+)?(?:[\w-]+\s+){0,2}(?:crimes?|massacres?"
    r"|atrocit(?:y|ies)|attacks?|killings?)\b"
    r"|\bidentif(?:y|ies|ied)\b[^.;]{1,140}?\bas\s+(?:the\s+)?(?:main\s+|principal\s+|chief\s+)?"
    r"(?:perpetrators|attackers|culprits|killers|assailants|those\s+responsible)\b"
    r"|\b(?:started|provoked|began|opened|initiated|triggered)\s+(?:the\s+)?(?:firing|shooting"
    r"|fighting|clashes|hostilities|exchange\s+of\s+fire)\b"
    # "said Serbian police were responsible" (not "responsible for security in the area")
    r"|\b(?:were|was)\s+(?:\w+ly\s+)?(?:responsible|to\s+blame)\b(?!\s+for\s+(?:the\s+)?(?:security"
    r"|safety|protect\w*|maintain\w*|coordinat\w*|investigat\w*|overs\w+|running|managing|guarding))"
    r"|\b(?:army|troops|soldiers|police(?:men)?|officers|forces|military|gunmen|militants|rebels"
    r"|teams|units)\s+(?:then\s+|had\s+|have\s+|has\s+){0,2}(?:\w+ly\s+)?[“\"]?(?:fired\s+(?:on|at"
    r"|into|[\w-]+\s+(?:rockets|shells|missiles|mortars|rounds))|opened\s+fire|returned\s+fire|shelled"
    r"|killed|executed|massacred|stormed|raided)\b",
    re.IGNORECASE,
)


_OWN_WORD = re.compile(r"said|claim|confirm|admit|acknowledg|announc|stated|responsib", re.IGNORECASE)


def tells_agent(sentence: str) -> bool:
    """Whether a sentence with no trigger tells who acted (:data:`_TELLS_AGENT`) or a party owns
    the act (:data:`_CONFIRM`, "said their fighters had captured the town"): it joins the
    incident told before it, as a denial or an accusation does (a closed sentence only)."""
    if not _CLOSED.search(sentence):
        return False
    if _TELLS_AGENT.search(sentence):
        return True
    if not _OWN_WORD.search(sentence):
        return False
    m = _CONFIRM.search(sentence)
    return m is not None and not _NOT_ATTACK_OBJECT.match(sentence, m.end())


def names_agent(sentence: str) -> bool:
    """Whether the sentence says who carried out an incident (or denies it), though it names
    no event: such a sentence belongs to the incident told before it. A headline (no closing
    stop: "Tehran rejects US accusations over deaths of troops") repeats what the body tells."""
    if not _CLOSED.search(sentence):
        return False
    return bool(
        _DENIAL.search(sentence)
        or _NAMES_AGENT.search(sentence)
        or _COUNTER_DENIAL.search(sentence)
    )


_CLOSED = re.compile(r"[.!?…][\s”\"’')\]]*$")


# "rejected Iraqi accusations that its forces had killed nine tourists": the toll is the
# accuser's, quoted in the denial; it is no figure the denier gives.
_ACCUSATION_THAT = re.compile(
    r"(?:\b(?:accusations?|claims?|allegations?|charges?|reports?)\s+(?:\w+\s+){0,2}?|\bnot\s+true\s+)"
    r"that\b[^.;]*$",
    re.IGNORECASE,
)


def in_denied_accusation(sentence: str, before: str) -> bool:
    """Whether a figure preceded by ``before`` (the sentence up to it) sits in the accusation a
    denial sentence rejects."""
    return is_denial(sentence) and bool(_ACCUSATION_THAT.search(before))


# Who made the accusation a denial rejects: "rejected Iraqi accusations that", "the Israeli
# enemy's claims that", "Washington's accusations that".
_ACCUSER = re.compile(
    r"(?:^|[\s,])(?P<who>(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w.-]*(?:\s+[a-z]+)??)"
    r"(?:['’]s)?\s+(?:accusations?|claims?|allegations?|charges?)\s+(?:\w+\s+){0,2}?that\b"
    r"[^.;]*$"
)


def denied_accuser(sentence: str, before: str) -> str | None:
    """The accuser named in the accusation a denial sentence rejects, when a figure preceded by
    ``before`` sits in it ("Turkey rejected Iraqi accusations that its forces had killed nine
    tourists": "Iraqi"). By the gold convention the toll is then the accuser's claim."""
    if not in_denied_accusation(sentence, before):
        return None
    m = _ACCUSER.search(before)
    return m.group("who").strip() if m else None


def is_hedged(sentence: str) -> bool:
    return bool(_HEDGE.search(sentence))


def find_stances(
    text: str, span: Span, actors: Sequence[ActorHitLike], claimant_actor: str | None
) -> list[Stance]:
    """Stances of the sentence at ``span``; ``actors`` are the actor hits inside it. The
    rules read first; the learned reader adds a kind they did not find (:func:`_learned`)."""
    found = _rule_stances(text, span, actors, claimant_actor)
    actors = [a for a in actors if not is_weak(a)]  # a common noun alone names no party to ask about
    if not actors and claimant_actor is None:
        return found  # no party to name: the model is not asked
    from contested.extract.stance_model import sentence_stance

    reader = sentence_stance()
    if reader is None:
        return found
    kinds = reader.kinds(text[span.start : span.end].strip())
    return found + _learned(text, span, actors, claimant_actor, kinds, found, reader.component)


# A denial says no: a negation or a word of rejection, whatever the wording around it.
_NEGATIVE = re.compile(
    r"\b(?:no|not|nothing|never|none|neither|nor|den(?:y|ies|ied|ying|ial)|reject\w*|dismiss\w*"
    r"|refut\w*|lies?|false|falsely|baseless|fabricat\w*|untrue|unfounded|groundless|absurd"
    r"|slander\w*|disown\w*|\w+n['’]t)\b",
    re.IGNORECASE,
)


# "a charge Islah has denied in the past", "has repeatedly denied": a habit, not this denial.
_HABITUAL = re.compile(
    r"\b(?:in\s+the\s+past|previously|repeatedly|routinely|consistently|always|has\s+long)\b",
    re.IGNORECASE,
)


# "There was no immediate claim of responsibility": nobody spoke for the attack.
_NO_CLAIM_OF = re.compile(
    r"\bno\s+(?:immediate\s+|official\s+)?claims?\s+of\s+responsibility\b", re.IGNORECASE
)
# A refusal to inform is no denial: "did not say whether anyone was killed", "did not comment
# on reported casualties", "gave no casualty figures", "found no evidence of a military target".
_NO_WORD = quick(
    r"\b(?:did|does|do|would|could|has|have|had)\s+not\s+(?:immediately\s+)?(?:say|said|comment"
    r"|respond|confirm|specify|disclose|give|provide|elaborate|reveal|identify|name)\b"
    r"|\b(?:declined|refused)\s+to\s+(?:comment|say|confirm)\b"
    r"|\b(?:gave|give|gives|provided|offered|had|has|found|find|saw|see)\s+no\s+(?:\w+\s+)?"
    r"(?:figures?|details?|information|comment|evidence|toll|numbers?|indication)\b"
    r"|\bno\s+(?:immediate\s+)?comment\b",
    re.IGNORECASE,
)


def _learned(
    text: str,
    span: Span,
    actors: Sequence[ActorHitLike],
    claimant_actor: str | None,
    kinds: frozenset[str],
    found: Sequence[Stance],
    component: str,
) -> list[Stance]:
    """Stances the model reads that the rules did not: a denial (a sentence that says no) by
    the claimant's side, else by the party it names first; an attribution to the first party
    named that is neither the claimant's side nor a target, in a sentence the rules read no
    denial in (whose blame they read themselves). Confirmations stay the rules'
    (measured: the model's added false ones on the demo and seeds and found none the rules
    missed). Running totals and habits ("since the start of the year") stay out."""
    sentence = text[span.start : span.end]
    if _running(sentence) or _NO_CLAIM.search(sentence) or _NO_CLAIM_OF.search(sentence):
        return []
    have = {s.kind for s in found}
    hedged = is_hedged(sentence)
    out: list[Stance] = []
    denied: str | None = None
    if (
        "denial" in kinds
        and "denial" not in have
        and _NEGATIVE.search(sentence)
        and not _HABITUAL.search(sentence)
        and not _NO_WORD.search(sentence)
    ):
        denied = claimant_actor or (actors[0].root if actors else None)
        if denied is not None:
            out.append(Stance("denial", denied, hedged, component))
    blamed = [
        a.root
        for a in actors
        if is_named(a)
        and a.root not in (claimant_actor, denied)
        and _blamable(text, span, a)
    ]
    if "attribution" in kinds and not have & {"attribution", "confirmation", "denial"} and blamed:
        out.append(Stance("attribution", blamed[0], hedged, component))
    return out


_SPEAKS_AFTER = re.compile(
    r"^['’]?s?\s+(?:\w+ly\s+|also\s+|on\s+\w+day\s+)?(?:said|says|accused|accuses|blamed|blames"
    r"|denied|denies|condemned|condemns|told|announced|stated|claimed|added|insisted|rejected"
    r"|warned|vowed|held)\b",
    re.IGNORECASE,
)


_VICTIM_BEFORE = quick(
    r"\b(?:members?|fighters?|soldiers?|officers?|commanders?|personnel|positions?|bases?|troops"
    r"|elements?|ranks|units?|convoys?|vehicles?|headquarters|sites?|depots?|leaders?|officials?)"
    r"\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SIGHTED_AFTER = re.compile(
    r"^['’]?s?\s+(?:[\w'’-]+\s+){0,2}?(?:were|was|had\s+been|have\s+been|are|is)\s+(?:\w+ly\s+)?"
    r"(?:seen|spotted|heard|sighted|observed|flying|circling|hovering)\b",
    re.IGNORECASE,
)
_VICTIM_AFTER = re.compile(
    r"^['’]?s?\s+(?:[\w'’-]+\s+){0,3}?(?:was|were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:killed|wounded|injured|hit|targeted|struck|attacked|shelled|bombed)\b",
    re.IGNORECASE,
)


def _blamable(text: str, span: Span, hit: ActorHitLike) -> bool:
    """Whether the model's attribution may name ``hit``: not the one who speaks ("Syria
    accused ..."), not a target ("targeted Syrian army positions"), not accused of other acts
    ("accused X of supporting terrorist factions"), not an attack recalled for context."""
    before = text[max(span.start, hit.span.start - 60) : hit.span.start]
    after = text[hit.span.end : min(span.end, hit.span.end + 100)]
    if _SPEAKS_AFTER.match(after) or _NOT_AGENT_AFTER.match(after):
        return False
    if _SIGHTED_AFTER.match(after):
        return False  # "Russian drones were seen over the town": a sighting, no attack
    if _VICTIM_BEFORE.search(before) or _VICTIM_AFTER.match(after):
        return False  # "a member of the SDF", "two members of the regime's ... were killed"
    if _TARGET_BEFORE.search(before) and not _AGENT_BEFORE.search(before):
        return False
    if _ACCUSED_OF_OTHER.match(after) or _ACCUSED_OF_OTHER.match(after[_blame_end(after) :]):
        return False
    return not (_RECALLED_AFTER.match(after) or _RECALLED_BEFORE.search(before))


def _blame_end(after: str) -> int:
    """Where "of"/"for" opens the charge after an accused name ("the Houthis of a wave of")."""
    m = re.match(r"^(?:\s+[\w'’-]+){0,4}?(?=\s+(?:of|for)\b)", after)
    return m.end() if m else 0


_PRESENT_DENIAL = re.compile(r"(?:does|do)(?:\s+not|n['’]t)\b", re.IGNORECASE)


def _rule_stances(
    text: str, span: Span, actors: Sequence[ActorHitLike], claimant_actor: str | None
) -> list[Stance]:
    sentence = text[span.start : span.end]
    hedged = is_hedged(sentence)
    if _running(sentence):
        return []
    agents = _agents(text, span, actors)
    counter = _counter_denial(text, span, actors, agents)
    if counter:
        return counter
    denial = _DENIAL.search(sentence)
    if denial and _HABITUAL.search(sentence) and _PRESENT_DENIAL.match(denial.group()):
        denial = None  # "It has previously said it does not target civilians": a stance held
    if denial:
        at = Span(span.start + denial.start(), span.start + denial.end())
        denied = claimant_actor or _denier(text, at.start, actors)
        tail_names_it = bool(
            _THIS_INCIDENT.search(text, at.end, span.end) or _BLAME.search(text, at.end, span.end)
        )
        outside = [
            a
            for a in actors
            if not at.overlaps(a.span) and (a.span.start < at.start or tail_names_it)
        ]
        # "caused by a rocket misfired by X, and denied ...": the blame lies outside the denial
        blamed = [a for a in _agents(text, span, outside) if a != denied]
        opener = None if claimant_actor else _opening_subject(text, span, at.start, actors)
        return [Stance("denial", denied, hedged, subject=opener)] + [
            Stance("attribution", a, hedged) for a in blamed
        ]
    if _NO_CLAIM.search(sentence):
        return [Stance("attribution", agent, hedged) for agent in agents]
    confirm = _CONFIRM.search(sentence)
    if confirm is not None and _NOT_ATTACK_OBJECT.match(sentence, confirm.end()):
        confirm = None  # "said it had launched a search for the attackers": no attack owned
    if confirm is not None and _BELIEF.search(confirm.group()):
        confirm = None  # "said they had no doubt the group was behind it": a belief, not its word
    if confirm is not None and _RELATIVE_SAYS.search(sentence, 0, confirm.start()):
        return _relative_confirmation(span, confirm.start(), actors, agents, hedged)
    if confirm is not None and _THEY.search(confirm.group()) and set(agents) - {claimant_actor}:
        confirm = None  # "condemned the Iranian strikes and said they had killed civilians"
    if claimant_actor and (
        confirm is not None
        or _WE_DID.match(sentence)
        or _own_strike(text, span, actors, claimant_actor)
        or _killed_its_enemy(text, span, actors, claimant_actor)
    ):
        return [Stance("confirmation", claimant_actor, hedged)]
    if _WE_DID.match(sentence):
        return [Stance("confirmation", None, hedged)]  # "“Our forces carried out ...,” he said"
    subject = _confirming_subject(text, span, actors)
    if subject is not None:
        return [Stance("confirmation", subject.canonical, hedged, subject=subject.span)]
    if confirm is not None and agents:
        return [Stance("confirmation", agents[0], hedged)]
    if confirm is not None and claimant_actor is None:
        own = _own_voice(text, span, confirm, actors, hedged)
        if own is not None:
            return [own]
    arm = own_arm(text, span, actors, claimant_actor)
    if arm is not None:  # a confirmation when the speaker is of that side (the extractor's)
        return [Stance("attribution", arm, hedged, common_noun=True)]
    admitted = admits(sentence)
    found = [
        Stance(
            "attribution",
            agent,
            hedged,
            subject=clause_speaker(text, span, actors, agent),
            common_noun=admitted and is_state_agent(actors, agent),
            force=_force_noun(text, actors, agent),
            narrated=_narrated(text, span, actors, agent),
        )
        for agent in agents
    ]
    partner = joint_partner(text, actors, agents[0]) if agents else None
    if partner is not None:
        found = [s for s in found if s.actor != partner]
        found.append(Stance("attribution", partner, hedged, joint=True))
    return found


def _narrated(text: str, span: Span, actors: Sequence[ActorHitLike], agent: str) -> bool:
    """Whether ``agent`` is read only as forces narrated (:func:`narrated_forces`)."""
    hit = next((a for a in actors if a.canonical == agent), None)
    if hit is None:
        return False
    before = text[max(span.start, hit.span.start - 60) : hit.span.start]
    after = text[hit.span.end : min(span.end, hit.span.end + 100)]
    sentence = text[span.start : span.end]
    return narrated_forces(hit, before, after) and not reported_forces(hit, before, after, sentence)


def _force_noun(text: str, actors: Sequence[ActorHitLike], agent: str) -> str:
    """The common noun that names ``agent`` when it is a state's forces named so."""
    hit = next((a for a in actors if a.canonical == agent), None)
    if hit is None or not (is_weak(hit) and is_state(hit)):
        return ""
    return hit.span.of(text)


# a party's own voice: "claimed responsibility", "its members had planted", "we carried out"
_GROUP_SELF = re.compile(
    r"\b(?:claimed|took)\s+responsibility|\bits\s+(?:[\w-]+\s+)?(?:members|fighters|men|militants"
    r"|cadres|units|commandos|forces|troops|soldiers|officers|aircraft|jets|warplanes|drones"
    r"|helicopters|artillery)\b|\b(?:we|our\s+(?:fighters|forces|men))\b"
    r"|\b(?:their|the\s+group['’]s)\s+(?:[\w-]+\s+)?(?:fighters|forces|men|militants|members|cadres"
    r"|units|commandos)\b|\bthe\s+(?:group|movement"
    r"|organi[sz]ation)\b",
    re.IGNORECASE,
)


def _own_voice(
    text: str, span: Span, confirm: re.Match[str], actors: Sequence[ActorHitLike], hedged: bool
) -> Stance | None:
    """"The Real IRA ... admitted that its members had planted the bomb", "X released a video
    in which its fighters claim the attack": a party owns the act in its own words (the group
    named before, when there is one; else a party the lexicon does not know)."""
    start = max(0, confirm.start() - 40)
    if _GROUP_SELF.search(span.of(text)[start : confirm.end()]) is None:
        return None
    at = span.start + confirm.start()
    groups = [a for a in actors if a.span.end <= at and not is_weak(a) and not is_state(a)]
    if groups:
        return Stance("confirmation", groups[-1].canonical, hedged, subject=groups[-1].span)
    return Stance("confirmation", None, hedged)


# "blamed the attack on the Houthis, who said they fired missiles": the antecedent confirms
_RELATIVE_SAYS = re.compile(r",\s*(?:who|which)\s+(?:\w+ly\s+|also\s+|later\s+)?$", re.IGNORECASE)
_THEY = re.compile(r"\bthey\s", re.IGNORECASE)
# Someone else's belief about the group, not the group's own word
_BELIEF = re.compile(
    r"\b(?:no\s+doubt|doubt\w*|believ\w*|suspect\w*|convinced|certain|sure|thinks?|thought)\b",
    re.IGNORECASE,
)
# A quote that opens in the first person with the act: "“We carried out the attack ...,” X said"
_WE_DID = re.compile(
    r"^\W*[“\"‘']\s*(?:we|our\s+(?:fighters|forces|men|units))\s+(?:have\s+|had\s+)?"
    r"(?:carried\s+out|conducted|launched|attacked|killed|ambushed|struck|bombed|shot|executed)\b",
    re.IGNORECASE,
)


def _relative_confirmation(
    span: Span, at: int, actors: Sequence[ActorHitLike], agents: Sequence[str], hedged: bool
) -> list[Stance]:
    """The sentence's claimant blames the ones the relative clause lets confirm it: an
    attribution by the claimant, a confirmation by the antecedent (the party named last before
    "who said")."""
    blamed = [Stance("attribution", agent, hedged) for agent in agents]
    before = [a for a in actors if a.span.end <= span.start + at]
    if not before:
        return blamed
    antecedent = before[-1]
    return [*blamed, Stance("confirmation", antecedent.canonical, hedged, subject=antecedent.span)]


# "..., a claim the movement called a blatant lie": the accused answers the claimant's charge
_COUNTER_DENIAL = quick(
    r"\b(?:a|an|the)\s+(?:claim|accusation|allegation|charge|version|account)s?\s+(?:that\s+)?"
    r"(?:[\w'’-]+\s+){1,4}?(?:(?:called|described\s+as|branded|termed|dismissed\s+as)\b[^.;]{0,25}?"
    r"\b(?:lies?|false|baseless|fabricat\w*|untrue|groundless|unfounded|absurd|nonsense|ridiculous"
    r"|propaganda)|(?:has\s+|had\s+)?(?:denied|rejected|denies|rejects|dismissed|dismisses))\b",
    re.IGNORECASE,
)


def _counter_denial(
    text: str, span: Span, actors: Sequence[ActorHitLike], agents: Sequence[str]
) -> list[Stance]:
    """The claimant blames a party and the sentence adds that party's denial ("..., fired by
    Islamic Jihad, a claim the movement called a lie"): an attribution by the claimant and a
    denial by the accused (its own subject)."""
    sentence = text[span.start : span.end]
    m = _COUNTER_DENIAL.search(sentence)
    if m is None or not agents or _HABITUAL.search(sentence):
        return []
    accused = next(
        (a for a in actors if a.canonical == agents[0] and a.span.end <= span.start + m.start()),
        None,
    )
    if accused is None:
        return []
    hedged = is_hedged(sentence)
    return [
        Stance("attribution", agents[0], hedged),
        Stance("denial", agents[0], hedged, subject=accused.span),
    ]


# Between a party's name and its confirming verb: "Al Shabaab said it", "the IDF, in a
# statement, said", "Hezbollah on Sunday said"
_SUBJECT_GAP = re.compile(
    r"^\s*(?:,[^,.;]{1,60},\s*)?(?:(?:also|later|then|\w+ly)\s+|on\s+\w+\s+){0,2}$", re.IGNORECASE
)


def _confirming_subject(
    text: str, span: Span, actors: Sequence[ActorHitLike]
) -> ActorHitLike | None:
    """The party named as the subject of a confirmation in a sentence someone else tells:
    "Al Shabaab said it was behind the bombing ..., according to police" (police give the
    toll; the group confirms the attack)."""
    m = _CONFIRM.search(text, span.start, span.end)
    if m is None:
        return None
    before = [a for a in actors if a.span.end <= m.start() and not is_weak(a)]
    if before and _SUBJECT_GAP.match(text[before[-1].span.end : m.start()]):
        return before[-1]
    return None


def _own_strike(
    text: str, span: Span, actors: Sequence[ActorHitLike], claimant_actor: str
) -> bool:
    """The claimant describes the strike as its own: no actor of its side is the target."""
    m = _OWN_STRIKE.search(text, span.start, span.end) or _OWN_AIRCRAFT.search(
        text, span.start, span.end
    )
    if m is None:
        return False
    # "said the American raids had targeted": another party's strike, no confirmation
    return not any(
        m.start() <= a.span.start <= m.end() + 40
        and (a.root == claimant_actor or _names_the_strike(text, a, m.end()))
        for a in actors
    )


def _names_the_strike(text: str, hit: ActorHitLike, end: int) -> bool:
    """The actor is the one the strike noun belongs to ("the American raids")."""
    return hit.span.end < end and _AGENT_NOUN_AFTER.match(text, hit.span.end, end) is not None


def _killed_its_enemy(
    text: str, span: Span, actors: Sequence[ActorHitLike], claimant_actor: str
) -> bool:
    """The claimant says a strike killed someone of another side, and names no other agent."""
    m = _STRIKE_KILLED.search(text, span.start, span.end)
    if m is None:
        return False
    named_before = [a for a in actors if m.start() <= a.span.start < m.end()]
    victims = [a for a in actors if m.end() <= a.span.start]
    return all(a.root == claimant_actor for a in named_before) and any(
        a.root != claimant_actor for a in victims
    )


# after a dateline in capitals ("NEW DELHI: India on Friday rejected ...")
_OPENING = re.compile(r"^\W*(?:(?-i:[A-Z][A-Z .'’-]+)\s*[:–—-]\s*)?(?:the\s+)?$", re.IGNORECASE)
_SAYS = re.compile(r"\b(?:said|says|told|according|reported|quoted|cited)\b|[,;:]", re.IGNORECASE)


def _opening_subject(
    text: str, span: Span, at: int, actors: Sequence[ActorHitLike]
) -> Span | None:
    """The party that opens the sentence and denies in its own clause ("The Zamora Cartel issued
    a statement denying any role"): it speaks, not the claimant of the sentence before."""
    first = next((a for a in actors if a.span.end <= at), None)
    if first is None or not _OPENING.match(text[span.start : first.span.start]):
        return None
    between = text[first.span.end : at]
    return first.span if len(between) <= 60 and not _SAYS.search(between) else None


def _denier(text: str, at: int, actors: Sequence[ActorHitLike]) -> str | None:
    """Who denies: the actor named just before the denial ("after the United States denied"),
    else the first one the sentence names."""
    before = [a for a in actors if a.span.end <= at and at - a.span.end <= 40]
    if before:
        return before[-1].canonical
    return actors[0].canonical if actors else None


# Blame said in so many words: "blamed the rebels", "carried out by members of", "the work of",
# "held ... responsible", "suspected". A common noun for a side ("soldiers", "militants") is a
# party blamed only so; as the plain subject of an attack ("militants stormed the post") it
# tells what happened, not whom someone blames.
_EXPLICIT_BLAME = quick(
    r"(?:\b(?:carried\s+out|committed|perpetrated|conducted)\s+by(?:\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+)?(?:members?|cells?|units?|elements|factions?|wing)\s+of)?"
    r"|\b(?:the\s+)?(?:work|handiwork|doing)\s+of|\battributed\s+(?:\w+\s+){0,2}to|\bblamed\s+"
    r"(?:\w+\s+){0,3}on|\bsuspicion\s+(?:fell|falls)\s+on|\bbelieved\s+(?:that\s+)?(?:the\s+)?"
    r"(?:attackers|assailants|gunmen|perpetrators|killers)\s+(?:were|was)"
    r"|\b(?:accus|blam)\w*\s+[“\"]?(?:the\s+)?(?:(?!of\s)[\w'’-]+\s+){0,4}"
    r"|\b(?:attackers|assailants|gunmen|perpetrators|killers|raiders)\s+(?:(?:who\s+)?(?:were|was)\s+)?"
    r"(?:believed|thought|suspected|said)\s+to\s+(?:be|have\s+been)\s+(?:members\s+of\s+)?"
    r"|\b(?:believed|thought|suspected|said|appeared|reported)\s+to\s+(?:belong|be\s+(?:linked"
    r"|affiliated|tied))\s+to)"
    r"\s*[“\"]?(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


# "were executed by the Serb police", "Serbian police were responsible": a common noun blamed
_PASSIVE_BY = re.compile(
    r"\b(?:killed|murdered|shot|executed|massacred|slaughtered|beaten|tortured|abducted|kidnapped"
    r"|attacked|ambushed|fired\s+(?:on|upon|at)|targeted)\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_WERE_RESPONSIBLE = re.compile(
    r"^\s+(?:(?:who|that)\s+)?(?:were|was|are|is)\s+(?:\w+ly\s+)?(?:responsible|behind|to\s+blame)\b",
    re.IGNORECASE,
)


def _blamed_in_words(before: str, after: str, state: bool = False) -> bool:
    """Blame in words; a state's forces named by a common noun are blamed as a passive agent or
    as the ones responsible too ("executed by the police"; "the terrorists" names no party)."""
    return (
        bool(_EXPLICIT_BLAME.search(before))
        or bool(_HELD_BEFORE.search(before) and _RESPONSIBLE_AFTER.match(after))
        or (state and bool(_PASSIVE_BY.search(before) or _WERE_RESPONSIBLE.match(after)))
    )


# Who the attackers were, or whose men are blamed: "the attackers were fighters of the group
# known locally as al-Shabaab", "the gunmen were believed to be members of the BRN", "blamed
# gunmen of the Sinaloa Cartel", "the massacre was started by members of Los Lobos".
_MEMBERS_OF = quick(
    r"(?:\b(?:attackers|assailants|gunmen|perpetrators|killers|bombers?|raiders|insurgents|militants"
    r"|fighters|suspects|hitmen)\s+(?:were|was|are|is)\s+(?:\w+ly\s+)?(?:(?:believed|thought"
    r"|suspected|said|reported|known)\s+to\s+(?:be|have\s+been)\s+)?(?:suspected\s+|alleged\s+)?"
    r"|\bidentified\s+(?:the\s+|their\s+)?(?:attackers|assailants|gunmen|perpetrators|killers"
    r"|raiders|kidnappers|abductors|them|him)\s+as\s+(?:being\s+)?"
    r"|\b(?:attackers|assailants|gunmen|perpetrators|killers|bombers?|raiders)\s+(?:\w+ly\s+)?"
    r"(?:belonged|belong|belongs)\s+to\s+"
    r"|\b(?:blam|accus)\w*\s+(?:the\s+)?(?:[\w-]+\s+)?(?=(?:gunmen|fighters|members|militants"
    r"|elements|cells?|hitmen|forces|loyalists|operatives)\s)"
    r"|\b(?:started|begun|began|sparked|triggered|provoked|instigated|ordered|orchestrated"
    r"|masterminded|organi[sz]ed|perpetrated|committed|taken|reaction|response|retaliation"
    r"|reprisal)\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?)"
    r"(?:(?:members?|fighters|militants|elements|part|loyalists|operatives|gunmen|hitmen|cells?"
    r"|forces)\s+(?:of|from|loyal\s+to|linked\s+to)\s+)?(?:the\s+|an?\s+)?(?:[\w-]+\s+)?"
    r"(?:(?:group|faction|movement|militia|gang|cartel)\s+(?:known\s+(?:locally\s+)?as|called)\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]*\s+){0,4}\(?$",
    re.IGNORECASE,
)


def _agents(text: str, span: Span, actors: Sequence[ActorHitLike]) -> list[str]:
    found: list[str] = []
    for hit in actors:
        before = text[max(span.start, hit.span.start - 60) : hit.span.start]
        after = text[hit.span.end : min(span.end, hit.span.end + 100)]
        if _NOT_AGENT_AFTER.match(after):
            continue  # "the two Americans killed were ...", "Iraq's Camp Taji"
        if members_of_named(text, hit, actors):
            continue  # "rebels of the Movement for X": the Movement is blamed
        sentence = text[span.start : span.end]
        forces = reported_forces(hit, before, after, sentence) or narrated_forces(hit, before, after)
        if is_weak(hit) and not _blamed_in_words(before, after, is_state(hit)) and not forces:
            continue  # "militants stormed the post": no one is blamed
        if (
            _LOCATIVE_BEFORE.search(before)
            and not _AGENT_BEFORE.search(before)
            and not _AGENT_NOUN_AFTER.match(after)  # "killed in Turkish air strikes"
        ):
            continue  # "a base in Jordan killed", "on Syria's border with Iraq killed"
        if _relative_blame(after):
            if hit.canonical not in found:
                found.append(hit.canonical)
            continue
        involved = _INVOLVED_AFTER.match(after)
        if _TARGET_BEFORE.search(before) and not (_AGENT_BEFORE.search(before) or involved):
            continue
        if _ACCUSED_BEFORE.search(before) and _ACCUSED_OF_OTHER.match(after):
            continue  # "accused the United States of supporting terrorist factions"
        if _RECALLED_AFTER.match(after) or _RECALLED_BEFORE.search(before):
            continue  # "the US strikes last month", "a day after US strikes"
        if ("accus" in before or "blam" in before) and _HABITUAL_ACCUSER.search(before):
            continue  # "Pakistan often accuses India of backing separatists": no incident's
        if (
            _AGENT_BEFORE.search(before)
            or _EXPLICIT_BLAME.search(before)
            or _MEMBERS_OF.search(text, max(span.start, hit.span.start - 120), hit.span.start)
            or named_members(text, span, hit)
            or _acts(after)
            or (after.startswith(")") and not is_state(hit) and _acts(after[1:]))  # "the Kivu Front (KF) stormed"
            or _acts_after_apposition(text, span, hit)
            or _AGENT_NOUN_AFTER.match(after)
            or (_HELD_BEFORE.search(before) and _RESPONSIBLE_AFTER.match(after))
            or forces
        ) and hit.canonical not in found:
            found.append(hit.canonical)
    return found


# "the Kivu Front (KF), a rebel group based across the border that ..., had attacked": a long
# apposition between a group's name and its act
_APPOSITION = re.compile(r"\)?,\s+(?:an?|the)\s+[^,.;()]{1,140},\s*")


def _acts_after_apposition(text: str, span: Span, hit: ActorHitLike) -> bool:
    if is_weak(hit) or is_state(hit) or text[hit.span.end : hit.span.end + 2] not in ("),", ", "):
        return False
    tail = text[hit.span.end : min(span.end, hit.span.end + 240)]
    m = _APPOSITION.match(tail)
    return m is not None and _acts(tail[m.end() :])


def _acts(after: str) -> bool:
    """The words after an actor make it the subject of an attack ("militants attacked"), not
    of another operation ("security forces launched a search operation")."""
    m = _AGENT_AFTER.match(after)
    return m is not None and not _NOT_ATTACK_OBJECT.match(after, m.end())


def _relative_blame(after: str) -> bool:
    """"X, which Y blames for a rocket attack": X is accused of that attack (not of a series
    of acts: "which Y has accused of a string of attacks")."""
    m = _RELATIVE_BLAME.match(after)
    return m is not None and not _ACCUSED_OF_OTHER.match(after, m.end())
