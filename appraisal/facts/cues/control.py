"""Fifth piece of the study cue table: the comparison (placebo and its look-alikes, active, dose and
usual-care comparators, no treatment, historical, single arm, mixed), then the controlled, crossover and
before-and-after designs."""
from __future__ import annotations

from .markers import GENERIC_CONTROL, MIXED_CONTROL, STRONG, WEAK


# "the same formula with no fibre", "the same disposable washcloths without chlorhexidine": the tested product without its
# active part (the nouns and the "without" both placebo cues below need)
_SAME_PRODUCT_WITHOUT = (
    r"(?:formulas?|formulae|drinks?|beverages?|shakes?|supplements?|products?|powders?|capsules?|tablets?|pills?|juices?|"
    r"bars?|creams?|gels?|sprays?|lotions?|soaps?|washcloths?|cloths?|wipes?|dressings?|swabs?|toothpastes?|mouthwash(?:es)?)\s+"
    r"(?:with\s+no|without|minus|but\s+(?:with\s+)?no|but\s+without|free\s+of|lacking)\b")

_CONTROL_CUES: list[tuple[str, tuple, bool]] = [
    # control
    (r"(?:placebo|sham|vehicle|saline)[- ]controlled(?=,?\s+(?:[\w-]+,?\s+){0,3}?(?:trial|study|experiment))",
     (("control", "placebo", STRONG), ("design", "controlled-trial", STRONG)), False),
    (r"(?:placebo|sham|vehicle|saline)[- ]controlled|placebos?|sham(?!\s+(?:inr\s+)?(?:values?|readings?|results?|measurements?))|vehicle[- ]?(?:treated|control|group|only)|(?:saline|vehicle)[- ](?:injected|treated)|(?:saline|vehicle)\s+(?:controls?|groups?)|(?:matching|matched|identical)\s+(?:[\w-]+\s+)?(?:saline|vehicle)|(?:saline|vehicle)(?:\s*\((?:[\w-]+\s*){1,3}\))?\s+(?:alone|only)|"
     # "cultures exposed to the solvent (DMSO) alone served as controls", "relative to the solvent control": the
     # solvent a drug is dissolved in, given by itself, is the vehicle of laboratory work
     r"(?:solvent|diluent|dmso)(?:\s*\((?:[\w-]+\s*){1,3}\))?\s+(?:alone|only|controls?)\b|"
     # "no better than a simulated procedure" (patients sedated and prepared, no needle passed): a sham by another
     # name ("a simulated procedure on a mannequin" is training, not an arm)
     r"simulated\s+(?:procedures?|surgery|operations?|injections?|acupuncture|stimulation)"
     r"(?!\s+(?:on|in|with|using)\s+(?:an?\s+|the\s+)?(?:mannequins?|manikins?|simulators?|models?|cadavers?|virtual)\b)|"
     # "comparison worms were kept on plates containing only the drug vehicle (DMSO)", "injected with only saline": the
     # same handling with nothing but the vehicle, word order reversed
     r"only\s+(?:the\s+)?(?:(?:drug|solvent)\s+)?(?:vehicle|solvent|diluent|saline)\b|"
     # "one group received the same volume of saline", "the other received 0.1 mL saline", "76 received
     # vehicle", "assigned to vehicle or D+Q", "four groups: vehicle (saline) or ipamorelin": the
     # vehicle-injected group of an experiment
     r"(?:received|receiving|given|injected\s+with|treated\s+with)\s+(?:an?\s+|the\s+)?(?:(?:same|equal|equivalent|identical|matching)\s+(?:volume|amount|dose)s?\s+of\s+)?"
     r"(?:\d+(?:\.\d+)?\s*(?:ml|µl|μl|ul)\s+(?:of\s+)?)?(?:normal\s+|physiological\s+|sterile\s+|phosphate[- ]buffered\s+)?(?:saline|vehicle|pbs)\b"
     r"(?!\s+(?:hydration|flush(?:es)?|locks?|priming|drips?|to\s+maintain))|"
     r"(?:vehicle|saline|pbs)(?:\s*\((?:[\w-]+\s*){1,3}\))?\s+(?:or|versus|vs)\b|"
     # "a single injection of hepcidin at 5, 17 or 50 µg, or of the phosphate-buffered saline vehicle": the other arm's
     # injection named after "or of"
     r"or\s+of\s+(?:an?\s+|the\s+)?(?:same\s+volume\s+of\s+(?:the\s+)?)?(?:normal\s+|physiological\s+|sterile\s+|phosphate[- ]buffered\s+)?"
     r"(?:saline|vehicle|pbs)\b|"
     # "control rats received saline injections", "control mice were given the vehicle"
     r"control\s+(?:mice|rats|animals|groups?|arms?|cells|cultures)\s+(?:were\s+|was\s+)?(?:received|receiving|given|injected\s+with|treated\s+with)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:saline|vehicle|pbs)\b|"
     # "Control knockout mice received an equimolar amount of sodium chloride", "equimolar potassium chloride
     # served as the control": the salt matched to the one under test, without its active part (a vehicle)
     r"control\s+(?:[\w-]+\s+){0,2}?(?:mice|rats|animals|groups?|arms?|cells|cultures)\s+(?:were\s+|was\s+)?(?:received|receiving|given|treated\s+with|drank|fed)\s+"
     r"(?:an?\s+|the\s+)?(?:equimolar|equiosmolar|equimolal)\b|"
     r"equimolar\s+(?:[\w-]+\s+){0,3}?(?:served|was\s+used|were\s+used|acted)\s+as\s+(?:the\s+|a\s+)?controls?\b",
     (("control", "placebo", STRONG),), False),
    # "Comparison tubes received buffer that had been diluted and shaken the same way but had never contained antibody":
    # in laboratory work the control vessels given the buffer alone got the vehicle of the agent under test
    (r"(?:control|comparison)\s+(?:tubes|wells|cultures|dishes|plates|flasks|samples)\s+(?:received|got|were\s+given|contained)\s+"
     r"(?:the\s+|plain\s+|only\s+)?(?:[\w-]+\s+)?(?:buffer|solvent|diluent)\b|"
     # "an injection of platelet concentrate or of the control buffer": the other arm given the agent's buffer (its vehicle)
     r"(?:\bor|versus|vs\.?)\s+(?:of\s+|with\s+|to\s+)?(?:the\s+|an?\s+)?(?:control|plain|carrier)\s+(?:buffer|solvent|diluent)\b",
     (("control", "placebo", STRONG),), False),
    # "or of an irrelevant control hamster antibody", "an isotype-matched control IgG": an antibody that binds nothing
    # in the animal, given in place of the one under test (the product without its active part, i.e. a vehicle)
    (r"(?:irrelevant|isotype(?:[- ]matched)?)\s+(?:control\s+)?(?:[\w-]+\s+)?(?:antibod(?:y|ies)|immunoglobulins?|igg\d?\w?|mabs?)\b|"
     r"isotype[- ](?:matched\s+)?controls?\b|"
     # "compared with control clones carrying the empty vector", "empty-plasmid controls": cells given the vector
     # without the gene under test (the product without its active part, i.e. a vehicle)
     r"empty[- ](?:expression\s+)?(?:vectors?|plasmids?)\b",
     (("control", "placebo", STRONG),), False),
    # "Saline (control)", "vehicle (controls)": a group list naming the saline arm as the control
    (r"(?:normal\s+|physiological\s+|sterile\s+)?(?:saline|vehicle|pbs)\s*\((?:the\s+)?controls?(?:\s+group)?(?=\))",
     (("control", "placebo", STRONG),), False),
    # "KPV dissolved in their drinking water or plain drinking water as vehicle": the other arm got the vehicle
    (r"(?:or|versus|vs\.?)\s+(?:[\w-]+\s+){1,6}?as\s+(?:(?:the|a)\s+)?vehicle\b(?:\s+controls?)?",
     (("control", "placebo", STRONG),), False),
    # "breathed dilute diesel exhaust or filtered air for 1 hour", "compared with filtered air": in an exposure
    # chamber the clean-air session is the sham exposure (a placebo), not another treatment
    (r"(?:\bor|versus|vs\.?|than|compared\s+(?:with|to)|with)\s+(?:to\s+)?(?:the\s+)?(?:hepa[- ]|particle[- ])?filtered\s+air\b",
     (("control", "placebo", STRONG),), False),
    (r"(?:or|versus|vs\.?|and)\s+(?:with\s+|to\s+)?(?:(?:an?|the)\s+)?(?:(?:ethanol|dmso|pbs|buffer|oil|water)\s+)?(?:(?:same|equal|equivalent|matching)\s+(?:volume|amount|dose)s?\s+of\s+)?(?:normal\s+|physiological\s+)?(?:saline|vehicle)(?:\s+(?:alone|only|control|injections?))?",
     (("control", "placebo", STRONG),), False),
    # "identical-looking inactive capsules", "a dummy tablet", "sugar pills": a placebo by another name
    # ("with identical-looking capsules" after two drugs: both drugs' form, a blinding device, not a dummy arm)
    # ("a sugar-free drink", "sugar-sweetened drinks": sugar names the drink's content, only "sugar pills" are dummies)
    (r"sugar[\s-]+(?:pills?|tablets?|capsules?|lozenges?)\b|"
     r"(?:inactive|inert|dummy|(?<!\bwith\s)(?<!\bin\s)(?:look[- ]alike|identical[- ]looking))[\s-]+(?:[\w-]+\s+)?(?:capsules?|pills?|tablets?|drinks?|injections?|powders?|sachets?|infusions?|lozenges?|gels?|creams?|sprays?|substances?)|"
     # "Controls ... received the same chow with empty capsules (the coating alone)": the capsule shell without the
     # drug is the vehicle of an encapsulated dose ("empty capsules were returned and counted", "brought back empty
     # capsules", "the number of empty capsules" are pill counting; the look-behinds follow "empty" so the cue keeps
     # its fast literal start)
     r"empty(?<!\breturned\sempty)(?<!\bback\sempty)(?<!\bcounting\sempty)(?<!\bcounted\sempty)(?<!\bof\sempty)\s+(?:[\w-]+\s+)?capsules?(?:\s+shells?)?\b(?!\s+(?:were\s+|was\s+)?(?:returned|counted|collected))",
     (("control", "placebo", STRONG),), False),
    # "a befriending protocol ... which served as an attention-matched social-support control": a control
    # matched for time and attention stands in for the non-specific effects, as a placebo does
    # "an attention-control programme", "health education (an attention control)": a control arm is called so
    # because it matches the contact time ("No placebo or attention-control arm" denies one, as it denies a placebo)
    (r"attention[- ](?:matched|equivalent|comparable)\s+(?:[\w-]+\s+){0,3}?(?:controls?|comparators?|comparisons?|conditions?|arms?|groups?)\b|"
     r"attention[- ]control(?:s|led)?\b|"
     # "a control programme ... matched to MBSR for weekly meeting time", "contact-time-matched": matched for the time
     # spent with staff or group, i.e. an attention-matched control (not "matched for age", "for time since diagnosis")
     r"matched\s+(?:to\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?(?:for|in|on)\s+(?:the\s+)?(?:(?:weekly|total|daily|amount\s+of)\s+)?"
     r"(?:meeting|contact|session|class|therapist|staff|group)\s+(?:time|hours)\b|(?:contact|meeting)[- ]time[- ]matched\b|"
     # "so that both groups got the same time and attention from instructors": the comparison classes matched the
     # contact the tested programme gave, an attention-matched control said in plain words
     r"(?:the\s+)?same\s+(?:amount\s+of\s+)?(?:time\s+and\s+attention|attention\s+and\s+time)\b",
     (("control", "placebo", STRONG),), False),
    # "old mice joined to old partners, which underwent the same surgery but shared only aged blood", "controls had
    # the same operation without the ligation": the procedure without its active part, i.e. a sham
    (r"(?:underwent|undergoing|received|had|were\s+given|got)\s+the\s+same\s+(?:[\w-]+\s+)?(?:surgery|operation|procedure)\s*,?\s+"
     r"(?:without|except|but\s+(?:[\w-]+\s+){0,2}?(?:only|without|no|not)\b)",
     (("control", "placebo", STRONG),), False),
    # "Capsules were identical in appearance; patients and examiners did not know the current treatment", "All tablets
    # looked identical": every product of the trial made to look alike (two regimens masked), not a dummy arm; read
    # first, from the products' noun, so the "identical in appearance" of a dummy below does not fire ("placebo
    # capsules were identical in appearance" still names the placebo)
    (r"(?:capsules|tablets|pills|preparations|medications)\s+"
     r"(?:were|looked)\s+(?:all\s+)?(?:identical|indistinguishable|alike)\b(?:\s+in\s+(?:appearance|taste|colou?r|size))?", (), True),
    # "a control drink identical in flavour", "an appearance-matched powder": a dummy product, i.e. a placebo
    (r"(?:matched|identical|indistinguishable)\s+(?:in|for|by)\s+(?:taste|flavou?r|appearance|colou?r|smell|texture)|"
     r"(?:taste|flavou?r|appearance)[- ]matched|"
     # "a nitrate-depleted juice that looked and tasted the same": a dummy matched in look and taste
     r"(?:looked|tasted|smelled|smelt)\s+and\s+(?:looked|tasted|smelled|smelt)\s+(?:exactly\s+|just\s+)?(?:the\s+same|identical|alike)\b|"
     # "flat insoles made of the same material and looking the same": a dummy device matched in make and look (a sham)
     r"made\s+(?:of|from)\s+the\s+same\s+materials?\s+(?:and\s+)?(?:looking|that\s+looked|looked)\s+(?:exactly\s+|just\s+)?"
     r"(?:the\s+same|identical|alike)\b|"
     # "the two rinses could not be told apart": the products given were indistinguishable (not "the groups")
     r"(?:drinks|rinses|capsules|pills|tablets|solutions|products|preparations|juices|powders|supplements|injections|"
     r"sprays|beverages|shakes|bars|sachets)\s+(?:could|can|were)\s*(?:not|n[o'’]t)\s+(?:be\s+)?(?:told\s+apart|distinguished)\b",
     (("control", "placebo", STRONG),), False),
    # "a control chow with the same calories, oil and nutrient content but without fish oil", "a control diet matched
    # for energy and fat": the food made up to match the test food without its active part, a dummy (placebo);
    # "control chow without drug X" says nothing of matching (no-treatment)
    (r"(?:control|comparison|placebo)\s+(?:diet|chow|feed|food)s?\s+(?:with\s+(?:the\s+)?(?:same|identical|equal|matching)\s+|"
     r"matched\s+(?:for|in|to)\s+(?:the\s+)?)(?:[\w-]+\s+)?(?:calori\w*|energy|fat|oil|macronutrients?|nutrients?|nutritional)\b|"
     # "Control: an isocaloric drink with the same carbohydrate and fat but no protein, leucine or vitamin D": a product
     # matched for energy with the active nutrients left out, a dummy ("two isocaloric diets" compare regimens: a diet is
     # no product, and the withheld part must be named)
     r"(?:isocaloric|iso-caloric|isoenergetic|iso-energetic|energy-matched|calorie-matched)\s+(?:[\w-]+\s+)?"
     r"(?:drinks?|beverages?|shakes?|supplements?|products?|formulas?|formulae|powders?|sachets?|bars?|feeds?)\b"
     r"[^.;:]{0,80}?\b(?:but\s+(?:with\s+)?no|without|free\s+of|lacking)\b|"
     # "One formula contained a fibre blend at 15 g/L; the other was the same formula with no fibre": the other arm's
     # product is the tested one without its active part (a food the animals always eat, "the same chow without the
     # drug", is an untreated diet, below)
     r"(?:the\s+)?(?:other|second|comparison|comparator|control)\s+(?:one\s+|arm\s+|group\s+)?(?:was|were|received|got|took|drank|used)\s+"
     r"(?:the\s+)?(?:same|identical)\s+(?:[\w-]+\s+)?" + _SAME_PRODUCT_WITHOUT + r"|"
     # "bathing with 2% chlorhexidine washcloths or with the same disposable washcloths without chlorhexidine": the
     # other arm, named right after "or"/"versus", is the tested product without its active part
     r"(?:\bor|versus|vs\.?|compared\s+(?:with|to))\s+(?:with\s+|to\s+)?(?:the\s+)?(?:same|identical)\s+(?:[\w-]+\s+){0,2}?"
     + _SAME_PRODUCT_WITHOUT,
     (("control", "placebo", STRONG),), False),
    # "or to matched vegetable-oil capsules", "versus identical-looking tablets": a look-alike product given
    # as the other arm is a placebo (only right after "or/versus/to", where the comparator is named)
    # ("or a matching bar of polyphenol-free white chocolate": a food made to look like the one under test)
    (r"(?:\bor|versus|vs\.?|compared\s+(?:with|to))\s+(?:to\s+)?(?:the\s+|an?\s+)?(?:matched|matching|identical(?:[- ]looking)?|look-?alike)\s+"
     r"(?:[\w-]+\s+){0,2}?(?:capsules?|tablets?|pills?|sachets?|softgels?|drinks?|powders?|bars?)\b|"
     # "a fifth group got sachets of the glucose filler alone": the sachet without the sweetener, i.e. its vehicle
     r"(?:sachets?|capsules?|tablets?|pills?|packets?|powders?)\s+(?:of|with|containing)\s+(?:only\s+)?(?:the\s+)?(?:[\w-]+\s+)?"
     r"(?:filler|excipients?|bulking\s+agent)\s+(?:alone|only)\b|"
     # "Control households got plain salt in the same unmarked packs": the product without its additive, dispensed to look
     # the same, a dummy matched in appearance ("metformin in identical packs" masks a drug: "plain" is needed)
     r"(?:plain|unfortified|unenriched|non-?fortified)\s+(?:[\w-]+\s+){1,2}?(?:in|from)\s+(?:the\s+)?(?:same|identical|matching|look-?alike)\s+"
     r"(?:[\w-]+\s+)?(?:packs?|packets?|packages?|packaging|bottles?|containers?|jars?|boxes?|tins?|sachets?|bags?|cartons?)\b",
     (("control", "placebo", STRONG),), False),
    # "the comparison arm received an established active dietary treatment rather than nothing"
    (r"(?:comparison|comparator|control)\s+(?:arm|group)\s+(?:received|was\s+given|got|followed|underwent)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?active\b|"
     # "The other half got the regular sugary version": the comparison had the ordinary product, the one under test
     # changed ("the other group got a placebo version", "the caffeine-free version" are dummies)
     r"(?:other|second|comparison|comparator|control)\s+(?:half|group|arm)s?\s+(?:got|received|was\s+given|were\s+given|drank|ate|took|used)\s+"
     r"(?:the|a|an)\s+(?!(?:[\w-]+\s+){0,2}?(?:placebo|dummy|sham|inactive|inert|look-?alike|[a-z]+-free)\b)"
     r"(?:regular|ordinary|normal|original|standard|usual|full)\b(?:[\w-]*\s+){1,2}?version\b",
     (("control", "active", STRONG),), False),
    # "The comparison group was told to follow a standard \"prudent\" diet": the comparison arm was set a diet of its
    # own, a regimen against a regimen (not "told to follow their usual diet", which is usual care)
    (r"(?:comparison|comparator|control)\s+(?:groups?|arms?)\s+(?:was|were)\s+(?:told|asked|instructed|advised|taught)\s+to\s+follow\s+"
     r"(?:an?|the)\s+(?!(?:usual|normal|habitual|regular|ordinary|typical|customary|own)\b)(?:[\w\"'“”-]+\s+){0,2}?"
     r"(?:diet|eating\s+plan|meal\s+plan|regimen)\b|"
     # "The comparison arm got advice to eat a low-fat diet": advice the trial itself gave, a regimen of its own
     r"(?:comparison|comparator|control)\s+(?:groups?|arms?)\s+(?:got|received|was\s+given|were\s+given)\s+(?:[\w-]+\s+)?"
     r"(?:advice|instructions?|counsell?ing|coaching|education)\s+(?:to|on\s+how\s+to)\s+(?:eat|follow|adopt|keep\s+to)\s+"
     r"(?:an?|the)\s+(?!(?:usual|normal|habitual|regular|ordinary|typical|customary|own)\b)(?:[\w\"'“”-]+\s+){0,2}?"
     r"(?:diet|eating\s+plan|meal\s+plan|regimen)\b",
     (("control", "active", STRONG),), False),
    # "gave each of six pairs a different treatment": every group treated, none untreated
    (r"(?:each|every)\s+(?:of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?(?:groups?|pairs?|arms?)\s+(?:received\s+|was\s+given\s+|got\s+)?a\s+different\s+"
     r"(?:treatment|remedy|drug|diet|intervention|regimen|therapy|dose|medication)",
     (("control", "active", STRONG), ("design", "controlled-trial", WEAK)), False),
    # "each ate two isoenergetic diets for 7 days in random order": everyone had every regimen in turn (a
    # crossover of diets or schedules, none of them a dummy), so one regimen is the other's comparator
    # ("ate all three test diets, one after another, ... in an order picked by lottery": the same, in plain words)
    # ("completed three one-month dietary phases in random order": each phase a diet of its own)
    (r"(?:two|three|four|both)\s+(?:[\w-]+,?\s+){0,3}?(?:diets|regimens|eating\s+(?:patterns|schedules)|meal\s+(?:patterns|plans|schedules)|"
     r"(?:dietary|diet)\s+(?:phases|periods))\b"
     r"(?=[^.;:]{0,80}?\b(?:in\s+(?:(?:a|the)\s+)?(?:random(?:ised|ized)?\s+(?:order|sequence)|turn)|one\s+after\s+(?:another|the\s+other)|"
     # "Each patient took two regimens for 10 weeks each, in an order assigned by chance": the random order in plain words
     r"in\s+(?:an?|the)\s+order\s+(?:assigned|allocated|chosen|decided|determined|set|drawn)\s+(?:by\s+(?:chance|lot|lottery)|at\s+random|randomly))\b)|"
     # "Each cluster was randomised to start with one strategy and switched to the other every three to five months": a
     # crossover of two ways of working, each one the other's comparator (a named dummy outranks it)
     r"(?:start|begin|started|began)\s+with\s+one\s+(?:strategy|approach|technique|method|device|regimen|protocol|policy)\s+"
     r"and\s+(?:then\s+)?(?:switch(?:ed)?|cross(?:ed)?\s+over|moved?|changed?)\s+to\s+the\s+other\b",
     (("control", "active", STRONG),), False),
    (r"active[- ](?:comparators?|controls?|controlled|treatment\s+controls?)|head[- ]to[- ]head|non[- ]?inferiority|(?:standard|reference|conventional)\s+(?:drug|medication|antibiotics?|agent|pharmacotherapy)"
     # "standard drug-abuse counselling": a compound naming the condition treated, not a reference drug
     r"(?![- ](?:abuse|use|misuse|dependence|addiction)\b)|"
     # "all comparisons are between active regimens": every arm was treated ("between active treatment and
     # placebo" sets one against a dummy)
     r"between\s+(?:the\s+)?(?:two\s+|three\s+|four\s+)?active\s+(?:regimens|treatments|drugs|arms|therapies|agents|groups)\b"
     r"(?!\s+(?:and|or|versus|vs\.?)\s+(?:a\s+|the\s+)?(?:placebo|sham|dummy))|"
     # "No PBO arm: both groups received an active drug, by design": every arm was treated ("all groups received an
     # active drug or placebo" names a dummy too)
     r"(?:both|all|the\s+two|each\s+of\s+the\s+(?:two|three|four))\s+(?:groups|arms)\s+(?:received|got|took|were\s+given)\s+"
     r"(?:an?\s+)?active\s+(?:drugs?|treatments?|medications?|therap(?:y|ies)|agents?|compounds?|regimens?)\b"
     r"(?!\s+(?:and|or|plus|with|versus|vs\.?)\s+(?:a\s+|the\s+|matching\s+)?(?:placebo|sham|dummy))|"
     # "though every comparator was an active resuscitation fluid", "all comparators were active drugs": a review's
     # comparators differed, but each was a treatment ("every comparator was an active drug or placebo" names a dummy)
     r"(?:every|each)\s+comparator\s+(?:arm\s+)?was\s+(?:an?\s+)?active\b(?![^.;]{0,40}?\b(?:or|and)\s+(?:a\s+)?(?:placebo|sham|dummy))|"
     r"all\s+(?:the\s+)?comparator(?:s|\s+arms)\s+were\s+active\b(?![^.;]{0,40}?\b(?:or|and)\s+(?:a\s+)?(?:placebo|sham|dummy))",
     (("control", "active", STRONG),), False),
    # "than the same exercise indoors", "took part in the same physical activity both outdoors and
    # indoors": each group does the activity, only the setting or route differs
    (r"(?:than|versus|vs\.?|compared\s+(?:with|to))\s+(?:doing\s+|performing\s+)?the\s+same\s+(?:[\w-]+\s+){0,2}?(?:activity|activities|exercises?|training|programmes?|programs?|interventions?|treatments?|therap(?:y|ies)|drugs?|medications?|doses?|regimens?)"
     r"(?!\s+(?:without|alone|only|minus|but\s+no|plus|with)\b)|"
     r"the\s+same\s+(?:[\w-]+\s+){0,2}?(?:activity|activities|exercises?|training|programmes?|programs?|interventions?|treatments?|drugs?|doses?)\s+both\s+(?:[\w-]+\s+){1,3}?and\s+[\w-]+|"
     # "A second group ... did identical exercise sessions in a cool room", "while cyclists doing the same exercise in a
     # cool room did not change": the other group did the same activity, only somewhere else
     r"(?:(?:second|other|another|comparison|control)\s+group\s+(?:of\s+(?:[\w-]+\s+){1,4}?)?(?:did|performed|completed|undertook)|"
     r"(?:while|whereas)\s+(?:[\w-]+\s+){1,3}?(?:doing|performing|who\s+did|who\s+performed))\s+(?:the\s+same|identical)\s+"
     r"(?:[\w-]+\s+)?(?:exercise|training|activity|workouts?)(?:\s+(?:sessions|bouts|programmes?|programs?))?\s+(?:in|at|outdoors|indoors)\b",
     (("control", "active", STRONG),), False),
    # "compared with an active recovery", "light cycling (active recovery)": the comparison group also did a
    # recovery routine, an active comparator rather than rest
    (r"(?:against|versus|vs\.?|than|compared\s+(?:with|to))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?active\s+recovery\b|"
     r"\(active\s+recovery(?=\))",
     (("control", "active", STRONG),), False),
    # "or to passive recovery without any garment", "compared with passive rest": the comparison group only rested
    (r"(?:\bor|versus|vs\.?|than|compared\s+(?:with|to))\s+(?:to\s+)?(?:an?\s+|the\s+)?passive\s+(?:recovery|rest)\b(?!\s+(?:or|and)\b)",
     (("control", "no-treatment", STRONG),), False),
    # "trials that compared two or more resuscitation fluids": every arm had one of the treatments compared
    # ("this randomised comparison of four popular diets": every arm followed one of the diets compared; "so this is a
    # three-way comparison of approaches": monitoring, surgery and radiotherapy, each a managed strategy)
    (r"(?:(?:compar(?:ed|ing|es)|comparison\s+of)\s+(?:two|three|four|two\s+or\s+more|several|different)|"
     r"(?:two|three|four|multi)[- ]way\s+comparison\s+of)\s+(?:[\w-]+\s+){0,2}?"
     r"(?:fluids|drugs|treatments|regimens|therapies|solutions|agents|medications|formulations|preparations|antibiotics|diets|"
     r"strategies|approaches)\b|"
     # "Two intensive insulin regimens were compared: 2,441 CSII users against 15,727 people on MDI": the same, passive
     r"(?:two|three|four|several|different)\s+(?:[\w-]+\s+){0,3}?(?:drugs|treatments|regimens|therapies|agents|medications|"
     r"formulations|diets|strategies)\s+(?:were|are)\s+compared\b|"
     # "trials comparing any artificial pancreas system with any other insulin-based treatment (CSII, SAP or MDI)": the
     # comparator is another treatment, whichever ("or with other treatments" after a first comparator mixes kinds, read
     # first from its "or"; "any other treatment or no treatment" names an untreated one too)
     r"(?:with|versus|vs\.?|against)\s+any\s+other\s+(?:[\w-]+\s+){0,2}?(?:treatments?|therap(?:y|ies)|regimens?|drugs?|"
     r"medications?|interventions?)\b(?!\s*,?\s+(?:or|and)\s+(?:no|placebo|sham|usual|standard)\b)|"
     # "GLP-1(7-37) was infused ... and compared with glucagon, with GLP-1(7-36)amide, and with GLP-2 and IP-2 at matched
     # concentrations": laboratory agents set against one another at the same strength, each of them given (not against
     # the vehicle, the medium or untreated tissue)
     r"compared\s+(?:with|to|against)\s+(?:(?!\b(?:vehicle|placebo|saline|solvent|dmso|buffer|medium|media|untreated|"
     r"controls?|sham)\b)[^.;:]){1,120}?\bat\s+(?:matched|equal|equimolar|equivalent|identical|the\s+same)\s+"
     r"(?:molar\s+)?concentrations\b",
     (("control", "active", STRONG),), False),
    # "than infants started later", "early versus late initiation": the same treatment begun at different times,
    # a comparison of regimens (both groups were treated; "than men who started later": the same rehab begun later)
    (r"(?:than|versus|vs\.?|compared\s+(?:with|to))\s+(?:those|patients|infants|neonates|children|adults|people|participants|ones|"
     r"men|women)\s+"
     r"(?:who\s+(?:were\s+)?)?(?:started|initiated|begun|began)\s+(?:on\s+(?:it|[\w-]+)\s+)?(?:later|late)\b|"
     r"early\s+(?:versus|vs\.?|or|and)\s+(?:late|later)\s+(?:start|starts|starting|initiation|administration|commencement)\b|"
     # "transfusion with 7-day-old or 42-day-old canine universal-donor blood", "fresh versus stored red cells": the same
     # blood product given at two storage ages, a comparison of regimens ("7-day-old mice" are animals, not blood)
     r"\d+[- ](?:day|week|hour)[- ]old\s+(?:or|and|versus|vs\.?)\s+\d+[- ](?:day|week|hour)[- ]old\s+"
     r"(?:(?!(?:were|was|is|are|had|got|given|received)\b)[\w-]+\s+){0,3}?"
     r"(?:blood|red[- ](?:blood\s+)?cells|erythrocytes|platelets|plasma)\b|"
     r"fresh(?:er)?\s+(?:or|versus|vs\.?)\s+(?:older|stored|standard[- ]issue)\s+(?:[\w-]+\s+){0,2}?"
     r"(?:blood|red[- ](?:blood\s+)?cells|erythrocytes|platelets|plasma)\b|"
     # "trials comparing delayed clamping (at least 30 seconds) with early clamping": one procedure done at two times, each
     # arm given it ("compared early deaths with late deaths" sets outcomes side by side, not arms)
     r"(?:compar(?:ing|ed|es)|comparison\s+of)\s+(?:delayed|deferred|late|early|immediate)\s+"
     r"(?!(?:deaths?|events?|complications?|outcomes?|mortality|recurrences?|results?|effects?|onset|disease|stages?|phases?|"
     r"responses?|signs?|symptoms?)\b)[\w-]+\s+(?:\([^()]{0,60}\)\s+)?(?:with|to|versus|vs\.?|and)\s+(?:early|immediate|delayed|deferred|late)\s+"
     r"(?!(?:deaths?|events?|complications?|outcomes?|mortality|recurrences?|results?|effects?)\b)[\w-]+",
     (("control", "active", STRONG),), False),
    # "about three times as likely to need an early revision as knees given the patient's own patellar tendon": the
    # comparison group named by the treatment it was given, one treatment against another (weak: a word naming the
    # comparator outright decides; not "than those given placebo", "given nothing", "than those not given it")
    (r"(?:\bas|than)\s+(?:those|patients|people|participants|knees|hips|shoulders|elbows|ankles|eyes|teeth)\s+"
     r"(?:given|treated\s+with|receiving|who\s+(?:received|were\s+given))\s+"
     r"(?!(?:[\w-]+\s+)?(?:no|placebos?|sham|nothing|none|usual|standard|routine|dummy|vehicle|saline|only|alone)\b)"
     r"(?:the\s+|an?\s+)?[\w'’-]+",
     (("control", "active", WEAK),), False),
    # "dose-comparison trial (400 vs 4,000 IU)": each group is given the treatment; the lower dose is the comparator
    # "a double-blind trial with three arms of dose", "two dose arms": arms that differ only by dose
    (r"dose[- ]comparison|dose[- ]ranging\s+(?:trial|study)|(?:two|three|four|different)\s+doses\s+(?:were\s+)?compared|"
     r"(?:two|three|four|five|2|3|4|5)\s+(?:arms|groups)\s+of\s+(?:different\s+)?(?:dose|doses|dosage|dosing)\b|"
     r"(?:two|three|four|five|2|3|4|5)\s+(?:dose|dosage|dosing)\s+arms\b",
     (("control", "active", STRONG),), False),
    # "12 at a low dose (1 g/day) and 12 at a high dose (5 g/day)", "assigned to a low dose or a high dose": two
    # groups that differ by dose alone, so the lower dose is the comparator (not "started at a low dose and
    # titrated to a high dose", one group)
    (r"\d[\d,]*\s+(?:(?:were|was)\s+)?(?:at|on|received|receiving|took|taking|given)\s+(?:a|the)\s+(?:low(?:er)?|high(?:er)?)[- ]dose\b"
     r"[^.;]{0,60}?\b(?:and|or|versus|vs\.?|while|whereas)\s+\d[\d,]*\s+(?:(?:were|was)\s+)?(?:at|on|received|receiving|took|taking|given)\s+"
     r"(?:a|the)\s+(?:low(?:er)?|high(?:er)?)[- ]dose\b|"
     # ("assigned to a lower target range (85–89%) or a higher one (91–95%)": two targets of one treatment, set the same way)
     r"(?:assigned|allocated|randomi[sz]ed)\s+to\s+(?:a|the)\s+(?:low(?:er)?|high(?:er)?)(?:[- ]dose|\s+(?:[\w-]+\s+)?(?:targets?|ranges?|thresholds?))\b"
     r"[^.;]{0,60}?\b(?:or|versus|vs\.?)\s+"
     r"(?:to\s+)?(?:a|the)\s+(?:low(?:er)?|high(?:er)?)(?:[- ]dose|\s+(?:[\w-]+\s+)?(?:targets?|ranges?|thresholds?)|\s+one)\b",
     (("control", "active", STRONG),), False),
    # "a systolic target below 120 mm Hg (intensive) or below 140 mm Hg (standard)", "Intensive versus Standard
    # Blood-Pressure Control": two treatment targets of one strategy, a comparison of regimens (not "intensive care")
    # (the second target said with nothing but "a target" before it: "a target below 140 or a diastolic below 90" is one
    # target of two pressures)
    (r"targets?\s+(?:of\s+)?(?:below|under|less\s+than|<)\s*\d[^.;]{0,60}?\bor\s+(?:to\s+)?(?:an?\s+|the\s+)?"
     r"(?:targets?\s+(?:of\s+)?)?(?:below|under|less\s+than|<)\s*\d+|"
     r"(?:intensive|tight|strict|aggressive)\s+(?:versus|vs\.?|or)\s+(?:standard|conventional|usual|less\s+intensive)\s+"
     r"(?:[\w-]+\s+){0,2}?(?:control|targets?|lowering)\b",
     (("control", "active", STRONG),), False),
    # "the very low dose was intended to serve as the comparison", "a minimal dose served as the control": a low dose
    # of the same drug is the comparator, a comparison of doses (not an inactive placebo)
    (r"(?:low(?:er)?|very\s+low|minimal|sub-?therapeutic|token)[- ]dose\s+(?:[\w-]+\s+){0,4}?(?:serve[ds]?|acted|acts?|was\s+used|were\s+used)\s+"
     r"as\s+(?:the\s+|an?\s+)?(?:active\s+)?(?:comparison|comparator|control)\b",
     (("control", "active", STRONG),), False),
    # "the doses were only compared with each other": the groups differ by dose alone, so a dose is the comparator
    (r"doses\s+(?:were|are)\s+(?:only\s+|just\s+|simply\s+)?compared\s+(?:only\s+)?(?:with|to|against)\s+(?:each\s+other|one\s+another)",
     (("control", "active", STRONG), ("design", "controlled-trial", WEAK)), False),
    # "each took single doses of 100, 300 and 1,000 mg in a crossover": every person had every dose, so
    # the doses are compared with one another (a dose escalation across people names no crossover)
    (r"doses\s+of\s+\d[\d,.]*(?:\s*(?:mg|g|µg|mcg|iu)(?:/kg)?)?(?:\s*,\s*\d[\d,.]*(?:\s*(?:mg|g|µg|mcg|iu)(?:/kg)?)?)*,?\s+(?:and|or)\s+"
     r"\d[\d,.]*\s*(?:mg|g|µg|mcg|iu)(?:/kg)?\b[^.;]{0,60}?\bcross[- ]?over",
     (("control", "active", STRONG), ("design", "controlled-trial", WEAK)), False),
    # "than calorie restriction alone", "versus the same exercise programme only": the comparator is a
    # regimen the trial itself delivers (diet, fasting, exercise), an active intervention without the add-on;
    # "the ten products plus the multivitamin versus the multivitamin alone": a supplement the protocol gave both arms
    # ("than those who had the programme alone": the people named, then "the programme" the trial gave both arms)
    (r"(?:than|versus|vs\.?|compared\s+(?:with|to))\s+(?:(?:those|patients|participants|people)\s+(?:who\s+(?:had|received|did|followed|got)|"
     r"given|receiving|doing)\s+)?(?:the\s+)?(?:same\s+)?(?:daily\s+)?(?:(?:calori(?:e|c)|energy)\s+restriction|"
     r"multi-?vitamins?(?:(?:/|\s+and\s+|-)minerals?)?(?:\s+(?:tablets?|pills?|capsules?|supplements?))?|"
     r"(?:intermittent|alternate[- ]day|periodic)\s+fasting|(?:supervised\s+)?(?:exercise|training|diet(?:ary)?|weight[- ]loss)\s+(?:programmes?|programs?|regimens?|interventions?)|"
     # "lowered blood pressure more than lifestyle advice alone": advice the trial gave both arms
     r"lifestyle\s+(?:advice|recommendations|counsell?ing|programmes?|programs?|interventions?)|"
     r"(?:\d+-week\s+)?(?:programmes?|programs?))\s+(?:alone|only)\b|"
     # "the other 59 carried on with the physiotherapy programme alone" (after "Everyone received the same structured
     # physiotherapy programme"): the trial's own programme without the add-on ("continued with the standard training
     # alone" is usual care, below)
     r"(?:carried\s+on|continued|kept\s+on|went\s+on)\s+with\s+(?:the\s+|their\s+)?(?:same\s+)?"
     r"(?:(?!(?:standard|usual|routine|conventional|normal|regular|ordinary)\b)[\w-]+\s+){0,2}?(?:programmes?|programs?|regimens?)\s+(?:alone|only)\b|"
     # "Everyone, operated or not, received the same optimised physical and medical therapy": a programme the trial gave
     # every arm, the tested treatment added in one ("the same usual care" is care they would get anyway: usual care)
     # ("All 48 received the same lifestyle recommendations from the study team": all, counted, given the same advice)
     r"(?:everyone|everybody|both\s+(?:groups|arms)|all\s+\d[\d,]*|all\s+(?:participants|patients|subjects)),?\s+"
     r"(?:(?:whether\s+)?[\w-]+\s+or\s+not\s*,\s+)?(?:received|had|got|followed)\s+"
     r"the\s+same\s+(?!(?:[\w-]+\s+){0,3}?(?:standard|usual|routine|conventional|normal|regular|ordinary)\b)(?:[\w-]+\s+){0,4}?"
     r"(?:programmes?|programs?|therapy|physiotherapy|rehabilitation|exercises?|training|"
     r"(?:lifestyle|dietary|diet|exercise)\s+(?:advice|recommendations|counsell?ing))\b",
     (("control", "active", STRONG),), False),
    # "EPA added to statin therapy versus statin therapy alone": the comparator is the standard treatment;
    # "compared with the same treatment without melatonin": the background treatment without the add-on
    # "compared with those who received the standard hydroxychloroquine–azithromycin regimen without zinc"
    (r"(?:versus|vs\.?|compared\s+with|compared\s+to)\s+(?:(?:those|patients|participants|people|adults|children|women|men)\s+"
     r"(?:who\s+(?:received|were\s+given|took|had)|given|receiving|on)\s+)?(?:the\s+)?(?:[\w–-]+\s+){0,3}?(?:therapy|treatment|care|medication|regimen)\s+"
     r"(?:alone|without\s+(?:the\s+|added\s+)?(?!(?:any|treatment|therapy|intervention|drugs?|medications?)\b)[\w-]+)",
     (("control", "usual-care", STRONG),), False),
    # "The control group received the same standard resuscitation without vitamin C": the comparison arm kept the
    # standard care (whatever its name) without the add-on, i.e. usual care alone
    (r"(?:control|comparison|comparator)\s+(?:groups?|arms?)\s+(?:\(\s*n\s*=\s*\d[\d,]*\s*\)\s+)?(?:received|was\s+given|were\s+given|got|had)\s+"
     r"(?:the\s+)?(?:same\s+)?(?:standard|usual|routine|conventional)\s+(?:[\w-]+\s+){1,3}?(?:alone|only|without)\b",
     (("control", "usual-care", STRONG),), False),
    # "compared with usual or higher saturated fat intake", "a typical American control diet", "the control diet
    # (typical US intake)": the comparison went on eating as people usually do
    # ("a control diet typical of what Americans eat": the same said after the noun, without the bracket)
    (r"(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:an?\s+|the\s+|their\s+)?(?:usual|typical|habitual)\s+(?:or\s+[\w-]+\s+)?"
     r"(?:[\w-]+\s+){0,3}?(?:intakes?|diets?|eating)\b|"
     r"(?:typical|usual|habitual)\s+(?:[\w-]+\s+){0,2}?control\s+diets?\b|control\s+diets?\s*\(\s*(?:an?\s+)?(?:typical|usual|habitual)\b|"
     r"control\s+diets?,?\s+(?:typical|representative)\s+of\b",
     (("control", "usual-care", STRONG),), False),
    # "randomised to the fasting diet or their regular diet": the other arm was allocated to go on eating as it
    # always had (a possessive, so an arm of its own, not "a diet or a drink" the trial hands out)
    (r"or\s+(?:to\s+)?(?:continue\s+(?:with\s+)?)?(?:their|his|her)\s+(?:usual|regular|normal|habitual|typical|ordinary)\s+"
     r"(?:[\w-]+\s+)?(?:diets?|eating|intakes?|food)\b|"
     # "one week eating a diet of organic food and one week eating their usual conventional diet": a crossover period
     # spent on the diet people always eat (not "all participants kept eating their usual diet", said of everyone)
     r"(?:weeks?|months?|days?|periods?|phases?)\s+(?:of\s+)?(?:eating|on|following|consuming)\s+(?:their|his|her)\s+"
     r"(?:usual|regular|normal|habitual|typical|ordinary)\s+(?:[\w-]+\s+)?(?:diets?|food)\b",
     (("control", "usual-care", STRONG),), False),
    # "16 sites were randomized to the programme and 15 to continue their usual practices": a counted group
    # allocated to carry on with its ordinary routine (not "all were asked to continue ...")
    (r"(?:\d[\d,]*|others|the\s+rest|the\s+remainder)\s+(?:(?:were|was)\s+)?(?:(?:randomi[sz]ed|assigned|allocated)\s+)?"
     r"to\s+(?:continue|keep|maintain)\s+(?:with\s+)?(?:its|their)\s+(?:usual|normal|regular|ordinary|customary|existing|standard|current)\s+"
     r"(?:[\w-]+\s+)?(?:practices?|routines?|care|procedures|services?|management)\b|"
     # "64 were converted to sirolimus; 56 continued their usual calcineurin-inhibitor immunosuppression": a counted
     # group that stayed on the medication it already had (not "All 120 continued their usual medication", said of
     # everyone, nor "Patients continued their usual medication", no group counted)
     r"(?:(?<!all\s)\d[\d,]*|others|the\s+rest|the\s+remainder)\s+(?:(?:patients|participants)\s+)?(?:continued|stayed\s+on|remained\s+on)\s+"
     r"(?:on\s+|with\s+)?(?:its|their)\s+(?:usual|current|existing|regular|standard)\s+(?:[\w-]+\s+){0,2}?"
     r"(?:medications?|medicines?|treatments?|therap(?:y|ies)|drugs?|regimens?|immunosuppression)\b",
     (("control", "usual-care", STRONG),), False),
    # "conventional ambulance alone, i.e. usual emergency care": usual care of a kind; "Conventional (standard)
    # medical therapy" against surgery is the care such patients get anyway; "a control ward giving standard hospital
    # clinical care": standard care named with two words between
    (r"usual[- ]care|usual\s+[a-z-]+\s+care|standard[- ]of[- ]care|standard[\s-]+(?:medical\s+)?(?:care|treatment|therapy)|standard\s+(?:[a-z-]+\s+){1,2}?care|routine\s+(?:care|treatment)|conventional\s+(?:\((?:standard|usual)\)\s+)?(?:medical\s+)?(?:treatment|therapy|care)|best\s+supportive\s+care|treatment\s+as\s+usual|usual\s+(?:treatment|therapy)|basic\s+(?:therapy|treatment|care)|"
     # "411 to the conventional policy — continued usual dietary management", "compared with conventional dietary
     # management": the care such patients get anyway, named as their management
     r"(?:usual|conventional|standard)\s+(?:[a-z-]+\s+)?management\b|"
     # "the control group, who received breast milk alone as standard feeding": the comparison had only what such patients
     # get anyway, named as the standard ("All infants received breast milk as standard feeding" has no "alone": given to all)
     r"(?:alone|only)\s+as\s+(?:the\s+|their\s+)?(?:standard|usual|routine)\s+(?:feeding|feeds|diet|care|practice|treatment)\b|"
     # "or started fertility care promptly as clinics would usually offer", "conventional IVF, in which embryologists
     # choose embryos by how they look, as clinics normally do": the comparison got what the clinics give anyway
     # (the carers are named: "kept sleeping as they normally did" is people left alone, below)
     r"as\s+(?:clinics|clinicians|hospitals|doctors|physicians|practices|units|centres|centers|surgeons|midwives|nurses|"
     r"embryologists)\s+(?:would\s+)?(?:usually|normally|routinely|ordinarily|typically)\s+(?:do|did|offer|offered|provide|"
     r"provided|practise|practice|treat)\b|"
     # "the other hospital continued its normal diet": the comparison kept the usual regime
     # ("the other 13 stayed on the ordinary colony diet": the food named by where it is served)
     r"(?:continued|kept|maintained|remained\s+on|stayed\s+on)\s+(?:with\s+)?(?:its|their|the|his|her)\s+(?:normal|usual|ordinary|customary|regular)\s+"
     r"(?:hospital\s+|colony\s+|laboratory\s+|lab\s+|home\s+|school\s+|household\s+)?(?:diet|food|meals|menus?|care)|"
     # "29 schools continued their usual smoking education": the comparison schools kept their ordinary teaching
     r"(?:continued|kept|maintained)\s+(?:with\s+)?(?:its|their)\s+(?:normal|usual|ordinary|customary|regular|existing|standard)\s+"
     r"(?:[\w-]+\s+){0,2}?(?:education|lessons|teaching|classes|curricul(?:um|a)|instruction)\b|"
     # "18 clusters (69 people) carrying on with usual practice": the comparison went on with what it did anyway
     # ("as part of usual practice" is a setting, read by the blocker first)
     # ("five control hospitals ... carried on with their standard surgical practice": standard practice is the same)
     r"(?:carrying|carried|going|went|continuing|continued)\s+on\s+with\s+(?:its\s+|their\s+)?(?:usual|normal|ordinary|customary|existing|standard)\s+"
     r"(?:[\w-]+\s+)?(?:practices?|routines?|care)\b|continu(?:ing|ed)\s+with\s+(?:its\s+|their\s+)?(?:usual|normal|ordinary|customary|existing)\s+"
     r"(?:[\w-]+\s+)?(?:practices?|routines?)\b|"
     # "On even-numbered days crews worked as they always had ... (the control group)": the people giving care went on
     # practising as before, which is usual care (participants who "carried on as usual" went without: no-treatment, below)
     r"(?:worked|practi[sc]ed|operated)\s+as\s+(?:they|it|he|she)\s+(?:always|usually|normally|ordinarily)\s+(?:had|did|do|would\s+have)\b|"
     # "Until its step, each ward continued routine practice": a stepped-wedge cluster went on with what it did anyway
     # until it crossed over ("continued the intervention as routine practice" keeps something else)
     # ("Clusters not yet on the checklist continued their usual perioperative practice": one word naming the practice)
     r"continu(?:ing|ed|es)\s+(?:with\s+)?(?:its\s+|their\s+)?(?:routine|usual|normal|existing)\s+(?:[\w-]+\s+)?practices?\b|"
     # "eleven continued functioning as usual, with their existing cardiac arrest arrangements": services (hospitals,
     # wards, clinics) that went on running as before gave the care they always had (people who "carried on as usual"
     # went without: no-treatment, below)
     r"(?:continued|continuing|carried\s+on|carrying\s+on|kept)\s+(?:functioning|operating|running)\s+as\s+(?:usual|normal|before|always)\b|"
     # "daily sunscreen ... vs discretionary sunscreen use", "the discretionary-use group": the comparison used the
     # product as and when it chose, as it would anyway (not "discretionary use of rescue medication was allowed")
     r"(?:\bor|versus|vs\.?|against|compared\s+(?:with|to))\s+(?:to\s+)?(?:the\s+|their\s+)?discretionary\s+(?:[\w-]+\s+){0,2}?"
     r"(?:use|application|intake)\b|discretionary[- ](?:use\s+)?(?:groups?|arms?)\b|"
     # "Controls continued their usual medication alone": the comparison kept its existing treatment only
     # ("15 control harvesters continued with the standard, legally required pesticide safety training alone": the
     # training they would get anyway, several words between; "controls continued these usual asthma medicines alone":
     # the medicines both groups used, named just before)
     r"(?:continued|kept|maintained|remained\s+on|stayed\s+on)\s+(?:with\s+)?(?:its|their|the|his|her|these|those)\s+(?:usual|regular|existing|current|normal|standard)"
     r"(?:\s+(?:[\w-]+\s+)?(?:medications?|medicines?|treatments?|therap(?:y|ies)|drugs?|care)|,?\s+(?:[\w-]+,?\s+){0,4}?"
     r"(?:training|education|instruction|advice|counsell?ing))\s+(?:alone|only|without)\b|"
     # "randomised 2:1 to a CGM (n = 105) or to continued SMBG as the standard arm": the arm that went on with what it
     # already used, named as the comparison ("continued treatment as planned" names no arm)
     r"continu(?:ed|ing)\s+(?:with\s+|on\s+)?(?:its\s+|their\s+)?(?:[\w-]+\s+){1,3}?as\s+(?:the\s+)?(?:standard|usual|control|comparison)\s+"
     r"(?:arm|group|condition)\b|"
    # "The probands of the "no oral care" group did not receive this programme; they continued their customary oral
    # hygiene": the group left out of the trial's programme went on with what it did anyway (not "did not receive this
    # programme; they continued to decline", an outcome); read from "control group" when the group is named so, where
    # it starts with the untreated cue "control group did not receive" below and wins as the earlier cue
    r"(?:(?:control|comparison)\s+(?:groups?|arms?)\s+)?did\s+not\s+(?:receive|get|have|take\s+part\s+in)\s+"
    r"(?:this|the|that|any\s+such)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:programmes?|programs?|interventions?|treatment|care|training|sessions)\s*[;,]?\s+(?:but\s+|and\s+)?(?:they\s+|instead\s+)*"
    r"(?:continued|kept\s+up|kept\s+on\s+with|carried\s+on\s+with|went\s+on\s+with)\s+(?:with\s+)?(?:its|their|his|her)\s+"
    r"(?:usual|customary|habitual|normal|regular|ordinary|existing|own)\b|"
     # "the fourth group simply kept to their usual warm showers": a group (not everyone, as in "all were
     # asked to keep to their usual diet") that went on with its usual routine is the usual-care comparison
     # ("the control group kept to their usual diet": read from "control", which the plain control cue would take)
     # ("The control teams (481 players) simply carried on with their usual training": a cluster trial's control teams,
     # their head count in brackets)
     r"(?:(?:(?:control|comparison)\s+)?(?:groups?|arms?|controls)|(?:control|comparison)\s+(?:teams|clubs|squads))"
     r"(?:\s*\([^()]{1,40}\))?,?\s+(?:simply\s+|just\s+|only\s+|merely\s+)?(?:kept|stuck|held|continued|carried\s+on)\s+"
     r"(?:to|with)\s+(?:its|their)\s+(?:usual|normal|habitual|regular|ordinary|customary)\b|"
     # "the other group (CON) kept their usual training and dietary habits": the other arm, its label in brackets, went
     # on as it always had (the other or control arm only: "both groups kept their usual diet" is said of everyone)
     r"(?:other|control|comparison)\s+(?:groups?|arms?)\s+(?:\([^()]{1,20}\)\s+)?(?:simply\s+|just\s+)?(?:kept|continued|maintained)\s+"
     r"(?:to\s+|with\s+)?(?:its|their)\s+(?:usual|normal|habitual|regular|ordinary|customary)\s+(?:[\w-]+\s+(?:and\s+)?){0,3}?"
     r"(?:diets?|habits|training|eating|food|meals|routines?|lifestyles?)\b|"
     # "Controls simply got their normal diabetes and weight care": the comparison had the care it would have had anyway
     r"(?:(?:control|comparison)\s+)?(?:groups?|arms?|controls),?\s+(?:simply\s+|just\s+|only\s+|merely\s+)?(?:got|received|had)\s+"
     r"(?:its|their)\s+(?:usual|normal|regular|ordinary|customary)\s+(?:[\w-]+\s+){0,3}?(?:care|treatment|management)\b|"
     # "in the other 300, residents carried on using their regular salt", "the remaining wards kept on serving their
     # usual meals": the other arm went on using what it always had (not "all participants carried on ...")
     r"(?:other|remaining|control|comparison)\s+(?:[\w-]+\s*,?\s+){0,3}?(?:carried\s+on|kept\s+on|went\s+on|continued)\s+"
     r"(?:using|eating|taking|drinking|serving|cooking\s+with)\s+(?:its|their|his|her)\s+(?:usual|normal|habitual|regular|ordinary|customary)\b|"
     # "Convicts on the camp's regular diet served as concurrent controls": the controls were those eating as they always
     # had (an animal group on its ordinary food is untreated, decided in the control rules)
     # ("G93A mice on the ordinary, unsupplemented diet served as comparison": a second word for the food, after a comma)
     r"(?:on|eating)\s+(?:the\s+|their\s+|its\s+)?(?:[\w'’-]+\s+)?(?:usual|regular|normal|ordinary|habitual|customary)\s*"
     r"(?:,\s*[\w-]+\s+|\s)(?:diets?|food|meals|chow)\s+(?:served|acted|(?:were|was)\s+used)\s+as\s+(?:the\s+)?(?:[\w-]+\s+)?(?:controls?|comparison|comparators?)\b|"
     # "Control group (n = 26): four weeks at a convalescent home, eating their ordinary diet throughout": the control
     # group, described after its head count, went on eating as it always had (not "both groups ate their usual diet")
     r"(?:control|comparison)\s+(?:groups?|arms?)\b[^.;]{0,80}?\b(?:eating|ate|kept\s+eating|continued\s+eating|"
     r"continuing\s+to\s+eat|stayed\s+on|remained\s+on)\s+(?:its|their|his|her)\s+(?:usual|regular|normal|ordinary|habitual|"
     r"customary)\s+(?:[\w-]+\s+)?(?:diets?|food|meals)\b|"
     # "mice on a standard diet, the standard diet with resveratrol": one group on the ordinary food, another on the same
     # food with the compound added (an animal group so left is untreated, decided in the control rules; not "fed a
     # standard diet with free access to water", one food for all)
     r"(?:standard|basal|regular|normal|ordinary)\s+(?:diet|chow|food|feed)\s*(?:,|\bor\b|\band\b)\s*(?:(?:or|and|on)\s+)?(?:the\s+|a\s+)?"
     r"(?:(?:same|standard|basal|regular|normal|ordinary)\s+)+(?:diet|chow|food|feed)\s+(?:(?:supplemented|enriched|mixed)\s+)?with\b|"
     # "The other half were told to change nothing and keep their usual diet": the other arm was told to go on as before
     # (not "all were asked to keep their usual diet", said of everyone)
     r"(?:other|remaining|control|comparison)\s+(?:[\w-]+\s+){0,2}?(?:were|was)\s+(?:told|asked|instructed|advised)\s+to\s+"
     r"(?:(?:change|do)\s+nothing\s+(?:and|but)\s+)?(?:keep|continue|maintain|stick\s+(?:to|with)|stay\s+on)\s+(?:with\s+|to\s+)?"
     r"(?:its|their|his|her)\s+(?:usual|normal|habitual|regular|ordinary|customary)\s+(?:[\w-]+\s+)?"
     r"(?:diets?|eating|food|meals|care|routines?|lifestyles?|habits)\b|"
     # "Control schools kept their usual timetable", "control schools (1,316 students) kept ...": comparison units
     # (schools, wards, practices) that went on with their ordinary routine, their count in brackets or not
     r"(?:control|comparison)\s+(?:schools|classes|classrooms|wards|practices|clinics|hospitals|villages|communities|sites|units|"
     r"centres|centers|homes|workplaces|groups|arms)\s+(?:\([^()]{1,40}\)\s+)?(?:simply\s+|just\s+)?(?:kept|continued|maintained|followed|retained)\s+"
     r"(?:with\s+)?(?:its|their)\s+(?:usual|normal|regular|ordinary|customary|existing|standard)\s+"
     r"(?:timetables?|schedules?|routines?|curricul(?:um|a)|lessons|activities|practices?|programmes?|programs?|procedures)\b",
     (("control", "usual-care", STRONG),), False),
    # "a no-treatment control group", "sedentary control housing" (an exercise study's animals or people that
    # did not train); read with its negation, so "No true no-intervention control" names none; "a no-contact control
    # group that received no training at all and was only tested": the hyphened compound names what the group went
    # without, it does not deny the group
    (r"(?:no[- ](?:treatment|intervention)|no-(?:contact|training|exercise))\s+(?:control|group|arm|condition)s?|sedentary[- ](?:[\w-]+\s+)?controls?\b",
     (("control", "no-treatment", STRONG), ("design", "controlled-trial", WEAK)), False),
    # "Comparator schools received no sanitiser and no other intervention": the product under test denied, then any
    # other intervention too (an untreated comparison; "received no sanitiser" alone may still have had usual care)
    # ("Caco-2 monolayers exposed to gliadin vs untreated monolayers": cells grown as one layer, left untreated)
    # ("258 TXA patients and 258 non-treated controls made up the matched cohorts": the same word with "non-")
    (r"(?:received|receiving|given|got)\s+no\s+[\w-]+\s+(?:and|or|nor)\s+no\s+(?:other\s+)?(?:treatment|intervention|therapy)\b|"
     r"left\s+untreated|untreated\s+(?:[\w-]+\s+){1,2}?(?:served|acted|was\s+used|were\s+used)\s+as\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:controls?|comparison|comparators?|reference)\b|(?:untreated|non-?treated)\s+(?:as\s+)?(?:[\w-]+\s+)?(?:controls?|groups?|arms?|animals|rats|mice|worms|flies|embryos|larvae|fish|monkeys|dogs|cells|cultures|monolayers|[a-z]*cytes|neurons|fibroblasts|myotubes|macrophages|islets|organoids|explants|slices|wells|patients|people|men|women|children|comparators?|comparisons?|subjects|individuals|persons|adults|participants|volunteers|periods?|phases?)|or\s+without\s+(?:the\s+)?(?:peptide|drug|compound|agent|treatment|supplement|hormone|factor|pre-?treatment|co-?treatment)|wait(?:ing)?[- ]?list(?:ed)?|(?:received|receiving|given|got|with)\s+no\s+(?:\w+\s+)?(?:treatment|intervention|supplement\w*|therapy|injections?|programmes?|programs?|peptides?|drugs?|compounds?|agents?|extracts?|coaching|counsell?ing|training|advice)|(?:given|received|receiving|got|drank|drinking|with)\s+(?:plain|regular|normal|ordinary|tap|untreated)\s+(?:drinking\s+)?water|(?:same|identical|matched|basal|control|standard)\s+(?:diet|chow|food|feed|medium|water)(?:\s+(?:and|or)\s+(?:diet|chow|food|feed|water))?(?:\s+ad\s+libitum)?\s+without|(?:received|receiving|given|got)\s+nothing|"
     # "followed against STZ-diabetic mice that received no implant": the group given none of the implanted cells, graft
     # or device under test ("patients with no graft rejection" is an outcome: the verb of giving is needed)
     r"(?:received|receiving|given|got)\s+no\s+(?:[\w-]+\s+)?(?:implants?|transplants?|grafts?)\b"
     r"(?!\s+(?:failures?|rejections?|loss|complications?|infections?|removals?)\b)|"
     # "No placebo — the comparison babies simply had nothing": the other arm had nothing given (not "had nothing to do
     # with", "had nothing in common")
     r"(?:comparison|control|other|remaining)\s+(?:[\w-]+\s+){0,2}?had\s+nothing\b(?!\s+(?:to|in|but|else|more|of)\b)|"
     # "150 women had a Pipelle aspiration ... 150 women had nothing done in that cycle": a counted group that was given
     # nothing, or that "did not take any iodine supplement" (not "30 women in the iodine group did not take any
     # tablets", a lapse in one arm: the count is right before its people)
     r"\d[\d,]*\s+(?:[\w-]+\s+){0,2}?had\s+nothing\s+(?:done|given)\b|"
     r"\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:did\s+not|didn['’]t)\s+(?:take|receive|get|use)\s+any\s+(?:[\w-]+\s+)?"
     r"(?:supplements?|supplementation|treatment|therapy|medication|drugs?|tablets|capsules)\b|(?:contemporary|contemporaneous|concurrent)\s+(?:[\w-]+\s+){0,3}?(?:controls?|comparators?|comparisons?|users|non-?users|cohort|group)|observation[- ]only|(?:un|non-?)supplemented\s+(?:[\w-]+\s+){0,2}?(?:controls?|groups?|arms?|participants|patients|adults|subjects|wom[ae]n|m[ae]n|mothers|pregnancies)|controls?\s+(?:were|was)\s+(?:[\w-]+\s+){0,3}?without\s+(?:any\s+)?(?:supplementation|supplements?|treatment|therapy|intervention)|(?:observed|followed|monitored|managed)\s+without\s+(?:any\s+)?(?:treatment|therapy|intervention|the\s+drug)|"
     r"(?:residents|patients|participants|people|those|subjects|adults|individuals|women|men|children)\s+not\s+(?:supplemented|treated)(?!\s+with)|"
     # "each patient's rate during periods off medication", "hazard ratio, on vs off medication": the same people's
     # untreated periods are the comparison (a within-person cohort or an on-off design)
     r"(?:periods?|phases?|spells?|intervals?)\s+(?:when\s+(?:[\w-]+\s+){1,2}?(?:were|was)\s+)?off\s+(?:the\s+|their\s+)?"
     r"(?:[\w-]+\s+)?(?:medications?|medicines?|treatment|therapy|drugs?)\b|"
     # "compared ... with periods in which no NSAID was being taken": the same, said with "no"
     r"(?:periods?|phases?|spells?|intervals?)\s+(?:in\s+which|during\s+which|when)\s+no\s+(?:[\w-]+\s+){1,2}?(?:was|were)\s+"
     r"(?:being\s+)?(?:taken|used|given|received|prescribed|administered|dispensed)\b|"
     # "control exercise tests without any fatty acid", "control runs without the drug": the same animals or
     # preparations tested with nothing given (an on-off comparison)
     r"control\s+(?:[\w-]+\s+){0,2}?(?:tests?|runs?|experiments?|sessions?|trials?|periods?|infusions?|exposures?|measurements?)\s+"
     r"without\s+(?:any\s+[\w-]+|(?:the\s+)?(?:drug|compound|agent|treatment|infusion|supplement|extract))\b|"
     r"on\s+(?:vs\.?|versus|and|or|compared\s+with)\s+off\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?(?:medications?|medicines?|treatment|therapy|drugs?)\b|"
     # "Control group did not receive the preparation", "the control arm didn't get any dietary prescription":
     # the group exists and went without (not a denied control group)
     r"control\s+(?:groups?|arms?|subjects|patients|participants|persons|animals)\s+(?:did|does|do)\s+not\s+(?:receive|get|take|undergo)\b|"
     # "formed the comparison group; they did not diet", "the comparison arm did not exercise": the
     # comparison group went without the regimen itself
     r"(?:comparison|comparator|control)\s+(?:groups?|arms?)(?:\s*[;,]\s*they)?\s+(?:did|does|do)\s+not\s+(?:diet|fast|exercise|train)\b|"
     # "the control group (n = 121) received no vitamin K2": the group was given nothing, whatever it lacked
     # ("67 control patients received no earplugs": the control group named by its members)
     r"control\s+(?:groups?|arms?|patients|participants|subjects|volunteers|adults|children|infants|women|men|animals|mice|rats)\s+"
     r"(?:\(\s*n\s*=\s*\d[\d,]*\s*\)\s+)?(?:received|was\s+given|were\s+given|got|took)\s+no\s+(?!(?:placebo|sham|dummy|more|less|fewer)\b)|"
     # "One group of pups had Bifidobacterium infantis added ...; the other formula-fed, stressed pups were given no
     # bifidobacteria": the other group, named by what its members are, given nothing of the product
     r"\bother\s+(?:[\w-]+,?\s+){0,3}?(?:pups|animals|mice|rats|babies|infants|children|patients|participants|groups?|arms?)\s+"
     r"(?:were|was)\s+given\s+no\s+(?!(?:placebo|sham|dummy|more|less|fewer|other|further)\b)|"
     # "The 221 comparison villages received no capsules", "306 control households received neither soap nor
     # promotion": the comparison clusters of a community trial were given nothing
     # ("Tracy served as the control town and received no campaign", "a comparison town that received no campaign": one
     # place, in the singular)
     r"(?:control|comparison)\s+(?:villages?|communit(?:y|ies)|clusters?|schools?|households?|famil(?:y|ies)|neighbou?rhoods?|"
     r"districts?|practices?|clinics?|wards?|areas?|towns?|cit(?:y|ies)|regions?|counties|county)\s+(?:(?:that|which|and)\s+)?"
     r"(?:received|were\s+given|was\s+given|got)\s+(?:no\s+(?!placebo\b|sham\b|dummy\b)|neither\b)|"
     # "randomly assigned to a monthly cash transfer ... or to no cash transfer": allocated to nothing
     # "Schools waiting to be phased in served as the comparison group", "a delayed-intervention arm": a phase-in
     # control waits for the programme, as a waitlist does
     r"waiting\s+(?:to\s+be\s+phased\s+in|for\s+their\s+turn)|delayed[- ](?:intervention|start|treatment)\s+(?:groups?|arms?|controls?)|"
     r"\bor\s+to\s+no\s+(?!(?:effects?|differences?|benefits?|change|one|more|longer|later|less)\b)[\w-]+|"
     # "assigned in a 2x2 factorial layout to price discounts, tailored nutrition education, both, or neither": the
     # factorial's fourth arm was given nothing
     r"\bboth,?\s+or\s+neither\b(?!\s+(?:of|was|were|is|are)\b)|"
     # "or to no offer of testing or supplements"; "patients on the other wards were not supplemented"
     # "screening with treatment if indicated vs no invitation and no screening": the other arm was not invited
     # ("to emicizumab prophylaxis (n = 35) or no prophylaxis (n = 18)": prevention withheld)
     r"(?:\bor|versus|vs\.?)\s+(?:to\s+)?no\s+(?:[\w-]+\s+)?(?:offer|treatment|intervention|supplementation|supplements?|therapy|"
     r"invitation|screening|prophylaxis)\b(?!\s+(?:effects?|differences?|benefits?|responses?|rates?|uptake))|"
     # "allocated ... to ferrous gluconate 37.5 mg daily or no iron for 24 weeks", "or no aspirin (n = 18)": the other arm
     # went without the product for the trial's length, or is counted as an arm ("one or no relapse" counts events)
     r"or(?<!\bone\sor)\s+no\s+(?!(?:effects?|differences?|benefits?|change|changes|more|longer|later|less|fewer|significant|"
     r"relapses?|events?|symptoms?)\b)[\w-]+(?:\s+[\w-]+)?(?=\s*\(\s*n\s*=|\s+for\s+(?:the\s+)?(?:\d+|[a-z]+)\s+(?:days?|weeks?|months?|years?)\b)|"
     # "all comparing women invited to screening with control women who were not invited", "(invited vs not invited)":
     # a screening trial's comparison arm was never invited (not "women who were not invited were excluded")
     r"(?:\bwith|versus|vs\.?|against|compared\s+(?:with|to))\s+(?:the\s+)?(?:(?:control|comparison)\s+)?(?:[\w-]+\s+)?"
     r"(?:who\s+were\s+|that\s+were\s+)?(?:not|never)\s+(?:invited|offered\s+screening)\b|"
     r"uninvited\s+(?:control\s+|comparison\s+)?(?:women|men|people|persons|participants|groups?|arms?|controls?|population)\b|"
     # "compared one year of trastuzumab with observation", "versus observation alone", "the observation group": an arm
     # only watched, given nothing ("observation of", "observational" and "direct observation" are no arm)
     r"(?:versus|vs\.?|or\s+to|against|compared\s+(?:with|to))\s+(?:clinical\s+|simple\s+)?observation\b(?!\s+(?:of|that|period|time|data)\b)|"
     r"\bobservation\s+(?:alone\b|(?:group|arm|cohort)s?\b)|"
     r"(?:were|was)\s+not\s+(?:supplemented|treated)(?!\s+(?:with|for|by|differently))|"
     # "17 comparison volunteers were scanned at the same intervals but were not given the course": the comparison
     # went without the programme the others took (not "were not given the results", an outcome withheld)
     r"but\s+(?:were|was)\s+not\s+(?:given|offered|taught)\s+the\s+(?:[\w-]+\s+)?(?:course|programme|program|classes|"
     r"training|intervention|treatment|sessions)\b|"
     # "the same protocol with no DHEA and no placebo": the comparison got neither the drug nor a dummy
     # ("no comparison group and no dummy injection" denies the group itself)
     r"no\s+(?!(?:comparison|comparator|control|concurrent|parallel|untreated|placebo|sham)\b)(?:[\w-]+\s+){1,2}?(?:and|or|nor)\s+no\s+(?:placebo|sham|dummy)\b|"
     r"(?:refused|declined)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:treatment|supplementation|therapy|intervention)\s+(?:served|were\s+used|acted)\s+as\s+(?:the\s+)?controls?|"
     # "Those who accepted were compared with those who declined": people who turned the treatment down are the
     # untreated comparison of a non-randomised study
     r"compared\s+(?:with|to)\s+(?:the\s+)?(?:those|patients|participants|people|men|women|children|adults|individuals|subjects)\s+"
     r"who\s+(?:declined|refused)\b|"
     # "the comparison group simply went straight to IVF": the comparison skipped the procedure tested and went on to
     # the next step everyone had (not "all women then went straight to IVF", said of everyone)
     r"(?:comparison|control|other)\s+(?:groups?|arms?)\s+(?:simply\s+|just\s+)?(?:went|proceeded|moved|passed)\s+straight\s+"
     r"(?:ahead\s+)?(?:on\s+)?(?:to|with|into)\b",
     (("control", "no-treatment", STRONG), ("design", "controlled-trial", WEAK)), True),
    # "the other group was asked to keep sleeping as they normally did", "carried on as usual", "made no
    # lifestyle changes", "the same high-calorie diet with resveratrol" (the others had the diet without it):
    # the comparison group went without, in plain words
    (r"(?:keep|keeps|kept|keeping|carried\s+on|carry\s+on|went\s+on|continued)\s+(?:[\w-]+ing\s+)?as\s+(?:they\s+|he\s+|she\s+)?"
     r"(?:normal(?:ly)?|usual(?:ly)?|before|always)(?:\s+(?:did|had))?|"
     r"made\s+no\s+(?:[\w-]+\s+)?changes|"
     # "Kingston, ... of similar size, kept its supply unchanged throughout": the comparison community (its, not
     # their: a place, not people who kept their diet unchanged) went on as before
     r"(?:kept|left|maintained)\s+its\s+(?:[\w-]+\s+){1,2}?unchanged\b|"
     # ("the same chow with empty capsules": the controls' own food with the vehicle, a placebo above, not the drug)
     r"same\s+(?:[\w-]+\s+){0,2}?(?:diet|chow|food|feed|medium)\s+(?:with|plus)\b(?!\s+(?:an?\s+|the\s+)?(?:empty|vehicle|placebo)\b)",
     (("control", "no-treatment", STRONG),), True),
    # "follicles cultured in medium alone, with testosterone, or with caffeine": the culture given nothing added is the
    # untreated condition of a laboratory experiment
    (r"(?:culture\s+)?(?:medium|media)\s+alone\b|"
     # "Cultures stimulated the same way without the drug served as the comparison": the experiment's own samples,
     # handled alike but given nothing ("treated the same way with a placebo" names a dummy)
     # ("cultures exposed to the same insult without creatine served as comparison": given the same injury, not the drug)
     r"(?:stimulated|treated|handled|cultured|incubated|prepared|processed|exposed\s+to)\s+(?:in\s+)?(?:the\s+same\s+(?:way|"
     r"(?:[\w-]+\s+)?(?:insults?|conditions?|stimul(?:us|i)|challenges?|toxins?|injur(?:y|ies)|stress(?:or)?))|identically)\s+"
     r"(?:but\s+)?without\s+(?:the\s+|any\s+)?[\w-]+\s+(?:served|acted|was\s+used|were\s+used)\s+as\s+(?:the\s+|an?\s+)?"
     r"(?:comparison|controls?|reference)\b",
     (("control", "no-treatment", STRONG), ("design", "controlled-trial", WEAK)), True),
    # "compared with wild-type littermates", "non-transgenic controls": a genetic model's comparison
    # animals were given nothing
    (r"(?:wild[- ]type|non[- ]?transgenic)\s+(?:[\w-]+\s+)?(?:littermates?|controls?)|littermate\s+controls?|"
     # "Wild-type mice served as an additional comparison"
     r"(?:wild[- ]type|non[- ]?transgenic)\s+(?:mice|rats|animals|flies|fish|worms)\s+(?:served|acted|were\s+used)\s+as\s+"
     r"(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:comparison|controls?|comparators?|reference)\b|"
     r"(?:compared\s+(?:with|to)|versus|than)\s+(?:the\s+)?(?:age-matched\s+)?(?:wild[- ]type|non[- ]?transgenic)\s+(?:mice|rats|animals|flies)",
     (("control", "no-treatment", STRONG), ("design", "controlled-trial", WEAK)), True),
    # "Control: ad libitum (AL) diet, no intervention", "Control: SD without drug": the control
    # arm's own entry says it got nothing; "CR vs ad libitum diet": eating as usual
    # ("reference group: no intervention": the comparison group under another name)
    (r"(?:control|comparator|reference)(?:s|\s+(?:group|arm|condition)s?)?:\s+(?:[\w().+/-]+,?\s+){0,5}?(?:no\s+(?:intervention|treatment|supplement\w*|therapy|drug)|without\s+(?:the\s+|any\s+)?(?:drug|treatment|supplement\w*|intervention|therapy|compound))\b|"
     r"(?:control|comparator)(?:s|\s+(?:group|arm|condition)s?)?:\s+(?:an?\s+)?ad[- ]libitum|(?:versus|vs\.?|or|compared\s+(?:with|to))\s+(?:an?\s+)?ad[- ]libitum\s+(?:\(al\)\s+)?(?:diet|intake|eating|feeding|food)|"
     # "randomised to one of three groups: standard chow and water ad libitum (control); ...": the group list names the
     # animals left on their ordinary food as the control
     r"(?:standard|normal|ordinary|regular|plain)\s+(?:laboratory\s+|lab\s+|rodent\s+)?(?:chow|pellets|(?:laboratory|lab|rodent)\s+diet)"
     r"(?:\s+and\s+(?:tap\s+)?water)?(?:\s+(?:ad[- ]libitum|freely))?\s*\((?:the\s+)?controls?(?:\s+group)?(?=\))",
     (("control", "no-treatment", STRONG),), True),
    # "Mice on the high-fat diet with unrestricted access served as the comparison": the group that ate freely is
    # the untreated comparison of a restricted-feeding experiment
    (r"(?:unrestricted|ad[- ]libitum|free|round[- ]the[- ]clock)\s+(?:food\s+)?access(?:\s+to\s+(?:[\w-]+\s+){0,3}?(?:food|diet|chow|feed))?\s+"
     r"(?:served|acted|was\s+used|were\s+used)\s+as\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:comparison|controls?|comparators?|reference)\b",
     (("control", "no-treatment", STRONG), ("design", "controlled-trial", WEAK)), True),
    # "than mice on a standard light-dark cycle", "compared with rats kept under normal lighting conditions": in a
    # light-exposure experiment the animals housed as usual are the untreated group, as animals on the ordinary diet
    # are (the comparison word is needed: "mice were housed under a standard 12:12 light-dark cycle" is housing)
    (r"(?:than|versus|vs\.?|compared\s+(?:with|to))\s+(?:(?:the\s+)?(?:those|mice|rats|animals|hamsters|controls)\s+)?"
     r"(?:(?:kept|housed|maintained|held|raised)\s+)?(?:on|under|in)\s+(?:an?\s+|the\s+)?(?:standard|normal|ordinary|regular|conventional)\s+"
     r"(?:\d+\s*[:/]\s*\d+\s*(?:h\s+)?)?(?:light[- /–]dark|lighting|light)\s+(?:cycles?|conditions?|schedules?)\b",
     (("control", "no-treatment", STRONG), ("design", "controlled-trial", WEAK)), True),
    # "the pair-mate served as the control-fed dog", "ad libitum-fed controls", "unrestricted
    # littermates": in a feeding experiment the comparison group simply eats as usual
    (r"control[- ]fed|(?:ad[- ]libitum|freely)[- ]fed\s+(?:[\w-]+\s+)?(?:controls?|groups?|animals|mice|rats|dogs|monkeys|littermates|pair[- ]mates?)|"
     r"(?:unrestricted|non-?restricted)\s+(?:[\w-]+\s+)?(?:controls?|groups?|animals|mice|rats|dogs|monkeys|littermates|pair[- ]mates?)",
     (("control", "no-treatment", STRONG),), True),
    (r"historical(?:ly)?[- ](?:[\w-]+\s+)?(?:controls?|controlled|comparators?|comparison|cohorts?|data|groups?|series|reference|patients|cases)|"
     # "compared with its own pre-implementation baseline", "with patients from the pre-implementation period": a
     # service's outcomes before the change was brought in, i.e. an earlier group of patients (not the same patients'
     # own pre-treatment values, which make a case series)
     r"pre-?implementation\s+(?:periods?|baselines?|phases?|years?|months?|data|rates?|cohorts?|groups?|patients|controls?)\b",
     (("control", "historical", STRONG),), False),
    (r"natural[- ]history\s+(?:[\w-]+\s+)?(?:controls?|cohorts?|comparators?|comparisons?|data|groups?|series|patients|stud(?:y|ies))|"
     # "with England, where no minimum price applied, as the comparison series": a time series set against another
     # place's series, an external control (not "a control series of cultures", the experiment's own samples)
     r"(?:comparison|control|counterfactual)\s+(?:time[- ])?series\b(?!\s+of\s+(?:cultures|cells|samples|experiments|animals|mice|rats)\b)",
     (("control", "historical", STRONG),), False),
    # "3,733 patients were enrolled in the months before the checklist was introduced, and 3,955 in the months after":
    # the comparison group came from the period before the change, a historical control (a cohort by the seed's rule;
    # "patients enrolled before the amendment was introduced were excluded" leaves them out)
    (r"(?:enrolled|treated|operated\s+on|admitted|recruited|included|studied)\s+(?:[\w-]+\s+){0,5}?(?:before|prior\s+to)\s+the\s+"
     r"(?:[\w-]+\s+){1,3}?(?:was|were)\s+(?:introduced|implemented|adopted|launched|rolled\s+out)\b(?!\s+(?:were|was)\s+excluded)",
     (("control", "historical", STRONG), ("design", "cohort", WEAK)), False),
    # "deaths set against expected national figures", "standardised incidence ratio": the comparison is
    # with rates outside the study, not with a group it followed
    (r"(?:general|background|national)[- ]population\s+(?:[\w-]+\s+)?(?:rates|figures|norms|statistics|mortality|incidence)|"
     # "life expectancy was compared with that of the general population", "relies on external life tables": the
     # cohort's measure set against the population's
     r"compared\s+(?:with|to)\s+(?:that|those)\s+of\s+the\s+(?:general|background)\s+(?:[\w-]+\s+)?population|"
     r"(?:external|national|population)[ ]life[- ]tables?|"
     r"(?:rates|mortality|incidence|figures)\s+(?:for|in|of)\s+the\s+(?:general|background)\s+(?:[\w-]+\s+)?population|"
     r"standardi[sz]ed\s+(?:mortality|incidence)\s+ratios?",
     (("control", "historical", STRONG),), False),
    # "uncontrolled type 2 diabetes", "uncontrolled hypertension": a clinical state, not a design
    (r"single[- ](?:treated\s+|treatment\s+|intervention\s+)?arm|single[- ]group|compared\s+with\s+(?:their\s+own\s+|the\s+)?(?:pre[- ]?treatment|pre[- ]?dose|baseline)\s+(?:values|levels|measurements)|uncontrolled(?!\s+(?:type\s+[12]\s+)?(?:diabet\w*|hypertensi\w*|asthma|epilep\w*|seizures|"
     r"(?:hyper)?glyc\w*|blood\s+(?:pressure|glucose|sugar)|infections?|bleeding|ha?emorrhage|pain|symptoms|disease|"
     # "uncontrolled viral replication", "uncontrolled inflammation": a process in the body, not a design
     r"(?:viral\s+|virus\s+)?replication|viral\s+loads?|vira?emia|inflammation|(?:cell\s+|tumou?r\s+)?(?:growth|proliferation)))|non[- ]?comparative|no[- ]control(?!\s+(?:for|over)\b)|no\s+(?:concurrent|contemporaneous|parallel)"
     # "with no concurrent or randomised control": two kinds of control denied at once
     r"(?:\s+or\s+randomi[sz]ed)?\s+(?:control|comparator|comparison)",
     (("control", "none", STRONG), ("design", "case-series", WEAK), ("randomized", False, WEAK)), True),
    # "No untreated control arm: all cell states received the drug", "All cell lines were exposed to ABT-737": every
    # culture in the dish got the one agent, so the comparison is between kinds of cells, with no control condition
    # ("all cultures were exposed to the drug or to vehicle", "at increasing concentrations" have one)
    (r"(?:all|every|both)\s+(?:the\s+|of\s+the\s+)?(?:[\w-]+\s+)?(?:cell\s+(?:states|types|lines|strains|populations)|cultures|explants)\s+"
     r"(?:received|got|(?:were|was)\s+(?:given|exposed\s+to|treated\s+with|incubated\s+with))\s+(?:the\s+)?(?:same\s+)?[\w-]+"
     r"(?![^.;:]{0,80}?\b(?:or|versus|vs|vehicle|placebo|sham|untreated|without|doses|concentrations|controls?)\b)",
     (("control", "none", STRONG),), False),
    (r"(?:mixed|various|varied|varying|different|differing|heterogeneous)\s+(?:comparators?|controls?|comparison\s+groups?|control\s+(?:groups?|arms?|conditions?))|"
     # "Comparators varied: nicotine replacement, e-cigarettes without nicotine, ... or no intervention": the same, said
     # after the noun ("controls varied in age" is about the people)
     r"(?:comparators|comparison\s+groups|control\s+(?:groups|arms|conditions))\s+(?:were\s+)?(?:varied|mixed)"
     r"(?:\s+(?:widely|greatly|considerably))?(?!\s+(?:in|by|with)\b)|"
     # "The control groups ranged from no oral care at all to usual care by nursing staff": the same, as a span of
     # comparators ("control groups ranged from 20 to 50 patients" is a size)
     r"(?:comparators|comparison\s+groups|control\s+(?:groups|arms|conditions|interventions))\s+ranged\s+from\s+(?!\d)",
     (("control", MIXED_CONTROL, STRONG),), True),
    # "with passive rest or no intervention, or with other recovery methods": a review's trials set the
    # treatment against untreated groups in some and against other treatments in others
    (r"or\s+(?:with\s+|against\s+|to\s+)?(?:various\s+|several\s+)?other\s+(?:[\w-]+\s+)?(?:methods|interventions|treatments|therapies|modalities|strategies)\b",
     (("control", MIXED_CONTROL, STRONG),), True),
    (r"control(?:led)?\s+(?:group|arm|condition|subjects|animals|participants|population|cohort)s?|controls\b|control\s+(?:mice|rats|dogs|pigs|monkeys|rabbits|cells|cultures|wells)\b|control\s+(?:diet|chow|feed)s?\b|comparators?(?:\s+(?:group|arm))?|comparison\s+(?:group|arm|condition)s?|(?:reference|comparison|control)\s+(?:areas?|regions?|county|counties|communit(?:y|ies)|sites?|districts?|towns?)",
     (("control", GENERIC_CONTROL, STRONG),), False),
    # ("This was a two-city controlled comparison, not a randomised trial": a controlled design under another noun)
    (r"controlled\s+(?:clinical\s+|intervention\s+|pilot\s+|feeding\s+|laboratory\s+|animal\s+|experimental\s+)?(?:trial|study|experiment|comparison)|comparative\s+(?:clinical\s+)?trial",
     (("design", "controlled-trial", STRONG),), False),
    (r"cross[- ]?over\s+(?:trial|study|design)", (("design", "controlled-trial", WEAK),), False),
    # "in random order": the sequence of treatments was allocated at random (crossover)
    (r"random\s+(?:order|sequence)", (("design", "rct", WEAK), ("randomized", True, WEAK)), False),
    (r"(?:pre[- ]?post|before[- ]and[- ]after|pre[- ]test[- ]post[- ]test)\s+(?:study|design|comparison|analysis)?",
     (("design", "case-series", WEAK),), False),
]
