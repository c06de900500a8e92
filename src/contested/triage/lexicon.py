"""The triage lexicon: regex alternations, English (the language the extractor reads).

``STRONG`` words rarely appear outside reports of violence; ``WEAK`` words do (a workers'
strike, a heart attack, a shot on goal, a fire sale) and only count together; ``CASUALTY``
is a figure followed closely by a toll word ("three people were killed", "dozens wounded");
``BEATS`` are words of everyday news whose vocabulary shares the weak words.
"""

from __future__ import annotations

_NUMBER = (
    r"\d+-(?:year|month)-old|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens"
    r"|scores|hundreds|several|many|some"
)
_TOLL = (
    r"killed|dead|died|shot|stabbed|wounded|injured|hurt|casualties|deaths|fatalities|bodies|victims"
    r"|civilians|soldiers|militants|fighters"
)
CASUALTY = rf"\b(?:{_NUMBER})\b(?:\s+[\w-]+){{0,4}}?\s+(?:were\s+|was\s+|are\s+|have been\s+)?\b(?:{_TOLL})\b"

STRONG = "|".join(
    (
        r"air ?strikes?|air ?raids?|airstrikes?|drone (?:strikes?|attacks?)|warplanes?|fighter jets?",
        r"shell(?:ing|ed|s)|artillery|mortars?|missiles?|rockets?|katyushas?|barrel bombs?",
        r"bomb(?:ing|ings|s)|bomber|car bomb|explosions?|explosives?|blasts?|explod(?:ed|es)",
        r"detonat(?:ed|ion)|IEDs?|landmines?|grenades?|suicide (?:bomber|attack)",
        r"shootings?|shoot(?:er|ers|out)|gunm(?:a|e)n|gunfire|gunshots?|gun ?fights?|firefights?",
        r"(?:was|were|been|being|got|get|accidentally|fatally) shot|shoots? (?:himself|herself|self|themselves|at)"
        r"|shot (?:by|while|multiple|several|once|twice)|found shot|(?:stray )?bullets?|shotguns?|kills?|found dead|gun violence|handgun|firearms?|rifles?|shot (?:dead|and killed|to death|in (?:the |his |her )?(?:head|chest|back|neck|face|stomach|leg|arm|foot|hand))|opened fire|fatally (?:shot|stabbed|wounded)",
        r"killed|killing|killings|murder(?:ed|s)?|homicides?|slain|massacres?|stabb(?:ed|ing)",
        r"wounded|casualt(?:y|ies)|fatalit(?:y|ies)|death toll|bloodshed",
        r"militants?|insurgents?|jihadists?|rebels?|militias?|paramilitar(?:y|ies)|terroris(?:ts?|m)",
        r"clashes|clashed|ambush(?:ed)?|shelled|besieged|hostages?|kidnapp(?:ed|ing)|abduct(?:ed|ion)",
        r"assassinat(?:ed|ion)|executed|beheaded|armed (?:men|group|forces)|troops",
        r"ceasefire|cease-fire|offensive|invasion|incursion|occupation forces",
    )
)

WEAK = "|".join(
    (
        r"strikes?|struck|attacks?|attacked|assaults?|raids?|raided|stormed",
        r"shot|shots|fired|fire|gun|guns|weapons?|armed|bomb|bombed|clash",
        r"dead|died|death|injured|hurt|victims?|bodies|police|arrested|suspects?|indicted|charged",
        r"army|military|soldiers?|forces|war|battle|conflict|violence|security",
    )
)

# Words of the everyday news beats whose vocabulary shares the weak words: sport (a shot on goal,
# a late strike, the attack), business and labour (a strike over pay, a fire sale), culture (an
# album that bombed, a film's opening shot), health (a heart attack) and technology (a cyber
# attack). Two distinct ones in an article without any strong cue or casualty figure mean its
# weak words are taken in their everyday senses. Words common in crime reports too (game, club,
# party, concert, festival, hospital, weather, director, penalty) are left out on purpose.
BEATS = "|".join(
    (
        r"match(?:es)?|goals?|goalkeeper|goalless|striker|midfield(?:er)?s?|defenders|league|leagues",
        r"season|coach(?:es)?|tournaments?|championships?|semi-finals?|quarter-finals?|semifinal",
        r"half-time|halftime|full-time|final whistle|kick-off|scored|scorers?|equali[sz]er|referee",
        r"fixtures?|innings|wickets?|batsm[ae]n|touchdowns?|quarterback|playoffs?|free kick|corner kick",
        r"shares|shareholders?|investors?|revenues?|earnings|quarterly|profits?|dividends?",
        r"stock market|mergers?|takeover|acquisitions?|wages|pay rise|pay deal|inflation",
        r"interest rates|trading|unions?|walkout|picket(?:s|ing)?",
        r"albums?|charts|box office|films?|movies?|premiere|orchestra|critics|novels?|exhibitions?",
        r"galler(?:y|ies)|theatres?|theaters?|soundtrack|sequel|screenplay|opera|ballet|audiences?",
        r"heart attacks?|panic attacks?|asthma attacks?|cardiac|symptoms|vaccines?|clinical trials?",
        r"diabetes|cholesterol|cyber ?attacks?|hackers?|malware|ransomware|software|smartphones?",
    )
)
