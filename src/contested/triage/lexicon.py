"""The triage lexicon: regex alternations, English (the language the extractor reads).

``STRONG`` words rarely appear outside reports of violence; ``WEAK`` words do (a workers'
strike, a heart attack, a shot on goal, a fire sale) and only count together; ``CASUALTY``
is a figure followed closely by a toll word ("three people were killed", "dozens wounded").
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
