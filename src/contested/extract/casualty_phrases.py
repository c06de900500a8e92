"""Casualty phrase patterns: the verbs, tolls and counts that tie a number to the killed or
injured, and the contexts that make a figure no toll (a running total, an aim, a date). Part
of :mod:`contested.extract.casualties`."""

from __future__ import annotations

import re

from contested.extract.casualty_nouns import (
    _ALL,
    _MOD,
    _NPLIST,
    _STOP,
)
from contested.extract.numbers import QUANTITY_RE
from contested.quickre import quick

_I = re.IGNORECASE

_KILL_WORD = (
    r"(?:killed|dead|died|slain|perished|martyred|lost\s+their\s+lives|murdered|massacred"
    r"|executed|assassinated|gunned\s+down|neutrali[sz]ed|put\s+out\s+of\s+action"
    r"|(?:became|become|becoming)\s+martyrs|embraced\s+martyrdom|sent\s+to\s+hell"
    r"|buried(?!\s+(?:alive|under|beneath|in\s+(?:the\s+)?(?:rubble|debris|ruins)))"
    r"|(?:(?:shot|stabbed|beaten|burned|burnt|hacked|bludgeoned|tortured|crushed)\s+(?:or|and)\s+)?"
    r"(?:shot|stabbed|beaten|burned|burnt|hacked|bludgeoned|tortured|crushed|trampled)\s+to\s+death"
    r"|eliminated|liquidated"
    r"|(?:burned|burnt)\s+alive)"
)
_HURT_WORD = r"(?:wounded|injured|hurt)"
_AUX = (
    r"(?:were|was|are|is|have|has|had|been|being|got|reportedly|reported|confirmed|also|all"
    r"|seriously|critically|severely|lightly|slightly|badly|fatally|mortally|later|shot\s+and"
    r"|later|subsequently|allegedly|believed|thought|said|to|be|either|left|found|shot|more"
    r"|may|might|could|likely|feared|probably|possibly|apparently|presumably|now|to\s+have"
    # "were ambushed and killed", "had been abducted and murdered"
    r"|(?!(?:kill|wound|injur|hurt)ed\b)[a-z]+ed\s+and)"
)
_GAP = (
    r"(?:\s*,[^,.;]{1,80},|\s+including\s+[^,.;]{1,60}?"
    r"|\s+who\s+(?:had|has|have)\s+[^,.;]{1,80}?"  # "a commander who had joined the deal"
    r"|\s+and\s+(?:allied|other|affiliated)\s+(?:factions|groups|militias)"
    # "four workers employed at the field were killed", "two men riding a motorcycle"
    r"|\s+(?:working|employed|living|staying|sheltering|travell?ing|riding|driving|sitting"
    r"|standing|waiting|queu(?:e)?ing|gathered|stationed|deployed|based|involved)\s+[^,.;]{1,70}?"
    # any participle phrase: "31 workers building a bridge", "50 cadres undergoing training"
    r"|\s+(?!(?:kill|wound|injur|hurt|includ|leav|claim|bring|rais|accord|say|tell|add|cost"
    r"|tak|caus|result|be|hav)\w*)[a-z]{2,}ing"
    r"\s+(?:(?!\b(?:and|or|killed|dead|died|wounded|injured|hurt)\b)[^,.;()]){1,60}?"
    r"|\s+(?:in|near|at|from|inside|on|across|around)\s+"
    r"(?:(?!\b(?:that|which|who|and|said|says|told)\b)[^,.;]){1,70}?)"
)

# A count of a plural noun the lexicon does not know ("51 schoolgirls", "12 herders"), read
# only as the subject of a killing or hurting verb: the verb says they are people.
_NP_ANY = (
    rf"(?<!and\s)(?<!,\s)(?!(?:an?|one|both)\s)[\"“]?{QUANTITY_RE}[\"”]?"
    rf"(?:\s+of\s+(?:the|his|her|their|its|our))?(?:\s+{_MOD}){{0,2}}?\s+(?!{_STOP}\b)[^\W\d][\w'’-]*s\b"
)
_SUBJECT = quick(
    rf"(?P<np>{_NPLIST}|{_NP_ANY}|{QUANTITY_RE})(?:{_GAP})?\s+(?:{_AUX}\s+){{0,4}}"
    rf"(?P<verb>{_KILL_WORD}|{_HURT_WORD})\b"
    rf"(?P<both>\s+(?:and|or|and/or)\s+{_HURT_WORD}\b(?!\s+{QUANTITY_RE}))?",
    _I,
)
# words every match of the pattern before holds: a region without them is passed at once
_SUBJECT_CUE = quick(
    r"killed|dead|died|slain|perished|martyr|lives|death|wounded|injured|hurt|hell|buried|alive"
    r"|murdered|massacred|executed|assassinated|gunned|neutrali|out\s+of\s+action|eliminated"
    r"|liquidated", _I
)
_OBJECT = quick(
    r"\b(?P<verb>kill(?:ing|ed|s)?(?P<both>\s+(?:and|or)\s+(?:wound|injur)\w*)?"
    r"|shot\s+dead|shot\s+and\s+killed|executed|beheaded|murdered|assassinated"
    r"|massacr(?:ed|ing)|slaughter(?:ed|ing)|gunn(?:ed|ing)\s+down"
    r"|eliminat(?:ed|ing)|liquidat(?:ed|ing)"
    r"|(?P<neutral>neutrali[sz](?:ed|ing|es|e))"
    r"|wound(?:ing|ed|s)?|injur(?:ing|ed|es|e)"
    r"|(?:claim(?:ed|ing|s)?|t(?:ook|akes?|aking))\s+the\s+lives\s+of)"
    rf"[\"”’']?\s+(?P<np>{_ALL}|{_NPLIST}|{QUANTITY_RE})",
    _I,
)
# "the shelling claimed nine lives", "cost 14 civilian lives", "six lives were lost"
_LIVES = re.compile(
    rf"\b(?:(?:claim(?:ed|ing|s)?|cost(?:ing|s)?|t(?:ook|akes?|aking))\s+(?:the\s+)?"
    rf"(?P<np>{QUANTITY_RE})\s+(?:(?:civilian|human|innocent|young|more)\s+)?lives\b"
    rf"|(?P<np2>{QUANTITY_RE})\s+lives\s+(?:were|have\s+been|had\s+been)\s+lost\b)",
    _I,
)
_LIVES_CUE = re.compile(r"\blives\b", _I)
# "the army lost three soldiers": only people, never a bare number ("lost 12 tanks")
_LOST = quick(rf"\b(?P<verb>lost)\s+(?P<np>{_NPLIST})", _I)
# "30 people sustained injuries", "were hospitalised", "treated eight people for light injuries"
# "for light injuries", "for machete and gunshot wounds"
_INJURY_NOUN = (
    r"(?:\s+(?!and\b|or\b)[\w-]+){0,3}?(?:\s+(?:and|or)\s+[\w-]+)?\s+(?:injuries|wounds|burns)\b"
)
_SUFFERED = re.compile(
    rf"(?P<np>{_NPLIST}|{QUANTITY_RE})(?:{_GAP})?\s+(?:{_AUX}\s+){{0,3}}"
    r"(?P<verb>(?:sustained|suffered|received|treated\s+for)"
    rf"{_INJURY_NOUN}|hospitali[sz]ed\b|admitted\s+to\s+(?:a\s+|the\s+)?hospitals?\b"
    r"|(?:receiving|undergoing|getting|under)\s+(?:medical\s+|hospital\s+)?treatment\b"
    r"|(?:treated|taken|rushed|evacuated)\s+(?:to|in|at)\s+(?:(?:a|the|local|nearby|two|several"
    r"|[A-Z][\w'’-]*)\s+){0,3}hospitals?\b)",
    _I,
)
_TREATED = re.compile(
    rf"\b(?P<verb>treated|left)\s+(?P<np>{_NPLIST}|{QUANTITY_RE})\s+(?:for|with){_INJURY_NOUN}",
    _I,
)
_SUFFERED_CUE = re.compile(
    r"sustained|suffered|received|treated|hospitali|admitted|treatment"
    r"|(?:taken|rushed|evacuated)\s+(?:to|in|at)\s[^.;]{0,40}?hospital",
    _I,
)
_TREATED_CUE = re.compile(r"(?:treated|left)\s[^.;]{1,80}?\s(?:for|with)\s", _I)
_NOMINAL = quick(
    r"\b(?P<verb>deaths?|killings?|martyrdom|injur(?:y|ies)|wounding|bodies)\s+of"
    rf"\s+(?P<np>{_NPLIST}|{QUANTITY_RE})",
    _I,
)
_TOLL = quick(
    r"\b(?:(?:death|fatality)\s+toll|the\s+toll|(?:a|an|the)\s+(?:higher|lower|new|revised|final"
    r"|preliminary|updated|total)\s+toll|(?<=put\s)the\s+number\s+of\s+(?:dead|deaths|killed"
    r"|fatalities))\b(?:(?:\s+(?:from|of|in)\s+[^.;]{0,150}?|\s*,[^,.;]{1,60},)"  # ", initially 8,"
    r"(?=\s+(?:has|had|have|was|is|now|later|rose|risen|climbed|jumped|increased|reached|stands"
    r"|stood|rises|climbs|reaches)\b))?"
    r"(?:\s+(?:has|had|have|was|is|now|rose|risen|climbed|jumped"
    r"|increased|reached|hit|stands|stood|rises|climbs|reaches|further|later|since|that|which"
    r"|overnight|again|sharply|subsequently|yesterday|today))*"
    r"\s+(?:to\s+|at\s+|of\s+)?"
    rf"(?P<np>{_NPLIST}|{QUANTITY_RE})",
    _I,
)
_COUNTED = re.compile(
    rf"(?P<np>{QUANTITY_RE})[\"”’']?(?P<mods>(?:\s+{_MOD}){{0,2}})\s+"
    r"(?P<verb>casualties|fatalities|deaths|injuries|bodies|coffins)\b",
    _I,
)
_COUNTED_CUE = re.compile(r"casualties|fatalities|deaths|injuries|bodies|coffins", _I)
_NUMBER_OF = quick(
    r"\bnumber\s+of\s+(?:[\w'’-]+\s+){0,5}?(?P<verb>killed|dead|deaths|fatalities|wounded|injured"
    r"|victims|martyred|martyrs|slain)\b(?:[^.;]{0,150}?\b(?:rose|risen|climbed|reached|increased|jumped|stands|stood"
    rf"|went\s+up)\s+(?:to\s+|at\s+)?|\s+(?:at|to)\s+)(?P<np>{QUANTITY_RE})",
    _I,
)
# "the dead were a man and a woman" ("the dead included ..." is mostly a share of a toll told
# elsewhere, not read)
_THE_VICTIMS = quick(
    r"\bthe\s+(?P<verb>dead|wounded|injured)\s+(?:were|are)\s+"
    rf"(?P<np>{_NPLIST})",
    _I,
)
_NONE = re.compile(
    r"\b(?:no|zero|not\s+any|without(?:\s+(?:causing|leaving|inflicting|any))*|(?:did|does|do|will)\s+not\s+(?:result\s+in|cause"
    r"|lead\s+to|leave)(?:\s+any)?|caused\s+no|den(?:y|ies|ied)\s+(?:that\s+)?there\s+(?:were|was"
    r"|had\s+been|have\s+been)\s+any)\s+(?:(?:immediate|reported|human|civilian|military|serious"
    r"|significant|major|further|other)\s+)?(?P<verb>casualties|fatalities|deaths|injuries"
    r"|loss(?:es)?\s+of\s+life|dead|wounded|injured)\b",
    _I,
)
_MATERIAL_ONLY = re.compile(
    r"\b(?:caus(?:ed|ing)|result(?:ed|ing)\s+in|le(?:ft|aving))\s+only\s+material\s+"
    r"(?:damage|losses)\b",
    _I,
)
_NOBODY = re.compile(
    r"\b(?P<object>kill(?:ed|ing)|injur(?:ed|ing)|wound(?:ed|ing))\s+(?:no\s+one|nobody)\b|"
    r"\b(?:no\s+one|nobody|none(?:\s+of\s+(?:its|their|our|his|her)(?:\s+[\w'’-]+){1,2}?)?"
    r"|no\s+(?:single\s+)?(?:civilians?|soldiers?|person|people"
    r"|residents?|child(?:ren)?|passengers?|troops|personnel|villagers?|worshippers?|students?))"
    r"\s+(?:(?:was|were|had|has|have|been|is|reportedly)\s+){1,3}"
    rf"(?P<verb>{_KILL_WORD}|{_HURT_WORD}|harmed)\b"
    rf"(?P<both>\s+(?:or|and|nor)\s+(?:{_HURT_WORD}|{_KILL_WORD})\b)?",
    _I,
)
_VAGUE = re.compile(
    r"\b(?:(?P<pair>dead\s+and\s+(?:the\s+)?(?:wounded|injured)|killed\s+and\s+(?:wounded|injured)"
    r"|martyrs\s+and\s+(?:injuries|injured|wounded)"
    r"|deaths\s+and\s+injuries)"
    r"|(?:caus(?:ed|ing|es)|inflict(?:ed|ing|s)|result(?:ed|ing|s)?\s+in|le(?:ft|aving)"
    r"|there\s+(?:are|were|have\s+been|had\s+been))\s+(?:(?:heavy|many|several|some|serious"
    r"|human|civilian|military)\s+)*(?P<cas>casualties))\b",
    _I,
)
# "two soldiers were killed and a third wounded": one more, of the same victims.
_ORDINAL = re.compile(
    r"\b(?:and|while|with)\s+(?:a|one)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth)(?:\s+(?!was\b|were\b|is\b)[\w-]+)?\s+(?:(?:was|were|is|had\s+been|has\s+been)\s+)?"
    r"(?:(?:also|seriously|critically|badly|severely|lightly|slightly)\s+)?"
    rf"(?P<verb>{_KILL_WORD}|{_HURT_WORD})\b",
    _I,
)
# "killed three and injured a fourth"
_ORDINAL_OBJECT = re.compile(
    r"\b(?P<verb>kill(?:ing|ed)|wound(?:ing|ed)|injur(?:ing|ed))\s+(?:a|one)\s+(?:second|third"
    r"|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b(?!\s+(?:time|day|night|week|attack"
    r"|strike|raid|blast|explosion|incident)\b)",
    _I,
)
# "killing Moataz Eid, a Hamas commander": one named person, told apart from places by the
# role that follows the name.
_NAMED = re.compile(
    r"\b(?P<verb>kill(?:ed|ing)|assassinat(?:ed|ing))\s+"
    r"(?-i:(?P<name>[A-Z][\w'’-]+(?:\s+(?:al-|el-|bin\s+|abu\s+|Abu\s+)?[A-Z][\w'’-]+){1,3}))"
    r",\s+(?P<role>(?:an?|the|its|his)\s+(?:[\w'’-]+\s+){0,5}?(?:commander|leader|official"
    r"|member|fighter|officer|operative|chief|head|spokesman|militant|soldier|colonel|general"
    r"|activist|journalist|doctor|resident|civilian|engineer)s?)\b",
    _I,
)
# A gate: a region with none of these words holds no figure. Alternatives grouped by their
# first letter (one branch tried per letter, not one per word): the scan runs over every
# sentence, twice, so its cost is most of this module's.
_QUICK = re.compile(
    r"d(?:e(?:ad|ath)|ied)|kill|wound|injur|c(?:asualt|offins)|l(?:ives|ost\s|iquidat)"
    r"|t(?:oll|reatment)|m(?:artyr|aterial\s+damage|urdered|assacr)|h(?:urt|ospitali|armed|it\s+by\s)"
    r"|s(?:lain|ent\s+to\s+hell|laughter)|perish|fatalit|n(?:eutrali|umber\s+of\s+victims)"
    r"|b(?:odies|uried|urns|urn(?:ed|t)\s+alive|ehead)|e(?:liminat|xecut(?:ed|ing)\b)|assassinat"
    r"|gunn(?:ed|ing)\s+down|out\s+of\s+action"
    r"|(?:treated|taken|rushed|evacuated)\s+(?:to|in|at)\s[^.;]{0,40}?hospital",
    _I,
)
# A running total ("380,000 deaths since the start of the war"), a count over a period or an
# example is not a toll of the incident at hand.
_CUMULATIVE = re.compile(
    r"\bsince\s+(?:the\s+(?:start|beginning|outbreak|onset)|(?:19|20)\d\d\b"
    r"|(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b)|\bso\s+far\s+(?:this|in)\b|\b(?:this|last)\s+(?:year|month)\b"
    # a count over a period ("neutralised 12 militants in northern Iraq over the weekend")
    r"|\b(?:over|during|in)\s+the\s+(?:past\s+|last\s+|previous\s+)?(?:weekend|week|month"
    r"|few\s+days|(?:\d+|two|three|four|five|seven|ten)\s+(?:days|hours|weeks))\b"
    # a war's toll: "since the war began", "since it broke out"
    r"|\bsince\s+(?:the\s+(?:war|conflict|fighting|insurgency|invasion|uprising|violence|unrest"
    r"|rebellion|crisis|revolt)\b[^.;]{0,80}?|it\s+)"
    r"(?:began|started|broke\s+out|erupted|flared|reignited|resumed|escalated|intensified"
    r"|was\s+launched)\b",
    _I,
)
# "a siege in 2017 that left more than 1,100 people dead": a toll of a year told bare (no day,
# no month), an earlier event's; read before the figure, in its clause
_PAST_YEAR = re.compile(
    r"\bin\s+(?:19|20)\d\d\b(?!\s*[-/]\d)(?:\s*,)?"
    r"\s+(?:that|which|when\s+\w+)\b[^.;]{0,40}$"
    # "since a fuel tanker bomb killed dozens", "three days after a car bomb killed a money
    # changer": an earlier event, told by an indefinite noun phrase, dates the one at hand
    r"|\b(?:since|(?:days?|weeks?|months?|years?)\s+after)\s+an?\s[^.;]{0,80}$",
    _I,
)
# "The war, which broke out in 2023, has killed tens of thousands": a war or a conflict that
# has killed, or a period told first ("Over the past week, strikes have killed 50"), counts
# more than one incident.
_WAR_TOLL = re.compile(
    r"\b(?:war|conflict|insurgency|invasion|uprising|fighting|campaign)\b[^.;]{0,90}?"
    r"\b(?:has|have)\s+(?:(?:now|so\s+far|already|also)\s+)?(?P<verb>killed|claimed|left)\b",
    _I,
)
_PERIOD_FIRST = re.compile(
    r"\W*(?:(?:over|during|in)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?(?:weeks?|months?"
    r"|years?|days)\b"
    # "Since the war began in 2011, ...": a war's ("In 2019, a car bomb killed 40" is read: an
    # earlier incident's toll, which the mentions step gives to a background mention)
    r"|since\s+(?:(?:19|20)\d\d\b|the\s+(?:start|beginning|outbreak"
    r"|war|conflict|insurgency|invasion|uprising)\b))",
    _I,
)
_EXAMPLE = re.compile(r"\b(?:for\s+example|for\s+instance|such\s+as\s+when)\b", _I)
_SUBSET_BEFORE = re.compile(
    r"(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|\bno)\s*$", _I
)
# "They wanted to kill everyone", "a plot to kill two officers": an aim, not a toll.
_INTENT_BEFORE = re.compile(
    r"\b(?:wants?|wanted|wanting|tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|s(?:eek|eeks|eeking|ought)"
    r"|aim(?:s|ed|ing)?|intend(?:s|ed|ing)?|plan(?:s|ned|ning)?|plot(?:s|ted|ting)?"
    r"|threat(?:en|ens|ened|ening)|vow(?:s|ed|ing)?|hop(?:e|es|ed|ing)|order(?:s|ed)?\s+\w+"
    r"|c(?:ame|omes?|oming)|went|sent|out|in\s+order|so\s+as|bid|effort|able|unable|failed)"
    r"\s+to\s+$",
    _I,
)
# "said a farmer who lost his wife": who the speaker is, not a toll
_WHO_BEFORE = re.compile(r"\bwho\s+(?:had\s+|has\s+)?$", _I)
# "the bodies of five of the dead": a part of a toll told elsewhere, not a toll.
_OF_THE_VICTIMS = re.compile(
    r"\s+of\s+(?:the|those)\s+(?:dead|killed|victims|bodies|wounded|injured|casualties)\b", _I
)
_PREP_BEFORE = re.compile(
    r"\b(?:in|since|of|during|until|by|from|before|after|year|early|late|mid)\s+$", _I
)
_MONTH_BEFORE = re.compile(
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+$"
)

